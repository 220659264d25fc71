package followup.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An instant in a zone as the plan's reasons write it, {@code Fri 15 Jan 09:00 EST}: what
 * {@code DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)} writes, written out directly, and the
 * zone's {@link ZoneLabel}, the same on every JDK. Planning
 * writes one or more per message, and the formatter's general machinery (a print context, a locale look-up for each
 * name) was a tenth of the planning of a record. The zone's short name is kept per zone for
 * standard and for daylight time, the only things it depends on.
 */
final class OpeningText {
    private static final String[] DAYS = new String[7];
    private static final String[] MONTHS = new String[12];
    /** Per zone: its short name in standard time, then in daylight time (null until first written). */
    private static final Map<ZoneId, String[]> ZONE_NAMES = new ConcurrentHashMap<>();

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            DAYS[d.ordinal()] = d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        for (Month m : Month.values()) {
            MONTHS[m.ordinal()] = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
    }

    private OpeningText() {
    }

    static String format(Instant instant, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        StringBuilder b = new StringBuilder(24);
        b.append(DAYS[t.getDayOfWeek().ordinal()]).append(' ').append(t.getDayOfMonth()).append(' ')
                .append(MONTHS[t.getMonthValue() - 1]).append(' ');
        twoDigits(b, t.getHour()).append(':');
        twoDigits(b, t.getMinute()).append(' ');
        return b.append(zoneName(t, instant)).toString();
    }

    private static String zoneName(ZonedDateTime t, Instant instant) {
        ZoneId zone = t.getZone();
        if (zone instanceof ZoneOffset) {
            return ZoneLabel.of(t, Locale.ENGLISH);
        }
        int type = zone.getRules().isDaylightSavings(instant) ? 1 : 0;
        String[] names = ZONE_NAMES.computeIfAbsent(zone, z -> new String[2]);
        String name = names[type];
        if (name == null) {
            name = ZoneLabel.of(t, Locale.ENGLISH);
            names[type] = name;     // a race writes the same string twice
        }
        return name;
    }

    private static StringBuilder twoDigits(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
