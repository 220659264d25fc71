package followup.invite;

import followup.config.Addresses;
import followup.config.RecordDraft;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an invitation into a new record: the company from the organizer's domain (or the summary), the position
 * from the summary, the start with its zone, the other people invited as interviewers, the links into notes.
 */
public final class RecordDrafts {
    private static final Set<String> NOT_A_NAME = Set.of("mail", "email", "corp", "hr", "jobs", "careers",
            "recruiting", "talent", "people", "us", "eu", "uk", "de", "www", "co", "com", "org", "net", "ac", "gov");
    /**
     * What a calendar puts before the summary of a changed or cancelled event ("Canceled: ...", "Updated invitation:
     * ...", "Abgesagt: ...", "Annulé : ..."), in English, German, French and Spanish; and after it ("(rescheduled)").
     */
    private static final Pattern STATE_PREFIX = Pattern.compile("(?iu)^\\s*(?:(?:updated|new|canceled|cancelled"
            + "|rescheduled|accepted|declined|tentative(?:ly accepted)?)(?:\\s+(?:invitation|event|meeting))?"
            + "(?:\\s+with\\s+note)?|invitation|updated|canceled|cancelled|rescheduled|moved|reminder"
            + "|abgesagt|aktualisiert|aktualisierte\\s+einladung|einladung|verschoben|neue\\s+zeit"
            + "|annul[ée]e?|mis\\s+à\\s+jour|mise\\s+à\\s+jour|invitation\\s+mise\\s+à\\s+jour|reporté"
            + "|cancelad[oa]|actualizad[oa]|invitación(?:\\s+actualizada)?|reprogramad[oa])\\s*:\\s*");
    private static final Pattern STATE_SUFFIX = Pattern.compile("(?iu)\\s*[(\\[](?:rescheduled|updated|new time"
            + "|canceled|cancelled|verschoben|abgesagt|aktualisiert|annulé|reporté|cancelado|reprogramado)[)\\]]\\s*$");

    private RecordDrafts() {
    }

    /** The summary without what the calendar says about the event's state ("Canceled: ", "Aktualisiert: "). */
    static String withoutState(String summary) {
        String s = summary;
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = STATE_PREFIX.matcher(s).replaceFirst("");
            s = STATE_SUFFIX.matcher(s).replaceFirst("");
        }
        return s.strip();
    }

    /**
     * @param own        the user's addresses (sender, notify): never an interviewer
     * @param senderZone for a start without a zone (a floating time)
     * @param source     where it came from, for the record's first comment
     */
    public static RecordDraft of(Invitation inv, Set<String> own, ZoneId senderZone, String source) {
        return of(inv, own, null, senderZone, source);
    }

    /**
     * @param own        the user's addresses (sender, notify): never an interviewer
     * @param ownName    the user's name, never the position nor the company when the summary names them, or null
     * @param senderZone for a start without a zone (a floating time)
     * @param source     where it came from, for the record's first comment
     */
    public static RecordDraft of(Invitation inv, Set<String> own, String ownName, ZoneId senderZone, String source) {
        own = Interviewers.lower(own);
        Interviewers.Found found = Interviewers.of(inv, own);
        List<RecordDraft.Person> people = found.people();
        String summary = withoutState(inv.summary());
        String domain = companyDomain(inv, own, summary);
        Set<String> names = new java.util.HashSet<>();
        people.forEach(p -> names.add(p.name().toLowerCase(Locale.ROOT)));
        java.util.stream.Stream.concat(inv.attendees().stream(), java.util.stream.Stream.ofNullable(inv.organizer()))
                .filter(p -> p.name() != null).forEach(p -> names.add(p.name().toLowerCase(Locale.ROOT)));
        if (ownName != null && !ownName.isBlank()) {
            names.add(ownName.strip().toLowerCase(Locale.ROOT));
        }
        Summaries.Read read = Summaries.read(summary, domain == null ? null : label(domain), names);
        String company = read.company();
        if (company == null && domain != null) {
            company = words(label(domain));
        }
        if (company == null || company.isBlank()) {
            company = "the company";
        }
        String position = read.position();
        String positionNote = null;
        String positionNotice = null;
        if (read.shape() == Summaries.Shape.NO_POSITION) {
            positionNote = "the invitation's summary names no position: write it here";
            positionNotice = "The invitation's summary \"" + summary + "\" names no position: position is left empty;"
                    + " write it in the file (the record does not pass validate until then).";
        } else if (read.shape() == Summaries.Shape.WHOLE) {
            position = summary.isBlank() ? "the position" : summary;
            positionNote = summary.isBlank() ? "the invitation has no summary: write the position here"
                    : "the invitation's whole summary: check it";
            positionNotice = summary.isBlank() ? "The invitation has no summary: position is \"the position\";"
                    + " write the real one in the file." : "The position is the invitation's whole summary, \""
                    + summary + "\": check it in the file.";
        }
        ZoneId zone;
        String zoneNote = null;
        LocalDateTime at = inv.start().local();
        String notice = null;
        if (inv.start().utc()) {
            ZoneId named = inv.start().tzid() == null || WindowsZones.universal(inv.start().tzid()) ? null
                    : WindowsZones.zone(inv.start().tzid()).orElse(null);
            zone = named != null ? named : senderZone;
            at = at.atZone(ZoneId.of("UTC")).withZoneSameInstant(zone).toLocalDateTime();
            String whose = named != null ? "the calendar's zone (X-WR-TIMEZONE)" : "your zone";
            zoneNote = "the invitation gave the time in UTC only (" + inv.start().local() + "Z): written in " + whose
                    + "; if the company is elsewhere, put its zone here and the time in it";
            notice = "The invitation gives the time in UTC only (" + inv.start().local().toString().replace('T', ' ')
                    + " UTC): it is written in " + whose + ", " + zone.getId() + ", as " + at.toString()
                    .replace('T', ' ') + ".";
        } else if (inv.start().allDay()) {
            zone = senderZone;
            zoneNote = "an all-day event: the hour is not known; set at to the interview's time";
            notice = "The invitation is an all-day event on " + at.toLocalDate() + ": the hour is not known, so at is"
                    + " " + at.toLocalTime() + " in your zone; set the real time in the file.";
        } else if (inv.start().tzid() == null) {
            zone = senderZone;
            zoneNote = "the invitation gave no zone: the time is read in yours";
        } else if (inv.start().rules() != null) {
            ZoneMatch.Chosen chosen = ZoneMatch.of(inv.start().tzid(), inv.start().rules(), at, senderZone);
            zone = chosen.zone();
            at = chosen.at();
            notice = chosen.notice();
            zoneNote = "from the invitation's own zone \"" + inv.start().tzid() + "\"";
        } else {
            zone = WindowsZones.zone(inv.start().tzid()).orElseThrow();
        }
        String notes = String.join("\n", inv.links());
        RecordDraft draft = new RecordDraft(company, position, at, zone, people, notes, zoneNote, source)
                .withPositionNote(positionNote);
        if (positionNotice != null) {
            draft = draft.noting(positionNotice);
        }
        for (String n : inv.notices()) {
            draft = draft.noting(n);
        }
        if (!found.leftOut().isEmpty()) {
            draft = draft.noting("Left out: " + String.join(", ", found.leftOut()) + ". Add to interviewers in the"
                    + " file whoever of them you meet.");
        }
        draft = agency(inv, own, people, draft);
        java.util.Optional<RecordDraft.Person> organizer = Interviewers.organizerLeftOut(inv, own, people);
        if (organizer.isPresent() && draft.domains() == null) {   // an agency's recruiter is said by agency()
            RecordDraft.Person o = organizer.get();
            draft = draft.noting("The organizer, " + o.name() + " <" + o.email() + ">, is not among the people invited"
                    + " (Outlook and Exchange leave the organizer out), so is no interviewer and gets no thank-you;"
                    + " if you meet them, add to interviewers in the file: " + o.entry());
        }
        return notice == null ? draft : draft.noting(notice);
    }

    /**
     * A recruiter who sent the invitation from another domain than the people invited (an agency's, to meet its
     * client's people) is no interviewer, and the company's answer often comes from her: her address goes into
     * {@code domains}, with the people's domains that are the default, so that her answer holds the follow-ups
     * without making every recruiter of her agency the company.
     */
    private static RecordDraft agency(Invitation inv, Set<String> own, List<RecordDraft.Person> people,
                                      RecordDraft draft) {
        Invitation.Person o = inv.organizer();
        if (o == null || o.email() == null || Interviewers.own(o.email().toLowerCase(Locale.ROOT), own)
                || Interviewers.service(o.email()) || Addresses.check(o.email()).isPresent()) {
            return draft;
        }
        String organizer = o.email().strip().toLowerCase(Locale.ROOT);
        List<String> domains = Addresses.defaultDomains(people.stream().map(RecordDraft.Person::email).toList());
        String domain = Addresses.domainOf(organizer);
        if (domains.isEmpty() || people.stream().anyMatch(p -> organizer.equalsIgnoreCase(p.email()))
                || domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
            return draft;
        }
        List<String> entries = new ArrayList<>(domains);
        entries.add(organizer);
        String name = Interviewers.name(o);
        return draft.withDomains(new RecordDraft.Domains(entries, name + " sent the invitation from another domain"
                + " (an agency?): an answer from this address holds the follow-ups as the company's"))
                .noting(name + " <" + organizer + "> sent the invitation from another domain than the people invited"
                        + " (a recruiting agency?) and is no interviewer: the record lists the address in domains, so"
                        + " an answer from it holds the follow-ups as the company's would.");
    }

    /**
     * The mail domain of the company: the organizer's, else the one most of the people invited write from; but the
     * one the summary names when another does ("Interview: Backend Engineer with Falkenrot Software" sent by a
     * recruiting agency's recruiter to meet the client's people: falkenrot-software.de, not the agency's domain).
     */
    private static String companyDomain(Invitation inv, Set<String> own, String summary) {
        Set<String> mine = new LinkedHashSet<>();
        own.forEach(a -> mine.add(Addresses.domainOf(a)));
        List<String> candidates = new ArrayList<>();
        if (inv.organizer() != null && inv.organizer().email() != null && !Interviewers.service(inv.organizer()
                .email())) {
            candidates.add(Addresses.domainOf(inv.organizer().email()));
        }
        Map<String, Integer> counts = new HashMap<>();
        inv.attendees().stream().filter(Invitation.Person::individual).filter(p -> p.email() != null)
                .filter(p -> !Interviewers.service(p.email()))
                .map(p -> Addresses.domainOf(p.email())).forEach(d -> counts.merge(d, 1, Integer::sum));
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> candidates.add(e.getKey()));
        List<String> found = candidates.stream().filter(d -> !mine.contains(d) && !Interviewers.serviceDomain(d))
                .toList();
        String named = Summaries.squash(summary);
        String plain = Summaries.squashAccents(summary);
        return found.stream().filter(d -> {
            String label = Summaries.squash(label(d));
            return label.length() > 2 && (named.contains(label) || plain.contains(label));
        }).findFirst().orElse(found.isEmpty() ? null : found.get(0));
    }

    /** The name-bearing label of a domain: {@code acme} of {@code mail.acme.co.uk}. */
    static String label(String domain) {
        List<String> labels = new ArrayList<>(Arrays.asList(domain.toLowerCase(Locale.ROOT).split("\\.")));
        if (labels.size() > 1) {
            labels.remove(labels.size() - 1);
        }
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (!NOT_A_NAME.contains(labels.get(i))) {
                return labels.get(i);
            }
        }
        return labels.get(labels.size() - 1);
    }

    static String words(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("[\\s-]+")) {
            if (!w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
