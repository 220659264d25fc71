package followup.invite;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;

/**
 * The dates of a recurring event, in order, on its own clock (a weekly 14:00 in New York stays 14:00 across the change
 * of summer time): its DTSTART and the dates its RRULE makes of it. A rule that cannot be read adds nothing.
 */
final class SeriesDates {
    /** The first occurrences are enough to find the first one still on the calendar. */
    static final int MAX = 500;
    /** Nor is an interview series held longer than this. */
    private static final int YEARS = 3;

    private SeriesDates() {
    }

    /**
     * The dates, and whether they are all the series has.
     *
     * @param complete the series has no RRULE, or a COUNT whose every date was found, or an UNTIL within the dates
     *                 searched (as Outlook and Google Calendar end a series by a date): a rule without an end, or one
     *                 whose dates are too far apart to be found, may have more
     */
    record Dates(List<LocalDateTime> dates, boolean complete) {
    }

    /**
     * @param first   DTSTART's date-time as written (an all-day event's day at the hour the record gives it)
     * @param instant the moment a date-time on the series' clock is, or null for a floating time or a day (an UNTIL
     *                in UTC is then read on that clock)
     * @return the dates, {@code first} the earliest, at most {@link #MAX}
     */
    static Dates of(Component series, LocalDateTime first, Function<LocalDateTime, Instant> instant) {
        TreeSet<LocalDateTime> dates = new TreeSet<>();
        dates.add(first);
        boolean complete = true;
        for (Object o : series.getProperties(Property.RRULE)) {
            try {
                String value = ((Property) o).getValue();
                Recur<LocalDateTime> rule = new Recur<>(value);
                Temporal until = ((Recur<?>) rule).getUntil();
                if (until instanceof OffsetDateTime end && instant != null) {
                    // an UNTIL in UTC ends the series at that moment, not at that clock time on the series' clock
                    List<LocalDateTime> all = new Recur<LocalDateTime>(value.replaceAll("(?i)UNTIL=[^;]*;?", "")
                            .replaceAll(";$", "")).getDates(first, first, first.plusYears(YEARS), MAX);
                    Instant last = end.toInstant();
                    all.stream().filter(d -> !instant.apply(d).isAfter(last)).forEach(dates::add);
                    complete &= all.stream().anyMatch(d -> instant.apply(d).isAfter(last))
                            || all.size() < MAX && last.isBefore(instant.apply(first.plusYears(YEARS)));
                    continue;
                }
                List<LocalDateTime> found = rule.getDates(first, first, first.plusYears(YEARS), MAX);
                dates.addAll(found);
                complete &= rule.getCount() > 0 ? found.size() >= rule.getCount()
                        : until != null && found.size() < MAX && !local(until).isAfter(first.plusYears(YEARS));
            } catch (RuntimeException e) {
                complete = false;   // a rule not understood: its dates are not known, the series' own start stays
            }
        }
        List<LocalDateTime> out = new ArrayList<>(dates);
        return new Dates(out.size() > MAX ? out.subList(0, MAX) : out, complete);
    }

    /** An UNTIL on the series' clock: a day's start, a date-time as written, or one in UTC as its clock time. */
    private static LocalDateTime local(Temporal until) {
        return until instanceof java.time.LocalDate d ? d.atStartOfDay()
                : until instanceof LocalDateTime t ? t
                : until instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                : LocalDateTime.MAX;
    }
}
