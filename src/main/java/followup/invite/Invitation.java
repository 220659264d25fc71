package followup.invite;

import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a calendar invitation (one VEVENT) that an interview record is made from, as written in the file.
 *
 * @param start    DTSTART as a local date-time, read in {@code tzid} (or UTC, or floating: see {@link Start})
 * @param organizer the organizer, or null when the invitation names none
 * @param attendees every ATTENDEE, in the file's order (the user and rooms included; {@link RecordDrafts} drops them)
 * @param links    conference links, dial-in numbers and the location, as found, for the record's notes
 * @param method   the calendar's METHOD (or the mail part's {@code method}), upper-cased, or null
 * @param status   the event's STATUS, upper-cased, or null
 * @param sequence the event's SEQUENCE: above 0 once the organizer has changed it
 * @param notices  what the user should know about how the file was read (several events made one), for the console
 */
public record Invitation(String summary, Start start, Person organizer, List<Person> attendees, List<String> links,
                         String method, String status, int sequence, List<String> notices) {
    public Invitation {
        summary = summary == null ? "" : summary.strip();
        Objects.requireNonNull(start, "start");
        attendees = List.copyOf(attendees);
        links = List.copyOf(links);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public Invitation(String summary, Start start, Person organizer, List<Person> attendees, List<String> links,
                      String method, String status, int sequence) {
        this(summary, start, organizer, attendees, links, method, status, sequence, List.of());
    }

    /** An invitation as it is first sent: a request, not changed since. */
    public Invitation(String summary, Start start, Person organizer, List<Person> attendees, List<String> links) {
        this(summary, start, organizer, attendees, links, null, null, 0, List.of());
    }

    /** Whether it calls the event off ({@code METHOD:CANCEL} or {@code STATUS:CANCELLED}) rather than invites. */
    public boolean cancellation() {
        return "CANCEL".equals(method) || "CANCELLED".equals(status);
    }

    /**
     * When the interview starts.
     *
     * @param local the date-time as written
     * @param tzid  the TZID parameter as written; for a time in UTC, the calendar's X-WR-TIMEZONE; or null
     * @param utc   true when the value ends with Z, or its TZID names UTC itself (UTC, GMT, Etc/UTC)
     * @param rules the rules of the invitation's own VTIMEZONE for a TZID that names no known zone, else null
     * @param allDay true for an all-day event: the day is known, not the hour
     */
    public record Start(LocalDateTime local, String tzid, boolean utc, ZoneRules rules, boolean allDay) {
        public Start {
            Objects.requireNonNull(local, "local");
        }

        public Start(LocalDateTime local, String tzid, boolean utc, ZoneRules rules) {
            this(local, tzid, utc, rules, false);
        }

        public Start(LocalDateTime local, String tzid, boolean utc) {
            this(local, tzid, utc, null, false);
        }
    }

    /**
     * One person (or room) on the invitation.
     *
     * @param name     the CN parameter, or null
     * @param email    the mailto: address (or Apple's EMAIL parameter when the value is no address), lower-cased,
     *                 or null
     * @param cutype   CUTYPE (INDIVIDUAL, ROOM, RESOURCE, ...), upper-cased; INDIVIDUAL when absent
     * @param role     ROLE (REQ-PARTICIPANT, NON-PARTICIPANT, ...), upper-cased, or null
     * @param partstat PARTSTAT (ACCEPTED, DECLINED, ...), upper-cased, or null
     */
    public record Person(String name, String email, String cutype, String role, String partstat) {
        public Person(String name, String email, String cutype) {
            this(name, email, cutype, null, null);
        }

        public boolean individual() {
            return cutype == null || cutype.equals("INDIVIDUAL") || cutype.equals("UNKNOWN");
        }
    }
}
