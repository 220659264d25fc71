package followup.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A {@code password-file}: read when the config is, and again when a server refuses the password it held
 * ({@link Secret#reread()}), so that a password fixed in the file is used without a restart.
 */
final class PasswordFile {
    /** The password read from the file, or what is wrong with the file ({@code problem}, naming the path). */
    record Read(Secret secret, String problem) {
    }

    private PasswordFile() {
    }

    static Read read(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                return problem("\"" + path + "\" does not exist or is not a file");
            }
            if (readableByOthers(path)) {
                return problem("\"" + path + "\" can be read by other users; run chmod 600 \"" + path + "\"");
            }
            String content = Files.readString(path).strip();
            if (content.isEmpty()) {
                return problem("\"" + path + "\" is empty");
            }
            return new Read(Secret.fromFile(content, path), null);
        } catch (IOException e) {
            return problem("\"" + path + "\" cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static Read problem(String problem) {
        return new Read(null, problem);
    }

    /** True when the group or others may read the file; false on a file system without POSIX permissions. */
    static boolean readableByOthers(Path path) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            return perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
