package followup.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
            String content = text(Files.readAllBytes(path));
            if (content == null) {
                return problem("\"" + path + "\" is not UTF-8 text; save it as UTF-8 (an editor's \"Save as\" offers"
                        + " the encoding)");
            }
            content = withoutLineBreak(content);
            if (content.isEmpty()) {
                return problem("\"" + path + "\" is empty");
            }
            if (content.isBlank()) {
                return problem("\"" + path + "\" holds only white space, no password");
            }
            return new Read(Secret.fromFile(content, path), null);
        } catch (IOException e) {
            return problem("\"" + path + "\" cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The file's text: UTF-8, or UTF-16 after its byte order mark (Windows PowerShell's {@code >}), without a byte
     * order mark, which is no part of the password (PowerShell's {@code Set-Content -Encoding UTF8}, Notepad's "UTF-8
     * with BOM"); null when it is none of these (a password saved as Latin-1).
     */
    private static String text(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The password in the file's text: without the line break an editor or {@code echo} puts after it (or several,
     * and {@code \r\n} as Windows writes it), which no password holds. Spaces and tabs are kept: a password may begin
     * or end with one, and the server would refuse it without them.
     */
    static String withoutLineBreak(String content) {
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
            end--;
        }
        return content.substring(0, end);
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
