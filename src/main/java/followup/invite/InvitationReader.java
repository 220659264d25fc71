package followup.invite;

import followup.config.BadInputException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
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
 * Reads an invitation from an {@code .ics} file, or from an {@code .eml} message that carries one (a
 * {@code text/calendar} part or an {@code .ics} attachment, as Google Calendar, Outlook and Zoom send them).
 */
public final class InvitationReader {
    /** An invitation is a few kilobytes; a file a thousand times that is not one. */
    static final int MAX_BYTES = 5_000_000;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final Pattern URL = Pattern.compile("https://[^\\s<>\"')\\]]+");
    private static final Pattern CONFERENCE = Pattern.compile(
            "https://([a-z0-9-]+\\.)*(zoom\\.us|meet\\.google\\.com|teams\\.microsoft\\.com|teams\\.live\\.com"
            + "|webex\\.com|whereby\\.com|meet\\.jit\\.si|chime\\.aws|gotomeeting\\.com)/\\S*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("(?:tel:|\\+)[0-9][0-9 ().,#*-]{6,}[0-9#]");

    private InvitationReader() {
    }

    /**
     * @param name how to name the file in problems
     * @throws BadInputException when the bytes hold no readable invitation
     */
    public static Invitation read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(name, "is " + bytes.length + " bytes; an invitation (.ics or .eml) is at most "
                    + MAX_BYTES);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        String calendar = head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)
                ? new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "")
                : calendarInMessage(name, bytes);
        return parse(name, calendar);
    }

    private static String calendarInMessage(String name, byte[] bytes) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(bytes));
            return findCalendar(message).orElseThrow(() -> new BadInputException(name, "holds no invitation: neither"
                    + " an iCalendar file (BEGIN:VCALENDAR) nor a message with a text/calendar part or an .ics"
                    + " attachment"));
        } catch (MessagingException | IOException e) {
            throw new BadInputException(name, "cannot be read as an iCalendar file or a mail message: "
                    + e.getMessage());
        }
    }

    private static Optional<String> findCalendar(Part part) throws MessagingException, IOException {
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        String file = part.getFileName() == null ? "" : part.getFileName().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/calendar") || type.startsWith("application/ics") || file.endsWith(".ics")) {
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new String(in.readNBytes(MAX_BYTES), charset(type)));
            }
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = findCalendar(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part inner) {
            return findCalendar(inner);
        }
        return Optional.empty();
    }

    private static java.nio.charset.Charset charset(String contentType) {
        Matcher m = Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)").matcher(contentType);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                // an unknown charset: iCalendar is UTF-8 by definition
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Invitation parse(String name, String text) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder(CalendarParserFactory.getInstance().get(),
                    new ContentHandlerContext().withSuppressInvalidProperties(false),
                    TimeZoneRegistryFactory.getInstance().createRegistry()).build(new StringReader(text));
        } catch (ParserException e) {
            throw new BadInputException(List.of(new followup.config.Problem(name, Math.max(0, e.getLineNo()), "",
                    "is not a readable iCalendar file: " + e.getMessage())));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(name, "is not a readable iCalendar file: " + e.getMessage());
        }
        Component event = calendar.getComponents().stream().filter(c -> c.getName().equals(Component.VEVENT))
                .findFirst().orElseThrow(() -> new BadInputException(name, "holds a calendar without an event"
                        + " (VEVENT): nothing to make an interview of"));
        Property dtstart = event.getProperty(Property.DTSTART).map(Property.class::cast).orElseThrow(
                () -> new BadInputException(name, "the event has no start time (DTSTART)"));
        List<Invitation.Person> attendees = new ArrayList<>();
        for (Property p : event.<Property>getProperties(Property.ATTENDEE)) {
            attendees.add(person(p));
        }
        Invitation.Person organizer = event.getProperty(Property.ORGANIZER).map(p -> person((Property) p))
                .orElse(null);
        return new Invitation(value(event, Property.SUMMARY), start(name, dtstart), organizer, attendees,
                links(event));
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(p -> ((Property) p).getValue()).orElse("");
    }

    private static Invitation.Start start(String name, Property dtstart) {
        String raw = dtstart.getValue().strip();
        String tzid = dtstart.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
        try {
            if (raw.length() == 8) {
                // an all-day event: the day is known, the hour is not
                return new Invitation.Start(LocalDate.parse(raw, DATE).atTime(9, 0), null, false);
            }
            boolean utc = raw.endsWith("Z") || raw.endsWith("z");
            LocalDateTime local = LocalDateTime.parse(utc ? raw.substring(0, raw.length() - 1) : raw, BASIC);
            return new Invitation.Start(local, utc ? null : tzid, utc);
        } catch (DateTimeParseException e) {
            throw new BadInputException(name, "DTSTART \"" + raw + "\" is not a date-time (a valid value looks like"
                    + " DTSTART;TZID=America/New_York:20270114T140000)");
        }
    }

    private static Invitation.Person person(Property p) {
        String name = p.getParameter(Parameter.CN).map(Parameter::getValue).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
        String cutype = p.getParameter(Parameter.CUTYPE).map(Parameter::getValue)
                .map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        return new Invitation.Person(name, email(p.getValue()), cutype);
    }

    private static String email(String calAddress) {
        if (calAddress == null) {
            return null;
        }
        String v = calAddress.strip();
        if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
            v = v.substring(7);
        }
        try {
            v = URI.create("mailto:" + v.replace(" ", "%20")).getSchemeSpecificPart();
        } catch (IllegalArgumentException e) {
            // keep it as written; the record loader says what is wrong with it
        }
        v = v.strip().toLowerCase(Locale.ROOT);
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
            Matcher m = CONFERENCE.matcher(t);
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
        if (!location.isEmpty() && !CONFERENCE.matcher(location).find() && !URL.matcher(location).matches()) {
            out.add("Where: " + location);
        }
        return List.copyOf(out);
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[.,;>]+$", "");
    }
}
