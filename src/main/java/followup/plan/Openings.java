package followup.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The send window with the recipient's public holidays taken out: a day that is a holiday where the recipient is
 * has no opening. Messages to self are not concerned (they ignore the window).
 */
public record Openings(SendWindow window, HolidayCalendar holidays) {
    private static final int MAX_DAYS = 400;
    /** When the recipient's night begins and ends, in their zone: no message to the company goes out in it. */
    public static final LocalTime NIGHT_BEGINS = LocalTime.of(21, 0);
    public static final LocalTime NIGHT_ENDS = LocalTime.of(7, 0);

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

    /**
     * Whether {@code instant} is a decent time for a message outside the window (the prompt evening thank-you): on
     * a day the window opens (not a holiday where the recipient is), outside the recipient's night
     * ({@link #NIGHT_BEGINS} to {@link #NIGHT_ENDS} in their zone). Always true with the window off.
     */
    public boolean awake(Instant instant, ZoneId zone, String country) {
        if (!window.enabled()) {
            return true;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return window.days().contains(local.getDayOfWeek())
                && !holidays.isHoliday(local.toLocalDate(), country, zone)
                && !time.isBefore(NIGHT_ENDS) && time.isBefore(NIGHT_BEGINS);
    }

    /** The first opening on the day after {@code date} or later: where a message goes when someone is back. */
    public Instant firstAfter(LocalDate date, ZoneId zone, String country) {
        return next(date.plusDays(1).atStartOfDay(zone).toInstant(), zone, country);
    }
}
