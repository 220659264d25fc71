package followup.invite;

import followup.config.BadInputException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * Reads an invitation the user hands over, to make an interview record of it: an {@code .ics} file, or an
 * {@code .eml} message that carries one (a {@code text/calendar} part or an {@code .ics} attachment, as Google
 * Calendar, Outlook and Zoom send them; found by {@link CalendarParts}). Strict, unlike the inbox's reader: what it
 * cannot read is a problem naming the file (and the line, for the calendar's syntax and a start it cannot place).
 */
public final class InvitationReader {
    /** An invitation is a few kilobytes; a file a thousand times that is not one. */
    static final int MAX_BYTES = 5_000_000;
    /** A message with its attachments (a PDF of the role, slides) may be larger; a file beyond this is not read. */
    public static final long MAX_FILE = 50_000_000;

    private static final Pattern URL = Pattern.compile("https://[^\\s<>\"')\\]]+");
    private static final Pattern PHONE = Pattern.compile("(?:tel:|\\+)[0-9][0-9 ().,#*-]{6,}[0-9#]");

    private InvitationReader() {
    }

    /**
     * The same, with the day of a loop's times in UTC only or without a zone judged in UTC.
     *
     * @param name how to name the file in problems
     * @throws BadInputException when the bytes hold no readable invitation
     */
    public static Invitation read(String name, byte[] bytes) {
        return read(name, bytes, ZoneOffset.UTC);
    }

    /**
     * @param name how to name the file in problems
     * @param mine the user's zone, where the events of a loop given in UTC only or without a zone fall on their day
     * @throws BadInputException when the bytes hold no readable invitation
     */
    public static Invitation read(String name, byte[] bytes, ZoneId mine) {
        if (bytes.length > MAX_FILE) {
            throw tooLarge(name, bytes.length);
        }
        boolean file = CalendarParts.isCalendarFile(bytes);
        if (file && bytes.length > MAX_BYTES) {
            throw new BadInputException(name, "is " + bytes.length + " bytes; an invitation's calendar is at most "
                    + MAX_BYTES);
        }
        CalendarParts.Found calendar = file ? CalendarParts.undeclared(bytes, null) : calendarInMessage(name, bytes);
        Invitation read = parse(name, calendar.text(), calendar.mimeMethod(), mine);
        if (calendar.notice() == null) {
            return read;
        }
        List<String> notices = new ArrayList<>(read.notices());
        notices.add(0, calendar.notice());
        return new Invitation(read.summary(), read.start(), read.organizer(), read.attendees(), read.links(),
                read.method(), read.status(), read.sequence(), notices);
    }

    /** The refusal of a file too large to be an invitation, before it is read. */
    public static BadInputException tooLarge(String name, long size) {
        return new BadInputException(name, "is " + size + " bytes; an invitation (.ics, or an .eml with its"
                + " attachments) is at most " + MAX_FILE);
    }

    private static CalendarParts.Found calendarInMessage(String name, byte[] bytes) {
        try {
            CalendarParts.Found found = CalendarParts.inMessage(bytes, MAX_BYTES + 1)
                    .orElseThrow(() -> new BadInputException(name, "holds no invitation: neither an iCalendar file"
                            + " (BEGIN:VCALENDAR) nor a message with a text/calendar part or an .ics attachment"));
            if (found.text().length() > MAX_BYTES) {
                throw new BadInputException(name, "has a calendar part of more than " + MAX_BYTES + " bytes, more"
                        + " than an invitation's calendar is");
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new BadInputException(name, "cannot be read as an iCalendar file or a mail message: "
                    + e.getMessage());
        }
    }

    /**
     * {@code text} (its names in upper case) with every VTIMEZONE that holds no STANDARD or DAYLIGHT part (empty, or a
     * TZID alone, as some schedulers write) made a line of an unknown property each, so that every other line keeps
     * its number: such a VTIMEZONE says nothing about the zone, and ical4j refuses the whole file for it. The TZID of
     * the event's times is then read as if the file had no VTIMEZONE for it (a Windows or IANA name is known).
     */
    static String withoutEmptyTimezones(String text) {
        String[] lines = text.split("\n", -1);
        int begin = -1;
        boolean observed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("BEGIN:VTIMEZONE")) {
                begin = i;
                observed = false;
            } else if (begin >= 0 && (line.equals("BEGIN:STANDARD") || line.equals("BEGIN:DAYLIGHT"))) {
                observed = true;
            } else if (begin >= 0 && line.equals("END:VTIMEZONE")) {
                if (!observed) {
                    for (int j = begin; j <= i; j++) {
                        lines[j] = "X-FOLLOWUP-EMPTY-VTIMEZONE:" + (lines[j].endsWith("\r") ? "\r" : "");
                    }
                }
                begin = -1;
            }
        }
        return String.join("\n", lines);
    }

    private static Invitation parse(String name, String text, String mimeMethod, ZoneId mine) {
        Calendar calendar;
        String read = withoutEmptyTimezones(EncodedWords.quoted(CalendarNames.upperCased(text)));
        try {
            calendar = new CalendarBuilder(CalendarParserFactory.getInstance().get(),
                    new ContentHandlerContext().withSuppressInvalidProperties(false),
                    TimeZoneRegistryFactory.getInstance().createRegistry()).build(new StringReader(read));
        } catch (ParserException e) {
            throw new BadInputException(List.of(new followup.config.Problem(name, Math.max(0, e.getLineNo()), "",
                    "is not a readable iCalendar file: " + e.getMessage())));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(name, "is not a readable iCalendar file: " + e.getMessage());
        }
        String method = value(calendar, Property.METHOD);
        if (method.isBlank() && mimeMethod != null) {
            method = mimeMethod;
        } else if (mimeMethod != null && mimeMethod.equalsIgnoreCase("CANCEL")) {
            method = mimeMethod;   // the mail part says what the message does, whatever the calendar in it repeats
        }
        List<Invitation> events = new ArrayList<>();
        EventStarts starts = new EventStarts(name, calendar, read);
        // one event per UID: a recurring invitation's first occurrence, where an override (RECURRENCE-ID) moved it
        for (Occurrences.Chosen event : Occurrences.interviews(calendar.getComponents(Component.VEVENT),
                starts::read)) {
            events.add(event(name, starts, event, upper(method)));
        }
        if (events.isEmpty()) {
            throw new BadInputException(name, "holds a calendar without an event (VEVENT): nothing to make an"
                    + " interview of");
        }
        return EventLoops.merged(events, mine);
    }

    private static Invitation event(String name, EventStarts starts, Occurrences.Chosen chosen, String method) {
        Component event = chosen.event();
        Property dtstart = event.getProperty(Property.DTSTART).map(Property.class::cast).orElseThrow(
                () -> new BadInputException(name, "the event has no start time (DTSTART)"));
        if (chosen.unknown() != null) {
            throw starts.problem(Property.RRULE, value(event, Property.RRULE), chosen.unknown());
        }
        Invitation.Start start = chosen.start() != null ? chosen.start() : starts.of(dtstart);
        List<Invitation.Person> attendees = new ArrayList<>();
        for (Property p : event.<Property>getProperties(Property.ATTENDEE)) {
            attendees.add(person(p));
        }
        Invitation.Person organizer = event.getProperty(Property.ORGANIZER).map(p -> person((Property) p))
                .orElse(null);
        return new Invitation(value(event, Property.SUMMARY), start, organizer, attendees, links(event), method,
                chosen.cancelled() ? "CANCELLED" : upper(value(event, Property.STATUS)), sequence(event),
                chosen.notice() == null ? List.of() : List.of(chosen.notice()));
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static int sequence(Component event) {
        try {
            return Math.max(0, Integer.parseInt(value(event, Property.SEQUENCE).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String value(Calendar c, String property) {
        return c.getProperty(property).map(p -> ((Property) p).getValue()).orElse("");
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(p -> ((Property) p).getValue()).orElse("");
    }

    private static Invitation.Person person(Property p) {
        String name = p.getParameter(Parameter.CN).map(Parameter::getValue).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
        String email = email(p.getValue());
        if (email == null) {
            // Apple Calendar names a person by a urn:uuid: and gives the address in an EMAIL parameter
            email = p.getParameter("EMAIL").map(Parameter::getValue).map(InvitationReader::email).orElse(null);
        }
        return new Invitation.Person(name, email, parameter(p, Parameter.CUTYPE), parameter(p, Parameter.ROLE),
                parameter(p, Parameter.PARTSTAT));
    }

    private static String parameter(Property p, String name) {
        return p.getParameter(name).map(Parameter::getValue).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).orElse(null);
    }

    private static String email(String calAddress) {
        String v = CalendarParts.mailto(calAddress);   // kept when odd: the record loader says what is wrong with it
        return v.contains("@") ? v : null;
    }

    /** The video link, the dial-in and the place, in that order, each once. */
    private static List<String> links(Component event) {
        Set<String> out = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (String name : List.of("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL", Property.LOCATION,
                Property.DESCRIPTION)) {
            event.getProperties(name).forEach(p -> texts.add(((Property) p).getValue()));
        }
        for (String t : texts) {
            Matcher m = CalendarParts.CONFERENCE.matcher(t);
            if (m.find()) {
                out.add("Video: " + trimUrl(m.group()));
                break;
            }
        }
        for (String t : texts) {
            Matcher m = PHONE.matcher(t);
            if (m.find()) {
                out.add("Phone: " + m.group().replaceFirst("^tel:", "").strip());
                break;
            }
        }
        String location = value(event, Property.LOCATION).strip();
        if (!location.isEmpty() && !CalendarParts.CONFERENCE.matcher(location).find()
                && !URL.matcher(location).matches()) {
            out.add("Where: " + location);
        }
        return List.copyOf(out);
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[.,;>]+$", "");
    }
}
