package followup.invite;

import followup.config.BadInputException;
import followup.config.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRules;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * When an invitation's event starts, as the record takes it: a DTSTART, RECURRENCE-ID or EXDATE value read in its
 * TZID (a named zone, UTC, the invitation's own VTIMEZONE, or none). A DTSTART that cannot be read is told at its line
 * of the file, as a syntax error of the calendar is.
 */
final class EventStarts {
    private final String file;
    private final Calendar calendar;
    private final String text;

    /**
     * @param file     how to name the file in problems
     * @param calendar the calendar read
     * @param text     the calendar's text as it was read, its lines where the file has them
     */
    EventStarts(String file, Calendar calendar, String text) {
        this.file = file;
        this.calendar = calendar;
        this.text = text;
    }

    /**
     * An event's DTSTART.
     *
     * @throws BadInputException at the property's line when it cannot be read
     */
    Invitation.Start of(Property dtstart) {
        try {
            return read(dtstart.getValue(), dtstart.getParameter(Parameter.TZID).map(Parameter::getValue)
                    .orElse(null));
        } catch (BadInputException e) {
            throw problem(Property.DTSTART, dtstart.getValue(), e.problems().get(0).message());
        }
    }

    /** A problem at the line of the property of that name and value. */
    BadInputException problem(String property, String value, String message) {
        return new BadInputException(List.of(new Problem(file, PropertyLines.line(text, property, value), property,
                message)));
    }

    /**
     * A date-time value and its TZID (or null).
     *
     * @throws BadInputException without a line when it cannot be read
     */
    Invitation.Start read(String value, String tzid) {
        String raw = value.strip();
        LocalDateTime local;
        boolean utc = raw.endsWith("Z") || raw.endsWith("z");
        boolean universal = WindowsZones.universal(tzid);   // TZID=UTC, GMT, Etc/UTC: a time in UTC as well
        try {
            if (raw.length() == 8) {
                // an all-day event: the day is known, the hour is not
                return new Invitation.Start(LocalDate.parse(raw, CalendarParts.DATE).atTime(9, 0), null, false, null,
                        true);
            }
            local = LocalDateTime.parse(utc ? raw.substring(0, raw.length() - 1) : raw, CalendarParts.BASIC);
        } catch (DateTimeParseException e) {
            throw new BadInputException(file, "\"" + raw + "\" is not a date-time (a valid value looks like"
                    + " DTSTART;TZID=America/New_York:20270114T140000)");
        }
        if (utc || universal) {
            // Google's exports name the calendar's zone: the time in UTC is meant there
            String calendarZone = calendar.getProperty("X-WR-TIMEZONE").map(p -> ((Property) p).getValue().strip())
                    .orElse("");
            return new Invitation.Start(local, calendarZone.isEmpty() ? null : calendarZone, true);
        }
        if (tzid == null || WindowsZones.zone(tzid).isPresent()) {
            return new Invitation.Start(local, tzid, false);
        }
        return new Invitation.Start(local, tzid, false, ownZone(tzid));
    }

    /** The rules of the invitation's VTIMEZONE for a TZID no table knows, as ical4j reads them. */
    private ZoneRules ownZone(String tzid) {
        String wanted = tzid.strip().replaceAll("^\"|\"$", "");
        for (Component c : calendar.getComponents(Component.VTIMEZONE)) {
            String id = c.getProperty(Property.TZID).map(p -> ((Property) p).getValue().strip()).orElse("");
            if (id.equals(wanted) && c instanceof VTimeZone vtz) {
                try {
                    return new ZoneRulesBuilder().vTimeZone(vtz).build();
                } catch (RuntimeException e) {
                    throw new BadInputException(file, "the zone \"" + tzid + "\" is neither an IANA nor a Windows"
                            + " zone name, and its VTIMEZONE cannot be read (" + e.getMessage() + "): write at and"
                            + " zone by hand, with followup add and no file");
                }
            }
        }
        throw new BadInputException(file, "the zone \"" + tzid + "\" is neither an IANA nor a Windows zone name, and"
                + " the file carries no VTIMEZONE that says what it is, so the time cannot be placed: ask for the"
                + " invitation with a named zone, or add the interview with followup add and no file");
    }
}
