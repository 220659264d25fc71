package followup.invite;

import followup.config.BadInputException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * The event of each UID that is the interview: a recurring invitation comes as the series (a VEVENT without
 * RECURRENCE-ID) and its overrides (VEVENTs of the same UID whose RECURRENCE-ID names the occurrence they replace, as
 * Google Calendar and Outlook send a moved occurrence). The interview is the series' first occurrence: the override
 * that replaces it when there is one (it was moved, or its people changed), else the series itself; an override of a
 * later occurrence is not the interview, wherever it stands in the file.
 */
final class Occurrences {
    private Occurrences() {
    }

    /**
     * @param events the calendar's VEVENTs, in the file's order
     * @param start  how a DTSTART or RECURRENCE-ID is read (its zone placed as the record's start is)
     * @return one event per UID (each event without a UID on its own), in the order the UIDs first appear
     */
    static <C extends Component> List<Component> interviews(List<C> events, Function<Property, Invitation.Start> start) {
        Map<String, List<Component>> byUid = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String uid = value(events.get(i), Property.UID);
            byUid.computeIfAbsent(uid.isEmpty() ? "\u0000" + i : uid, k -> new ArrayList<>()).add(events.get(i));
        }
        List<Component> out = new ArrayList<>();
        for (List<Component> same : byUid.values()) {
            Component series = same.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())
                    .findFirst().orElse(null);
            if (series == null) {
                out.add(same.get(0));   // overrides alone (an update of one occurrence): the first, as written
                continue;
            }
            Optional<Object> first = series.getProperty(Property.DTSTART).map(p -> when((Property) p, start));
            Component moved = first.isEmpty() ? null : same.stream().filter(e -> e != series)
                    .filter(e -> e.getProperty(Property.RECURRENCE_ID).map(p -> when((Property) p, start))
                            .filter(first.get()::equals).isPresent())
                    .findFirst().orElse(null);
            out.add(moved != null ? moved : series);
        }
        return out;
    }

    /**
     * The moment a DTSTART or RECURRENCE-ID names, comparable across the zones it may be written in (the series in
     * its zone, the override's RECURRENCE-ID in UTC): an instant, or the local date-time of a floating time; null when
     * it cannot be read (then it names no occurrence).
     */
    private static Object when(Property p, Function<Property, Invitation.Start> start) {
        Invitation.Start s;
        try {
            s = start.apply(p);
        } catch (BadInputException e) {
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
