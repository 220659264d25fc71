package followup.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The hours in which messages to the company may go out, in the recipient's zone.
 * {@code from} is inclusive and {@code until} exclusive: with 09:00 to 17:00, 17:00 itself is closed.
 */
public record SendWindow(boolean enabled, Set<DayOfWeek> days, LocalTime from, LocalTime until) {

    public static final SendWindow OFFICE_HOURS = new SendWindow(true,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    /** The sender's waking hours, every day: when reminders to self may arrive. */
    public static final SendWindow WAKING_HOURS = new SendWindow(true, EnumSet.allOf(DayOfWeek.class),
            LocalTime.of(8, 0), LocalTime.of(21, 0));

    public SendWindow {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (enabled && days.isEmpty()) {
            throw new IllegalArgumentException("a send window needs at least one day");
        }
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("the send window must open before it closes: " + from + " to " + until);
        }
    }

    public boolean contains(Instant instant, ZoneId zone) {
        if (!enabled) {
            return true;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(until);
    }

    /**
     * The first instant at or after {@code instant} that lies inside the window. Daylight-saving safe:
     * an opening that falls into a spring-forward gap moves to the first valid instant after it.
     */
    public Instant nextOpening(Instant instant, ZoneId zone) {
        if (contains(instant, zone)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (days.contains(day.getDayOfWeek()) && local.toLocalTime().isBefore(from)) {
            // in a fall-back overlap the first occurrence of "from" may already have passed: take the second
            Instant opening = day.atTime(from).atZone(zone).toInstant();
            if (opening.isBefore(instant)) {
                opening = day.atTime(from).atZone(zone).withLaterOffsetAtOverlap().toInstant();
            }
            if (!opening.isBefore(instant)) {
                return opening;
            }
        }
        for (int i = 1; i <= 8; i++) {
            LocalDate next = day.plusDays(i);
            if (days.contains(next.getDayOfWeek())) {
                return next.atTime(from).atZone(zone).toInstant();
            }
        }
        throw new IllegalStateException("no opening within a week: " + this);
    }
}
