package followup.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The send window with the recipient's public holidays taken out: a day that is a holiday where the recipient is
 * has no opening. Messages to self are not concerned (they ignore the window).
 */
public record Openings(SendWindow window, HolidayCalendar holidays) {
    private static final int MAX_DAYS = 400;

    /** Whether a message to this recipient may go out at {@code instant}. */
    public boolean contains(Instant instant, ZoneId zone, String country) {
        return window.contains(instant, zone) && !(window.enabled()
                && holidays.isHoliday(instant.atZone(zone).toLocalDate(), country, zone));
    }

    /** The first instant at or after {@code instant} inside the window on a day that is not a holiday. */
    public Instant next(Instant instant, ZoneId zone, String country) {
        Instant t = instant;
        for (int i = 0; i < MAX_DAYS; i++) {
            Instant opening = window.nextOpening(t, zone);
            LocalDate day = opening.atZone(zone).toLocalDate();
            if (!window.enabled() || !holidays.isHoliday(day, country, zone)) {
                return opening;
            }
            t = day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS + " days for " + zone);
    }

    /** The first opening on the day after {@code date} or later: where a message goes when someone is back. */
    public Instant firstAfter(LocalDate date, ZoneId zone, String country) {
        return next(date.plusDays(1).atStartOfDay(zone).toInstant(), zone, country);
    }
}
