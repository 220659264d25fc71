package followup.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import followup.config.Secret;
import followup.mail.SignInException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * {@code followup.mail.oauth2.token-file}: the refresh token that {@code followup login} obtained, in a small JSON
 * file only its owner may read. Written whole to a new file created {@code 0600} and moved into place; a file that
 * others can read is refused.
 */
public final class TokenFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;
    /** The command that writes this file, named in advice: {@code followup login}, with the candidate. */
    private final String login;

    /** The token file of the one job seeker of a config without candidates. */
    public TokenFile(Path path) {
        this(path, "followup login");
    }

    /** @param login the command that writes this file ({@link followup.config.Settings.OAuth2#loginCommand()}) */
    public TokenFile(Path path, String login) {
        this.path = Objects.requireNonNull(path, "path").toAbsolutePath();
        this.login = Objects.requireNonNull(login, "login");
    }

    public Path path() {
        return path;
    }

    /**
     * The refresh token.
     *
     * @throws SignInException when there is none yet, or the file may not be used (others can read it, it is not
     *                         one of ours)
     */
    public Secret read() {
        if (!Files.isRegularFile(path)) {
            throw new SignInException("not signed in yet (no token file " + path + "): run `" + login + "`", true);
        }
        try {
            if (readableByOthers()) {
                throw new SignInException("the token file " + path + " can be read by other users, so it is not"
                        + " used: run chmod 600 \"" + path + "\", or delete it and run `" + login + "`", true);
            }
            JsonNode node = JSON.readTree(Files.readString(path));
            JsonNode token = node == null ? null : node.get("refresh_token");
            if (token == null || !token.isTextual() || token.asText().isBlank()) {
                throw new SignInException("the token file " + path + " holds no refresh token: run `" + login + "`",
                        true);
            }
            return Secret.of(token.asText());
        } catch (IOException e) {
            throw new SignInException("the token file " + path + " cannot be read (" + e.getClass().getSimpleName()
                    + "): run `" + login + "` to write it again", true);
        }
    }

    /** Keeps {@code refreshToken}, replacing the file whole; its new copy is created readable by its owner only. */
    public void write(Secret refreshToken, Instant at) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("refresh_token", refreshToken.reveal());
        node.put("saved_at", at.toString());
        Path dir = path.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + path.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, JSON.writeValueAsString(node));
        try {
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private boolean readableByOthers() throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            return perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
