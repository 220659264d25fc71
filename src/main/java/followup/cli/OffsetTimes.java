package followup.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An instant in a zone as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it ({@code 2027-01-05T09:00:00-05:00}),
 * written out directly: plan writes three per message, and the formatter's general machinery (a print context,
 * a field query per part) cost more than the rest of the JSON document. Years outside 0000 to 9999, which the
 * formatter writes with a sign, are left to it.
 */
final class OffsetTimes {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private OffsetTimes() {
    }

    /**
     * {@code instant.toString()} ({@code 2027-01-05T14:00:00Z}), written out directly for a whole second of the years
     * 0000 to 9999; other instants (a fraction of a second is written in groups of three digits) are left to it.
     */
    static String utc(Instant instant) {
        if (instant.getNano() != 0) {
            return instant.toString();
        }
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        return t.getYear() < 0 || t.getYear() > 9999 ? instant.toString() : format(t);
    }

    static String format(Instant instant, ZoneId zone) {
        return format(instant.atZone(zone));
    }

    static String format(ZonedDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return ISO.format(t);
        }
        ZoneOffset offset = t.getOffset();
        StringBuilder b = new StringBuilder(35);
        digits(b, year, 4).append('-');
        digits(b, t.getMonthValue(), 2).append('-');
        digits(b, t.getDayOfMonth(), 2).append('T');
        digits(b, t.getHour(), 2).append(':');
        digits(b, t.getMinute(), 2).append(':');
        digits(b, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano != 0) {
            // the fraction of a second, as few digits as it needs (the formatter strips trailing zeros)
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            digits(b.append('.'), nano, digits);
        }
        // ZoneOffset's id is what the formatter's offset part writes: Z, +HH:MM, or +HH:MM:SS when there are seconds
        return b.append(offset.getId()).toString();
    }

    /** {@code value} (not negative, and with at most {@code width} digits) zero-padded to {@code width} digits. */
    private static StringBuilder digits(StringBuilder b, int value, int width) {
        int end = b.length() + width;
        b.setLength(end);
        int v = value;
        for (int i = end - 1; i >= end - width; i--) {
            b.setCharAt(i, (char) ('0' + v % 10));
            v /= 10;
        }
        return b;
    }
}
