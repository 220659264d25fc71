package followup.web;

import followup.FollowupException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The page's access token: 32 random bytes, created at the first start and kept in {@code web-token} in the data
 * directory, readable by the user alone (0600). {@code toString()} never shows it.
 *
 * <p>It follows its file: deleted (for a new token) or replaced while the page is served, the next look at the token
 * makes or reads the new one, the one {@code web-url} prints, and the old one no longer lets anyone in. A file that
 * cannot be read just then (another process is writing it) leaves the token as it was until the next look.
 */
public final class AccessToken {
    public static final String FILE = "web-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path dataDir;
    private volatile Kept kept;

    /** The token, and what the file looked like when it was read (null: not known). */
    private record Kept(String value, Object stamp) {
    }

    private AccessToken(Path dataDir, String value) {
        this.dataDir = dataDir;
        this.kept = new Kept(value, stamp(dataDir.resolve(FILE)));
    }

    /** The token kept in {@code dataDir}, created (with the directory) when there is none yet. */
    public static AccessToken loadOrCreate(Path dataDir) {
        return new AccessToken(dataDir, read(dataDir));
    }

    /** The token as its file holds it now. */
    private String value() {
        Kept now = kept;
        Object stamp = stamp(dataDir.resolve(FILE));
        if (stamp != null && stamp.equals(now.stamp())) {
            return now.value();
        }
        synchronized (this) {
            if (kept != now) {
                return kept.value();
            }
            try {
                String value = read(dataDir);
                kept = new Kept(value, stamp(dataDir.resolve(FILE)));
                return value;
            } catch (FollowupException e) {
                return now.value();
            }
        }
    }

    /** The file's identity, time and size, or null when it is not there. */
    private static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return java.util.List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.isDirectory(dataDir)) {
                // as the store makes it: its owner's only (it will hold the database and its lock file too)
                try {
                    Files.createDirectories(dataDir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(dataDir);
                }
            }
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    create(file);
                    Files.writeString(file, token + "\n");
                    return token;
                } catch (FileAlreadyExistsException e) {
                    // created by another process just now: read theirs
                }
            }
            ownerOnly(file);
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!token.matches("[A-Za-z0-9_-]{32,}")) {
                throw new FollowupException(file + " does not hold a page token; delete it and a new one is made at"
                        + " the next start");
            }
            return token;
        } catch (IOException e) {
            throw new FollowupException("cannot keep the page's token in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to set
        }
    }

    /** For the address the user is given, and nothing else. */
    public String reveal() {
        return value();
    }

    /** Compares in constant time. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value().getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The form token: derived from the access token, so it proves the form came from the page. */
    String formToken() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal("followup form".getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[(hidden)]";
    }
}
