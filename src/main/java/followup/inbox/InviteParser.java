package followup.inbox;

import followup.invite.CalendarNames;
import followup.invite.CalendarParts;
import followup.invite.EncodedWords;
import followup.invite.FirstOccurrence;
import followup.invite.Interviewers;
import followup.invite.Invitation;
import followup.invite.PersonNames;
import followup.invite.WindowsZones;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads a calendar invitation from the company with ical4j: from the bytes of an {@code .ics} file, from a whole
 * message ({@code .eml}) carrying a {@code text/calendar} part or an {@code .ics} attachment, inline, nested or
 * forwarded, or from a message part (found by {@link CalendarParts}, as the intake finds one). Never fails: what is
 * not a readable invitation is empty.
 */
public final class InviteParser {
    /** An invitation is a few kilobytes; the rest of a larger calendar part is not read. */
    public static final int MAX_CALENDAR = 256 * 1024;
    /** Control characters other than line breaks and tabs never leave the parser (logs, notices, records). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private InviteParser() {
    }

    /** An {@code .ics} file or a whole message, told apart by their first line. */
    public static Optional<Invite> read(byte[] bytes) {
        return CalendarParts.isCalendarFile(bytes) ? calendar(bytes) : message(bytes);
    }

    /** The invitation in a whole message's bytes, if any. */
    public static Optional<Invite> message(byte[] eml) {
        try {
            return CalendarParts.inMessage(eml, MAX_CALENDAR).flatMap(InviteParser::calendar);
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The invitation in a message or part (the first calendar part found, depth first), if any. */
    public static Optional<Invite> ofPart(Part part) {
        try {
            return CalendarParts.in(part, MAX_CALENDAR).flatMap(InviteParser::calendar);
        } catch (MessagingException | IOException | RuntimeException e) {
            InboxMessages.rethrowIfDisconnectedUnchecked(e);
            return Optional.empty();
        }
    }

    /** An iCalendar file's bytes (UTF-8). */
    private static Optional<Invite> calendar(byte[] ics) {
        return calendar(new CalendarParts.Found(CalendarParts.text(ics, MAX_CALENDAR, null), null));
    }

    private static Optional<Invite> calendar(CalendarParts.Found found) {
        try {
            String text = EncodedWords.quoted(CalendarNames.upperCased(found.text()));
            Calendar calendar = new CalendarBuilder(CalendarParserFactory.getInstance().get(),
                    new ContentHandlerContext().withSuppressInvalidProperties(true),
                    TimeZoneRegistryFactory.getInstance().createRegistry()).build(new StringReader(text));
            // a recurring invitation is its first date still on the calendar, as followup add takes it
            Optional<FirstOccurrence.Found> event = FirstOccurrence.of(calendar, text);
            if (event.isEmpty()) {
                return Optional.empty();
            }
            String method = calendar.getProperty(Property.METHOD).map(p -> ((Property) p).getValue())
                    .orElse(found.mimeMethod() == null ? "" : found.mimeMethod());
            return invite(method.strip().toUpperCase(Locale.ROOT), event.get().event(), event.get().at(),
                    event.get().cancelled());
        } catch (Exception e) { // ical4j throws ParserException, IOException and runtime exceptions of many kinds
            return Optional.empty();
        }
    }

    /**
     * @param at             the series' date that is the interview when it is not its DTSTART's
     * @param seriesCancelled no date of the series is left
     */
    private static Optional<Invite> invite(String method, VEvent event, Optional<Invitation.Start> at,
                                           boolean seriesCancelled) {
        Optional<Property> dtstart = event.getProperty(Property.DTSTART);
        if (dtstart.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> first = when(dtstart.get(), event, true);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        boolean allDay = dtstart.get().getValue().strip().length() == 8;
        ZonedDateTime firstEnd = event.getProperty(Property.DTEND).flatMap(p -> when((Property) p, event, false))
                .or(() -> event.getProperty(Property.DURATION).flatMap(d -> plus(first.get(),
                        ((Property) d).getValue())))
                .orElse(allDay ? first.get().plusDays(1) : first.get());
        // a later date of the series: the same clock time in the same zone, as long as the first; in the
        // invitation's own VTIMEZONE, at that date's offset (the first's may be the other side of summer time)
        Optional<ZonedDateTime> start = at.map(d -> allDay ? d.local().toLocalDate().atStartOfDay(first.get().getZone())
                : d.rules() != null && first.get().getZone() instanceof ZoneOffset
                ? ZonedDateTime.of(d.local(), d.rules().getOffset(d.local()))
                : ZonedDateTime.of(d.local(), first.get().getZone())).or(() -> first);
        ZonedDateTime end = start.get().plus(Duration.between(first.get(), firstEnd));
        Optional<Invite.Person> organizer = event.getProperty(Property.ORGANIZER)
                .map(p -> new Invite.Person(cn((Property) p), email(((Property) p).getValue())));
        List<Invite.Attendee> attendees = new ArrayList<>();
        for (Property p : event.<Property>getProperties(Property.ATTENDEE)) {
            String role = p.getParameter(Parameter.ROLE).map(r -> ((Parameter) r).getValue().toUpperCase(Locale.ROOT))
                    .orElse(null);
            String name = cn(p);
            String email = email(p.getValue());
            attendees.add(new Invite.Attendee(name, email, role, Interviewers.notAnInterviewer(new Invitation.Person(
                    name.isEmpty() ? null : name, email.isEmpty() ? null : email, parameter(p, Parameter.CUTYPE), role,
                    parameter(p, Parameter.PARTSTAT)))));
        }
        Optional<String> location = text(event, Property.LOCATION);
        Optional<String> description = text(event, Property.DESCRIPTION);
        Optional<String> conference = text(event, "X-GOOGLE-CONFERENCE")
                .or(() -> text(event, "X-MICROSOFT-SKYPETEAMSMEETINGURL"))
                .or(() -> text(event, "CONFERENCE")).or(() -> text(event, Property.URL))
                .or(() -> location.flatMap(InviteParser::conferenceLink))
                .or(() -> description.flatMap(InviteParser::conferenceLink));
        String raw = dtstart.get().getValue().strip();
        boolean floating = allDay || !raw.endsWith("Z") && !raw.endsWith("z")
                && dtstart.get().getParameter(Parameter.TZID).isEmpty();
        return Optional.of(new Invite(method, text(event, Property.UID).orElse(""),
                text(event, Property.SUMMARY).orElse(""), start.get(), end, organizer, attendees, location,
                description, conference, floating, seriesCancelled || text(event, Property.STATUS)
                .filter(s -> s.equalsIgnoreCase("CANCELLED")).isPresent()));
    }

    /**
     * A DTSTART or DTEND in its zone: the TZID's when Java knows it or it is a Windows name; else the instant ical4j
     * computes from the calendar's VTIMEZONE, at its UTC offset; UTC for a {@code Z} time, a floating time or a day.
     */
    private static Optional<ZonedDateTime> when(Property p, VEvent event, boolean isStart) {
        String raw = p.getValue() == null ? "" : p.getValue().strip();
        try {
            if (raw.length() == 8) {
                return Optional.of(LocalDate.parse(raw, CalendarParts.DATE).atStartOfDay(ZoneOffset.UTC));
            }
            if (raw.endsWith("Z") || raw.endsWith("z")) {
                return Optional.of(LocalDateTime.parse(raw.substring(0, raw.length() - 1), CalendarParts.BASIC)
                        .atZone(ZoneOffset.UTC));
            }
            LocalDateTime local = LocalDateTime.parse(raw, CalendarParts.BASIC);
            Optional<String> tzid = p.getParameter(Parameter.TZID).map(t -> ((Parameter) t).getValue());
            if (tzid.isEmpty()) {
                return Optional.of(local.atZone(ZoneOffset.UTC));
            }
            Optional<ZoneId> zone = WindowsZones.zone(tzid.get());
            if (zone.isPresent()) {
                return Optional.of(local.atZone(zone.get()));
            }
            Optional<? extends Temporal> computed = isStart ? event.getStartDate().map(d -> d.getDate())
                    : event.getEndDate().map(d -> d.getDate());
            if (computed.isPresent() && computed.get() instanceof ZonedDateTime z) {
                return Optional.of(z.withZoneSameInstant(z.getOffset()));
            }
            return Optional.of(local.atZone(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZonedDateTime> plus(ZonedDateTime start, String duration) {
        try {
            String d = duration.strip().toUpperCase(Locale.ROOT);
            if (d.matches("[+-]?P\\d+W")) {
                return Optional.of(start.plusWeeks(Long.parseLong(d.replaceAll("\\D", ""))));
            }
            int t = d.indexOf('T');
            if (t < 0) {
                return Optional.of(start.plus(Period.parse(d)));
            }
            ZonedDateTime days = t > d.indexOf('P') + 1 ? start.plus(Period.parse(d.substring(0, t))) : start;
            return Optional.of(days.plus(Duration.parse("PT" + d.substring(t + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).map(String::strip)
                .map(s -> CONTROL.matcher(s).replaceAll("\uFFFD")).filter(s -> !s.isEmpty())
                .map(s -> s.length() <= Invite.MAX_TEXT ? s : s.substring(0, Invite.MAX_TEXT));
    }

    private static Optional<String> conferenceLink(String text) {
        Matcher m = CalendarParts.CONFERENCE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** A parameter's value upper-cased, or null when it is not there. */
    private static String parameter(Property p, String name) {
        return p.getParameter(name).map(v -> ((Parameter) v).getValue().strip().toUpperCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).orElse(null);
    }

    /** A CN, decoded when a mail client wrote it as an RFC 2047 encoded word. */
    private static String cn(Property p) {
        return p.getParameter(Parameter.CN).map(c -> PersonNames.decode(((Parameter) c).getValue().strip()))
                .orElse("");
    }

    /** {@code jane@acme.example} of {@code mailto:Jane@Acme.example}; empty when it names no mail address. */
    private static String email(String calAddress) {
        String v = CalendarParts.mailto(calAddress);
        return v.matches("[^@\\s<>]+@[^@\\s<>]+") ? v : "";
    }
}
