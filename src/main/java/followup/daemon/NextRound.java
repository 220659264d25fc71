package followup.daemon;

import followup.inbox.Invite;
import followup.invite.Interviewers;
import followup.invite.Invitation;
import followup.plan.Interview;
import followup.plan.Interviewer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The record of the next round, written from the company's invitation and the earlier round's record, ready to be
 * saved under {@code conf/interviews/}: company, position, {@code at} and {@code zone} from the invitation, the
 * attendees (not the user) as interviewers, and {@code previous} naming the earlier round; the earlier round's
 * {@code language}, {@code country} and {@code position-title}, and its entry for an attendee it already lists.
 */
final class NextRound {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private NextRound() {
    }

    /**
     * When the invitation's event starts, in its own zone, or in the earlier round's zone for a UTC time (the same
     * moment) or a floating time or day (the same date and hour, as {@code followup add} reads them).
     */
    static ZonedDateTime start(Invite invite, Interview previous) {
        return start(invite, previous.zone());
    }

    /** The same, with {@code zone} for a UTC or floating time. */
    static ZonedDateTime start(Invite invite, ZoneId zone) {
        ZoneId own = invite.start().getZone();
        // UTC itself by any name (UTC, GMT, Etc/UTC, Outlook's "Coordinated Universal Time") is no place: an instant
        boolean region = !(own instanceof ZoneOffset) && !own.normalized().equals(ZoneOffset.UTC);
        return region && !invite.floating() ? invite.start() : invite.startIn(zone);
    }

    /** The file name to save it under: the earlier id and the new date. */
    static String fileName(Invite invite, Interview previous) {
        String base = previous.id() + "-" + start(invite, previous).toLocalDate();
        return (base.length() > 59 ? base.substring(0, 59) : base) + ".conf";
    }

    /** The HOCON text of the record. */
    static String record(Invite invite, Interview previous, Set<String> ownAddresses) {
        ZonedDateTime start = start(invite, previous);
        StringBuilder b = new StringBuilder();
        b.append("company  = ").append(quote(previous.company())).append('\n');
        b.append("position = ").append(quote(previous.position())).append('\n');
        b.append("at       = ").append(quote(AT.format(start))).append('\n');
        b.append("zone     = ").append(quote(start.getZone().getId())).append('\n');
        b.append("previous = ").append(quote(previous.id())).append('\n');
        // what the earlier round says about the company and how to write to it holds for the next round too
        b.append("language = ").append(quote(previous.language())).append('\n');
        if (previous.country() != null) {
            b.append("country  = ").append(quote(previous.country())).append('\n');
        }
        if (previous.positionTitle() != null) {
            b.append("position-title = ").append(quote(previous.positionTitle())).append('\n');
        }
        List<String> people = new ArrayList<>();
        Set<String> own = Interviewers.lower(ownAddresses);
        for (Invite.Attendee a : invite.attendees()) {
            // as add reads an invitation: not the user (also as you+tag@), a room, someone who declined, a
            // scheduling service or a team's mailbox, whom a thank-you would greet "Dear Conf Room 4B (8),"
            if (a.email().isEmpty() || Interviewers.own(a.email(), own) || "NON-PARTICIPANT".equals(a.role())
                    || a.notInterviewer() != null) {
                continue;
            }
            Optional<Interviewer> known = previous.interviewers().stream()
                    .filter(i -> i.email() != null && i.email().equalsIgnoreCase(a.email())).findFirst();
            if (known.isPresent()) {
                people.add(entry(known.get()));
                continue;
            }
            String name = Interviewers.name(new Invitation.Person(a.name().isBlank() ? null : a.name(), a.email(),
                    null));
            people.add("  { name = " + quote(name) + ", email = " + quote(a.email()) + " }");
        }
        if (people.isEmpty()) {
            invite.organizer().map(o -> new Invitation.Person(o.name().isBlank() ? null : o.name(),
                    o.email().isEmpty() ? null : o.email(), null))
                    .filter(o -> o.email() != null && !Interviewers.own(o.email(), own)
                            && Interviewers.notAnInterviewer(o) == null)
                    .ifPresent(o -> people.add("  { name = " + quote(Interviewers.name(o)) + ", email = "
                            + quote(o.email()) + " }"));
        }
        b.append("interviewers = [\n").append(String.join("\n", people)).append("\n]\n");
        if (!invite.summary().isBlank()) {
            b.append("notes    = ").append(quote("Invitation: " + invite.summary())).append('\n');
        }
        return b.toString();
    }

    /**
     * An interviewer of the earlier round, written as that record wrote them: the name with its courtesy title
     * ("Frau Eva Klein"), the salutation, title, zone and country; not the topics, which are the earlier round's.
     */
    private static String entry(Interviewer i) {
        StringBuilder b = new StringBuilder("  { name = ").append(quote(i.name()));
        if (i.title() != null) {
            b.append(", title = ").append(quote(i.title()));
        }
        b.append(", email = ").append(quote(i.email()));
        if (i.salutation() != null) {
            b.append(", salutation = ").append(quote(i.salutation()));
        }
        if (i.zone() != null) {
            b.append(", zone = ").append(quote(i.zone().getId()));
        }
        if (i.country() != null) {
            b.append(", country = ").append(quote(i.country()));
        }
        return b.append(" }").toString();
    }

    /** A HOCON string: quotes and backslashes escaped, control characters (line breaks included) dropped. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (Character.isISOControl(c)) {
                b.append(' ');
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
