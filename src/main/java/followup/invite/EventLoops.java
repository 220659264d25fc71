package followup.invite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A calendar with several events, as a scheduler sends an interview loop (one event per interviewer, back to back):
 * the events of the first day with the same organizer are one interview, at the first one's time, with everyone
 * invited to any of them; events on other days, or from another organizer, are not part of it and are named on the
 * console, to be added from their own invitations.
 */
final class EventLoops {
    private EventLoops() {
    }

    static Invitation merged(List<Invitation> events) {
        if (events.size() == 1) {
            return events.get(0);
        }
        List<Invitation> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(e -> e.start().local()));
        Invitation first = sorted.get(0);
        LocalDate day = first.start().local().toLocalDate();
        List<Invitation> loop = new ArrayList<>();
        List<Invitation> others = new ArrayList<>();
        for (Invitation e : sorted) {
            (e.start().local().toLocalDate().equals(day) && Objects.equals(organizer(e), organizer(first))
                    ? loop : others).add(e);
        }
        List<Invitation.Person> attendees = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        for (Invitation e : loop) {
            for (Invitation.Person p : e.attendees()) {
                if (seen.add(p.email() != null ? p.email() : "name:" + p.name())) {
                    attendees.add(p);
                }
            }
            links.addAll(e.links());
        }
        List<String> notices = new ArrayList<>();
        if (loop.size() > 1) {
            notices.add("The file holds " + loop.size() + " events on " + day + " from the same organizer (" + String
                    .join("; ", loop.stream().map(EventLoops::shown).toList()) + "): they make one interview at "
                    + first.start().local().toLocalTime() + " with everyone invited to them.");
        }
        if (!others.isEmpty()) {
            notices.add("Not added: " + String.join("; ", others.stream().map(EventLoops::shown).toList())
                    + " (another day or another organizer); add each from its own invitation, or by hand.");
        }
        return new Invitation(first.summary(), first.start(), first.organizer(), attendees, List.copyOf(links),
                first.method(), first.status(), first.sequence(), notices);
    }

    private static String organizer(Invitation e) {
        return e.organizer() == null ? null : e.organizer().email();
    }

    private static String shown(Invitation e) {
        return "\"" + e.summary() + "\" at " + e.start().local().toString().replace('T', ' ');
    }
}
