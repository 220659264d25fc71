package followup.config;

import java.nio.file.Path;

/** Paths as a user would type them: relative to the working directory when they lie under it. */
public final class Display {
    /**
     * How a moment is shown to the user, in {@code plan}, {@code status}, on the page and in the reasons they show:
     * {@code Mon 7 Dec 2026 09:14 EST}.
     */
    public static final Moment WHEN = moment("EEE d MMM yyyy HH:mm");

    /** A moment as followup shows it in English: the pattern's fields, then the zone's {@link followup.plan.ZoneLabel}. */
    @FunctionalInterface
    public interface Moment {
        String format(java.time.ZonedDateTime t);
    }

    /** {@code pattern} (without a zone field) followed by the zone's short name, the same on every JDK. */
    public static Moment moment(String pattern) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern(pattern,
                java.util.Locale.ENGLISH);
        return t -> f.format(t) + " " + followup.plan.ZoneLabel.of(t, java.util.Locale.ENGLISH);
    }

    private Display() {
    }

    public static String path(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
