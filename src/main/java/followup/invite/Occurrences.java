package followup.invite;

import followup.config.BadInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * The event of each UID that is the interview: a recurring invitation comes as the series (a VEVENT without
 * RECURRENCE-ID) and its overrides (VEVENTs of the same UID whose RECURRENCE-ID names the occurrence they replace, as
 * Google Calendar and Outlook send a moved occurrence). The interview is the series' first occurrence still on the
 * calendar: a date the series excludes (EXDATE) or whose override is cancelled (STATUS:CANCELLED) is not, as when the
 * interview was moved off the series' first date; the override that replaces that occurrence when there is one (it was
 * moved, or its people changed), else the series at that date. An override of a later occurrence is not the
 * interview, wherever it stands in the file; a series with no date left is a cancellation, when its dates are all
 * known (no RRULE, or one with a COUNT or an UNTIL).
 */
final class Occurrences {
    /**
     * The event that is the interview.
     *
     * @param start     its start when it is the series at a later date than its DTSTART, else null (its DTSTART)
     * @param cancelled no date of the series is left
     * @param notice    what the console says of a first date left out, or null
     * @param unknown   why no date of the series could be found that is not left out, or null
     */
    record Chosen(Component event, Invitation.Start start, boolean cancelled, String notice, String unknown) {
        Chosen(Component event) {
            this(event, null, false, null, null);
        }

        Chosen(Component event, Invitation.Start start, String notice) {
            this(event, start, false, notice, null);
        }
    }

    private Occurrences() {
    }

    /**
     * @param events the calendar's VEVENTs, in the file's order
     * @param start  how a date-time value with its TZID (or null) is read, as the record's start is
     * @return one event per UID (each event without a UID on its own), in the order the UIDs first appear
     */
    static <C extends Component> List<Chosen> interviews(List<C> events,
                                                         BiFunction<String, String, Invitation.Start> start) {
        Map<String, List<Component>> byUid = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String uid = value(events.get(i), Property.UID);
            byUid.computeIfAbsent(uid.isEmpty() ? "\u0000" + i : uid, k -> new ArrayList<>()).add(events.get(i));
        }
        List<Chosen> out = new ArrayList<>();
        for (List<Component> same : byUid.values()) {
            Component series = same.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())
                    .findFirst().orElse(null);
            out.add(series == null ? new Chosen(same.get(0))   // overrides alone (an update of one occurrence)
                    : first(series, same, start));
        }
        return out;
    }

    private static Chosen first(Component series, List<Component> same,
                                BiFunction<String, String, Invitation.Start> start) {
        Invitation.Start dtstart = series.getProperty(Property.DTSTART).map(p -> read((Property) p, start))
                .orElse(null);
        if (dtstart == null) {
            return new Chosen(series);   // no start to count from: the reader says what is wrong with it
        }
        Set<Object> excluded = new HashSet<>();
        for (Object o : series.getProperties(Property.EXDATE)) {
            Property p = (Property) o;
            for (String v : valueOf(p).split(",")) {
                Object w = when(read(v, tzid(p), start));
                if (w != null) {
                    excluded.add(w);
                }
            }
        }
        Map<Object, Component> overrides = new LinkedHashMap<>();
        for (Component e : same) {
            Object named = e == series ? null : e.getProperty(Property.RECURRENCE_ID)
                    .map(p -> when(read((Property) p, start))).orElse(null);
            if (named != null) {
                overrides.putIfAbsent(named, e);
            }
        }
        // dates added to the series (RDATE, as Apple Calendar adds one), on the series' clock; one that cannot be
        // read leaves the series' dates unknown
        List<LocalDateTime> added = new ArrayList<>();
        boolean unread = false;
        for (Object o : series.getProperties(Property.RDATE)) {
            Property p = (Property) o;
            for (String v : valueOf(p).split(",")) {
                LocalDateTime d = onClock(read(v.split("/")[0], tzid(p), start), dtstart);   // a PERIOD's start
                unread |= d == null;
                if (d != null && !d.isBefore(dtstart.local())) {
                    added.add(d);
                }
            }
        }
        SeriesDates.Dates found = SeriesDates.of(series, dtstart.local(), when(dtstart) instanceof Instant
                ? d -> (Instant) when(at(dtstart, d)) : null);
        TreeSet<LocalDateTime> all = new TreeSet<>(found.dates());
        all.addAll(added);
        SeriesDates.Dates dates = new SeriesDates.Dates(List.copyOf(all), found.complete() && !unread);
        for (LocalDateTime d : dates.dates()) {
            Invitation.Start at = at(dtstart, d);
            Object when = when(at);
            Component moved = overrides.get(when);
            if (excluded.contains(when) || moved != null && cancelled(moved)) {
                continue;
            }
            if (d.equals(dtstart.local())) {
                return new Chosen(moved != null ? moved : series);
            }
            String notice = "The series' first date, " + shown(dtstart.local()) + ", is cancelled (" + (excluded
                    .contains(when(dtstart)) ? "EXDATE" : "STATUS:CANCELLED") + "): the interview is the next"
                    + " occurrence still on the calendar, " + shown(d) + movedTo(moved, start) + ".";
            return moved != null ? new Chosen(moved, null, notice) : new Chosen(series, at, notice);
        }
        if (dates.complete()) {
            return new Chosen(series, null, true, null, null);
        }
        return new Chosen(series, null, false, null, "every date of the recurring event found (" + dates.dates()
                .size() + ", from " + shown(dtstart.local()) + ") is cancelled (EXDATE or STATUS:CANCELLED), and the"
                + " rule has no COUNT or UNTIL that says there is no other: add the interview with followup add and no file");
    }

    /**
     * A date given in a zone of its own (an RDATE in UTC) on the series' clock, or null when it cannot be placed.
     */
    private static LocalDateTime onClock(Invitation.Start d, Invitation.Start dtstart) {
        if (d == null || !(when(d) instanceof Instant i) || !(when(dtstart) instanceof Instant)) {
            return d == null ? null : d.local();   // a floating time or a day: as written
        }
        if (dtstart.utc()) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (dtstart.rules() != null) {
            return LocalDateTime.ofInstant(i, dtstart.rules().getOffset(i));
        }
        return WindowsZones.zone(dtstart.tzid()).map(z -> LocalDateTime.ofInstant(i, z)).orElse(null);
    }

    /** The series' start moved to another of its dates, on the same clock. */
    private static Invitation.Start at(Invitation.Start dtstart, LocalDateTime d) {
        return new Invitation.Start(d, dtstart.tzid(), dtstart.utc(), dtstart.rules(), dtstart.allDay());
    }

    /** Where an override moved its occurrence to ({@code ", moved to 2027-01-22 10:00"}), or nothing. */
    private static String movedTo(Component moved, BiFunction<String, String, Invitation.Start> start) {
        Invitation.Start to = moved == null ? null : moved.getProperty(Property.DTSTART)
                .map(p -> read((Property) p, start)).orElse(null);
        return moved == null ? "" : to == null ? ", where it was moved" : ", moved to " + shown(to.local())
                + (to.utc() ? " UTC" : "");
    }

    private static boolean cancelled(Component e) {
        return value(e, Property.STATUS).toUpperCase(Locale.ROOT).equals("CANCELLED");
    }

    private static String shown(LocalDateTime d) {
        return d.toString().replace('T', ' ');
    }

    private static String tzid(Property p) {
        return p.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
    }

    private static Invitation.Start read(Property p, BiFunction<String, String, Invitation.Start> start) {
        return read(valueOf(p), tzid(p), start);
    }

    /**
     * A date property's value as written, or empty when ical4j kept one it cannot give back ({@code 2027-01-14} for
     * a date-time: it names no occurrence).
     */
    private static String valueOf(Property p) {
        try {
            return Objects.toString(p.getValue(), "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A date-time value read, or null when it cannot be (then it names no occurrence). */
    private static Invitation.Start read(String value, String tzid,
                                         BiFunction<String, String, Invitation.Start> start) {
        try {
            return value == null || value.isBlank() ? null : start.apply(value, tzid);
        } catch (BadInputException e) {
            return null;
        }
    }

    /**
     * The moment a start names, comparable across the zones it may be written in (the series in its zone, the
     * override's RECURRENCE-ID or an EXDATE in UTC): an instant, or the local date-time of a floating time or a day;
     * null when it cannot be placed (then it names no occurrence).
     */
    private static Object when(Invitation.Start s) {
        if (s == null) {
            return null;
        }
        if (s.utc()) {
            return s.local().toInstant(ZoneOffset.UTC);
        }
        if (s.rules() != null) {
            return s.local().toInstant(s.rules().getOffset(s.local()));
        }
        if (s.tzid() != null && !s.allDay()) {
            return WindowsZones.zone(s.tzid()).map(z -> (Object) s.local().atZone(z).toInstant()).orElse(null);
        }
        return s.local();
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(p -> Objects.toString(((Property) p).getValue(), "").strip()).orElse("");
    }
}
