package followup.invite;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The event of a calendar that is the interview, as {@code followup add} takes it ({@link Occurrences}), for the
 * inbox's reading of an invitation that arrives by mail: the series (the first VEVENT without RECURRENCE-ID, else the
 * first VEVENT) at its first date still on the calendar, past a date an EXDATE or a cancelled override takes out.
 */
public final class FirstOccurrence {
    private FirstOccurrence() {
    }

    /**
     * @param event the series, or the override that replaces the date found
     * @param at        that date's start when it is the series at a later date than its DTSTART, else empty (its
     *                  DTSTART); with the rules of the invitation's own VTIMEZONE when its TZID names no known
     *                  zone, which give that date its own offset (summer time or not)
     * @param cancelled no date of the series is left: every one is taken out (EXDATE, or an override marked
     *                  STATUS:CANCELLED), and the series has no other
     */
    public record Found(VEvent event, Optional<Invitation.Start> at, boolean cancelled) {
        public Found(VEvent event, Optional<Invitation.Start> at) {
            this(event, at, false);
        }
    }

    /**
     * @param calendar the calendar read
     * @param text     its text as it was read
     */
    public static Optional<Found> of(Calendar calendar, String text) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Optional<VEvent> series = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())
                .findFirst().or(() -> events.stream().findFirst());
        if (series.isEmpty()) {
            return Optional.empty();
        }
        EventStarts starts = new EventStarts("invitation", calendar, text);
        String uid = uid(series.get());
        return Occurrences.interviews(events, starts::read).stream()
                .filter(c -> !uid.isEmpty() && uid.equals(uid(c.event())) && c.event() instanceof VEvent)
                .findFirst().map(c -> new Found((VEvent) c.event(), Optional.ofNullable(c.start()),
                        c.cancelled()))
                .or(() -> Optional.of(new Found(series.get(), Optional.empty())));
    }

    private static String uid(Component c) {
        return c.getProperty(Property.UID).map(p -> Objects.toString(((Property) p).getValue(), "").strip())
                .orElse("");
    }
}
