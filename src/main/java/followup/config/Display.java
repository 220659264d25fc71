package followup.config;

import java.nio.file.Path;

/** Paths as a user would type them: relative to the working directory when they lie under it. */
public final class Display {
    /**
     * How a moment is shown to the user, in {@code plan}, {@code status}, on the page and in the reasons they show:
     * {@code Mon 7 Dec 2026 09:14 EST}.
     */
    public static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
            "EEE d MMM yyyy HH:mm zzz", java.util.Locale.ENGLISH);

    private Display() {
    }

    public static String path(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
