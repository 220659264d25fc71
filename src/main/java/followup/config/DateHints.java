package followup.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a date or a time written as people write them, rather than as the record needs them
 * ({@code 2027-01-14T14:00}), and the value to write when it can be told: a space for the T, a time with am/pm or
 * as "14h30", a date in day.month.year order. A date with slashes is said to be ambiguous, with both readings.
 */
final class DateHints {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern CLOCK = Pattern.compile("(?i)(\\d{1,2})(?:[:h.](\\d{2}))?(?::(\\d{2}))?\\s*"
            + "(?:([ap])\\.?\\s?m\\.?)?(?:\\s*uhr)?");

    private DateHints() {
    }

    /** For {@code at}: the reason {@code s} is not a local date-time, with the value to write when it can tell. */
    static Optional<String> dateTime(String s, String key) {
        String[] parts = s.strip().split("\\s+at\\s+|\\s*,\\s*|\\s*[Tt ]\\s*", 2);
        String date = date(parts[0]);
        if (parts.length == 1 && date == null) {
            return slashed(parts[0], key, "14:00").map(h -> h + ", with the hour the interview starts");
        }
        if (parts.length == 1) {
            return date == null ? Optional.empty() : Optional.of("it has a date but no time of day; write the hour"
                    + " the interview starts after a T: " + key + " = \"" + date + "T14:00\"");
        }
        String time = time(parts[1]);
        if (date == null && SLASHED.matcher(parts[0]).matches()) {
            return slashed(parts[0], key, time == null ? "14:00" : time);
        }
        if (date == null || time == null) {
            return Optional.empty();
        }
        return Optional.of("write it as year-month-day, a T, and the time on the 24-hour clock: " + key + " = \""
                + date + "T" + time + "\"");
    }

    /** For a date alone ({@code next-step-by}, holidays): the reason and the value to write when it can tell. */
    static Optional<String> date(String s, String key) {
        String date = date(s.strip());
        if (date != null) {
            return Optional.of("write it as year-month-day: " + key + " = \"" + date + "\"");
        }
        return SLASHED.matcher(s.strip()).matches() ? slashed(s.strip(), key, null) : Optional.empty();
    }

    /** For a time of day (the send window): the value to write when it can tell. */
    static Optional<String> time(String s, String key) {
        String time = time(s.strip());
        return time == null ? Optional.empty() : Optional.of("write it on the 24-hour clock with two digits for the"
                + " hour: " + key + " = \"" + time + "\"");
    }

    private static Optional<String> slashed(String date, String key, String time) {
        Matcher m = SLASHED.matcher(date);
        if (!m.matches()) {
            return Optional.empty();
        }
        String american = iso(m.group(3), m.group(1), m.group(2));
        String european = iso(m.group(3), m.group(2), m.group(1));
        String suffix = time == null ? "" : "T" + time;
        if (american != null && european != null && !american.equals(european)) {
            return Optional.of("it can be read two ways; write it as year-month-day: " + key + " = \""
                    + american + suffix + "\" (month first, as in the US) or \"" + european + suffix + "\" (day"
                    + " first)");
        }
        String one = american != null ? american : european;
        return one == null ? Optional.empty() : Optional.of("write it as year-month-day: " + key + " = \"" + one
                + suffix + "\"");
    }

    /** An ISO date from 2027-1-4, 2027-01-14 or 14.01.2027; null for anything else. */
    private static String date(String s) {
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.matches()) {
            return iso(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED.matcher(s);
        return dotted.matches() ? iso(dotted.group(3), dotted.group(2), dotted.group(1)) : null;
    }

    private static String iso(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A 24-hour HH:mm (or HH:mm:ss) from 2:30pm, 14h30, 9:00, 14.30 Uhr; null for anything else. */
    private static String time(String s) {
        Matcher m = CLOCK.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String ampm = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
        if (ampm != null && (hour < 1 || hour > 12)) {
            return null;
        }
        if (ampm == null && m.group(2) == null) {
            return null; // "14" alone: too little to tell
        }
        hour = ampm == null ? hour : hour % 12 + (ampm.equals("p") ? 12 : 0);
        try {
            LocalTime t = m.group(3) == null ? LocalTime.of(hour, minute)
                    : LocalTime.of(hour, minute, Integer.parseInt(m.group(3)));
            return t.toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
