package followup.config;

import java.nio.file.Path;

/** Paths as a user would type them: relative to the working directory when they lie under it. */
public final class Display {
    private Display() {
    }

    public static String path(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
