package followup.inbox;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar invitation (the first {@code VEVENT} of an iCalendar object), as {@link InviteParser} reads it.
 *
 * @param method        the iCalendar {@code METHOD}, upper-cased ({@code REQUEST}, {@code CANCEL}, {@code PUBLISH},
 *                      ...), empty when the object names none
 * @param uid           the event's {@code UID}, empty when missing
 * @param summary       the event's title ({@code SUMMARY}), empty when missing
 * @param start         {@code DTSTART} in its own zone: the {@code TZID}'s, UTC for a {@code Z} time or a floating
 *                      time, the start of the day in UTC for an all-day event
 * @param end           {@code DTEND}, else start + {@code DURATION}, else start (a day later for an all-day event)
 * @param organizer     the {@code ORGANIZER}, if any
 * @param attendees     every {@code ATTENDEE} in the order written
 * @param location      {@code LOCATION}, if any
 * @param description   {@code DESCRIPTION}, if any (may be long; cut to {@value #MAX_TEXT} characters)
 * @param conferenceUrl the video call link: {@code X-GOOGLE-CONFERENCE}, a {@code CONFERENCE} or {@code URL}
 *                      property, else the first Meet/Teams/Zoom/Webex link in the location or description
 * @param floating      whether {@code start} has no zone of its own (a floating time or a day): its date and hour are
 *                      meant on the reader's clock, not in UTC
 * @param cancelled     whether the event is called off whatever the METHOD says: it is {@code STATUS:CANCELLED}, or
 *                      a recurring event whose every date is taken out (EXDATE, or overrides marked cancelled)
 */
public record Invite(String method, String uid, String summary, ZonedDateTime start, ZonedDateTime end,
                     Optional<Person> organizer, List<Attendee> attendees, Optional<String> location,
                     Optional<String> description, Optional<String> conferenceUrl, boolean floating,
                     boolean cancelled) {
    /** Texts longer than this are cut: a description is for a notice, not an archive. */
    public static final int MAX_TEXT = 4000;

    public Invite {
        method = method == null ? "" : method;
        uid = uid == null ? "" : uid;
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        organizer = organizer == null ? Optional.empty() : organizer;
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        location = location == null ? Optional.empty() : location;
        description = description == null ? Optional.empty() : description;
        conferenceUrl = conferenceUrl == null ? Optional.empty() : conferenceUrl;
    }

    /** An event that is not called off. */
    public Invite(String method, String uid, String summary, ZonedDateTime start, ZonedDateTime end,
                  Optional<Person> organizer, List<Attendee> attendees, Optional<String> location,
                  Optional<String> description, Optional<String> conferenceUrl, boolean floating) {
        this(method, uid, summary, start, end, organizer, attendees, location, description, conferenceUrl, floating,
                false);
    }

    /** An invitation whose start has a zone (a TZID or a {@code Z}). */
    public Invite(String method, String uid, String summary, ZonedDateTime start, ZonedDateTime end,
                  Optional<Person> organizer, List<Attendee> attendees, Optional<String> location,
                  Optional<String> description, Optional<String> conferenceUrl) {
        this(method, uid, summary, start, end, organizer, attendees, location, description, conferenceUrl, false);
    }

    /** When the event starts on a clock in {@code zone}: the same moment, or the same date and hour when floating. */
    public ZonedDateTime startIn(ZoneId zone) {
        return floating ? start.toLocalDateTime().atZone(zone) : start.withZoneSameInstant(zone);
    }

    /**
     * {@code METHOD:REQUEST} of an event not called off: the organizer asks the user to attend (not a cancellation,
     * also one sent as a request, or a published calendar).
     */
    public boolean isRequest() {
        return "REQUEST".equals(method) && !cancelled;
    }

    /**
     * The organizer.
     *
     * @param name  the {@code CN}, empty when missing
     * @param email the {@code mailto:} address, lower-cased, empty when the value is no mail address
     */
    public record Person(String name, String email) {
        public Person {
            name = name == null ? "" : name;
            email = email == null ? "" : email;
        }
    }

    /**
     * One attendee.
     *
     * @param name  the {@code CN}, empty when missing
     * @param email the {@code mailto:} address, lower-cased, empty when the value is no mail address
     * @param role  the {@code ROLE} parameter upper-cased ({@code REQ-PARTICIPANT}, {@code OPT-PARTICIPANT},
     *              {@code CHAIR}, {@code NON-PARTICIPANT}); {@code REQ-PARTICIPANT} when missing (the RFC 5545
     *              default)
     * @param notInterviewer why the invitation itself says this is no interviewer ("a room", "declined", "a
     *              scheduling service", ..., as {@code followup add} leaves them out), or null
     */
    public record Attendee(String name, String email, String role, String notInterviewer) {
        public Attendee {
            name = name == null ? "" : name;
            email = email == null ? "" : email;
            role = role == null || role.isBlank() ? "REQ-PARTICIPANT" : role;
        }

        public Attendee(String name, String email, String role) {
            this(name, email, role, null);
        }
    }
}
