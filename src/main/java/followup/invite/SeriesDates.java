package followup.invite;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
     * @param complete the series has no RRULE, or a COUNT whose every date was found: a rule without an end, or one
     *                 whose dates are too far apart to be found, may have more
     */
    record Dates(List<LocalDateTime> dates, boolean complete) {
    }

    /**
     * @param first DTSTART's date-time as written (an all-day event's day at the hour the record gives it)
     * @return the dates, {@code first} the earliest, at most {@link #MAX}
     */
    static Dates of(Component series, LocalDateTime first) {
        TreeSet<LocalDateTime> dates = new TreeSet<>();
        dates.add(first);
        boolean complete = true;
        for (Object o : series.getProperties(Property.RRULE)) {
            try {
                Recur<LocalDateTime> rule = new Recur<>(((Property) o).getValue());
                List<LocalDateTime> found = rule.getDates(first, first, first.plusYears(YEARS), MAX);
                dates.addAll(found);
                complete &= rule.getCount() > 0 && found.size() >= rule.getCount();
            } catch (RuntimeException e) {
                complete = false;   // a rule not understood: its dates are not known, the series' own start stays
            }
        }
        List<LocalDateTime> out = new ArrayList<>(dates);
        return new Dates(out.size() > MAX ? out.subList(0, MAX) : out, complete);
    }
}
