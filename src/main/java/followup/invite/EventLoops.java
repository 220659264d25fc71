package followup.invite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

    /**
     * @param mine the user's zone: the day of a time in UTC only or without a zone is the user's there, as the record
     *             writes it
     */
    static Invitation merged(List<Invitation> events, ZoneId mine) {
        if (events.size() == 1) {
            return events.get(0);
        }
        List<Invitation> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(e -> placed(e.start(), mine).toInstant()));
        Invitation first = sorted.get(0);
        ZonedDateTime firstAt = placed(first.start(), mine);
        LocalDate day = firstAt.toLocalDate();
        List<Invitation> loop = new ArrayList<>();
        List<Invitation> others = new ArrayList<>();
        for (Invitation e : sorted) {
            (at(e, firstAt, mine).toLocalDate().equals(day) && Objects.equals(organizer(e), organizer(first))
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
        loop.forEach(e -> notices.addAll(e.notices()));   // how each was read (a series' first date cancelled)
        if (loop.size() > 1) {
            notices.add("The file holds " + loop.size() + " events on " + day + " from the same organizer (" + String
                    .join("; ", loop.stream().map(e -> shown(e, firstAt, mine)).toList()) + "): they make one"
                    + " interview at " + firstAt.toLocalTime() + " with everyone invited to them.");
        }
        if (!others.isEmpty()) {
            notices.add("Not added: " + String.join("; ", others.stream().map(e -> shown(e, firstAt, mine)).toList())
                    + " (another day or another organizer); add each from its own invitation, or by hand.");
        }
        return new Invitation(first.summary(), first.start(), first.organizer(), attendees, List.copyOf(links),
                first.method(), first.status(), first.sequence(), notices);
    }

    private static String organizer(Invitation e) {
        return e.organizer() == null ? null : e.organizer().email();
    }

    /** When {@code e} starts, on the clock of the loop's first event. */
    private static LocalDateTime at(Invitation e, ZonedDateTime firstAt, ZoneId mine) {
        return placed(e.start(), mine).withZoneSameInstant(firstAt.getZone()).toLocalDateTime();
    }

    private static String shown(Invitation e, ZonedDateTime firstAt, ZoneId mine) {
        return "\"" + e.summary() + "\" at " + at(e, firstAt, mine).toString().replace('T', ' ');
    }

    /**
     * Where a start is, as {@link RecordDrafts} writes it: a time in UTC only in the calendar's named zone, else in
     * the user's; a time of the invitation's own zone at its offset; a named zone's in it; a floating time or a day
     * in the user's.
     */
    static ZonedDateTime placed(Invitation.Start s, ZoneId mine) {
        if (s.utc()) {
            ZoneId zone = s.tzid() == null || WindowsZones.universal(s.tzid()) ? mine
                    : WindowsZones.zone(s.tzid()).orElse(mine);
            return s.local().atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
        }
        if (s.rules() != null) {
            return s.local().atOffset(s.rules().getOffset(s.local())).toZonedDateTime();
        }
        ZoneId zone = s.tzid() == null || s.allDay() ? mine : WindowsZones.zone(s.tzid()).orElse(mine);
        return s.local().atZone(zone);
    }
}
