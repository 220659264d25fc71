package followup.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The send window with the recipient's public holidays taken out: a day that is a holiday where the recipient is
 * has no opening. Messages to self are not concerned (they ignore the window).
 */
public record Openings(SendWindow window, HolidayCalendar holidays) {
    private static final int MAX_DAYS = 400;
    /**
     * When the recipient's night begins and ends, in their zone: no thank-you goes out in it unless the send window
     * itself is open then (a window configured from 00:00 has no night).
     */
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
     * The public holidays the window skipped from {@code from} to {@code due} (its {@link #next}), each with where
     * it is kept ({@code Family day, CA-ON}), joined for the plan's explanation: {@code " (Family day, CA-ON)"}, or
     * an empty string when none of them has a name.
     */
    public String skipped(Instant from, Instant due, ZoneId zone, String country) {
        Set<String> names = new LinkedHashSet<>();
        Instant t = from;
        for (int i = 0; i < MAX_DAYS; i++) {
            Instant opening = window.nextOpening(t, zone);
            if (!opening.isBefore(due)) {
                break;
            }
            LocalDate day = opening.atZone(zone).toLocalDate();
            holidays.name(day, country, zone).ifPresent(names::add);
            t = day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return names.isEmpty() ? "" : " (" + String.join("; ", names) + ")";
    }

    /**
     * A note for a message to the company due at {@code instant} on a day the calendar keeps as an observance or a
     * bank holiday, which does not shut the window ({@code "; due on Patriots' Day, an observance in US-MA, ..."}),
     * with the date to add to {@code extra} to keep it shut; an empty string otherwise, or with the window off.
     */
    public String observance(Instant instant, ZoneId zone, String country) {
        if (!window.enabled()) {
            return "";
        }
        LocalDate day = instant.atZone(zone).toLocalDate();
        return holidays.observance(day, country, zone).map(name -> "; due on " + name + ", which is no public"
                + " holiday and leaves the send window open (to keep it shut, add " + day
                + " to policy.send-window.holidays.extra)").orElse("");
    }

    /**
     * Whether {@code instant} is a decent time for a message outside the window (the prompt evening thank-you): on
     * a day the window opens, outside the recipient's night ({@link #nightBegins} to {@link #nightEnds} in their
     * zone). A public holiday does not stop it (a prompt note on a holiday evening beats one days later). Always
     * true with the window off.
     */
    public boolean awake(Instant instant, ZoneId zone) {
        if (!window.enabled()) {
            return true;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return window.days().contains(local.getDayOfWeek()) && !time.isBefore(nightEnds())
                && time.isBefore(nightBegins());
    }

    /** When the recipient's night begins: {@link #NIGHT_BEGINS}, or later when the window itself closes later. */
    public LocalTime nightBegins() {
        return window.until().isAfter(NIGHT_BEGINS) ? window.until() : NIGHT_BEGINS;
    }

    /** When it ends: {@link #NIGHT_ENDS}, or earlier when the window itself opens earlier. */
    public LocalTime nightEnds() {
        return window.from().isBefore(NIGHT_ENDS) ? window.from() : NIGHT_ENDS;
    }

    /** The first opening on the day after {@code date} or later: where a message goes when someone is back. */
    public Instant firstAfter(LocalDate date, ZoneId zone, String country) {
        return next(date.plusDays(1).atStartOfDay(zone).toInstant(), zone, country);
    }
}
