package followup.invite;

import followup.config.Addresses;
import followup.config.RecordDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who on an invitation is an interviewer: the people invited, without the user (also as {@code name+tag@}), rooms,
 * groups and lists, scheduling services and their no-reply addresses, a recruiting team's shared mailbox, those who
 * declined and those invited only to know ({@code ROLE=NON-PARTICIPANT}); when nobody is left, the organizer. What is
 * left out is said, so the user can put someone back.
 */
public final class Interviewers {
    /** At most this many interviewers in a record. */
    static final int MAX = 50;
    /**
     * Domains of calendar, meeting and recruiting services (their rooms, notices and scheduling mailboxes, under
     * whatever name): they say nothing about the company, whoever the address is.
     */
    private static final Set<String> SERVICES = Set.of("calendar.google.com", "teams.microsoft.com", "calendly.com",
            "goodtime.io", "greenhouse.io", "greenhouse-mail.io", "ashbyhq.com", "modernloop.io", "lever.co",
            "workday.com", "myworkday.com", "icims.com", "smartrecruiters.com", "workablemail.com", "example.com");
    /**
     * Companies that run a calendar or meeting service and employ many people: an interview there is sent from their
     * people's own addresses at the domain itself ({@code priya@google.com}), where only a system's mailbox
     * ({@code calendar-notification@google.com}, {@code no-reply@zoom.us}) is a service; a domain under it
     * ({@code resource.calendar.google.com}) is the service's.
     */
    private static final Set<String> EMPLOYERS = Set.of("google.com", "microsoft.com", "zoom.us", "webex.com");
    /** Mailboxes that send invitations for a team or a system, not a person. */
    private static final Pattern SERVICE_LOCAL = Pattern.compile("(?i)(?:no-?reply|do-?not-?reply|donotreply"
            + "|scheduling|scheduler|interviews?|recruiting-coordination|calendar|notifications?|mailer-daemon)"
            + "(?:[+._-].*)?");
    /**
     * The shared mailboxes of a recruiting or HR team ({@code talent@}, {@code careers@}, {@code jobs@},
     * {@code recruiting@}, {@code hr@}; {@code karriere@}, {@code bewerbung@}, {@code recrutement@}), whose calendar
     * sends the invitation and is listed among the guests: a thank-you there greets nobody ("Dear Careers,"). They are
     * the company's all the same, and the interviewer when nobody else is invited.
     */
    private static final Pattern TEAM_LOCAL = Pattern.compile("(?i)(?:talent(?:[._-]?acquisition)?|careers?|jobs?"
            + "|recruit(?:ing|ment|ers?)?|hr|human[._-]?resources|hiring|people[._-]?ops|staffing|applicants?"
            + "|candidates?|karriere|bewerbung(?:en)?|recrutement|rh|empleo|seleccion)(?:[+._-][a-z]{2,3})?");
    /** A room named like one ("Room 4.12", "Conf Rm 3", "Raum 2.07", "Salle 12") when CUTYPE does not say. */
    private static final Pattern ROOM = Pattern.compile("(?iu)(?=.*\\d).*\\b(?:room|rm|conf(?:erence)?|raum"
            + "|besprechungsraum|salle|sala|meeting\\s*room)\\b.*");
    /** A list named like one ("iOS Interviewers", "Hiring Team", "All Engineering"). */
    private static final Pattern LIST = Pattern.compile("(?iu).*\\b(?:interviewers|panel|team|group|list|staff)"
            + "|^all\\b.*|.*\\bdistribution\\b.*");

    /**
     * @param people  the interviewers, in the invitation's order
     * @param leftOut who was left out and why ("Lee Chen <lee@acme.example> (declined)"), for the console
     */
    record Found(List<RecordDraft.Person> people, List<String> leftOut) {
    }

    private Interviewers() {
    }

    static Found of(Invitation inv, Set<String> own) {
        Map<String, RecordDraft.Person> out = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        for (Invitation.Person p : inv.attendees()) {
            if (p.email() == null && p.name() == null || p.email() != null && own.contains(p.email())) {
                continue;
            }
            String why = why(p, own);
            if (why != null) {
                leftOut.add(shown(p) + " (" + why + ")");
                continue;
            }
            String key = p.email() == null ? "name:" + p.name() : p.email();
            out.putIfAbsent(key, new RecordDraft.Person(name(p), p.email()));
        }
        Invitation.Person o = inv.organizer();
        if (out.isEmpty() && o != null && o.email() != null && !own(o.email(), own) && !service(o.email())
                && Addresses.check(o.email()).isEmpty()) {
            out.put(o.email(), new RecordDraft.Person(name(o), o.email()));
        }
        List<RecordDraft.Person> people = new ArrayList<>(out.values());
        if (people.size() > MAX) {
            leftOut.add((people.size() - MAX) + " more after the first " + MAX + " (a record holds at most " + MAX
                    + " interviewers): " + String.join(", ", people.subList(MAX, people.size()).stream()
                    .map(p -> p.email() == null ? p.name() : p.email()).toList()));
            people = people.subList(0, MAX);
        }
        return new Found(people, leftOut);
    }

    /**
     * The organizer, when the invitation does not list them among the people invited (Outlook and Exchange never do)
     * and others are the interviewers: likely the person met, whom the record leaves out. Empty for an organizer who
     * is invited too, the user, a scheduling service or system mailbox, and a team's shared mailbox.
     */
    static java.util.Optional<RecordDraft.Person> organizerLeftOut(Invitation inv, Set<String> own,
                                                                   List<RecordDraft.Person> people) {
        Invitation.Person o = inv.organizer();
        if (people.isEmpty() || o == null || o.email() == null || Addresses.check(o.email()).isPresent()) {
            return java.util.Optional.empty();
        }
        String email = o.email().strip().toLowerCase(Locale.ROOT);
        boolean invited = inv.attendees().stream().anyMatch(p -> email.equalsIgnoreCase(p.email()))
                || people.stream().anyMatch(p -> email.equalsIgnoreCase(p.email()));   // nobody else was invited
        if (invited || own(email, own) || service(email) || team(email)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RecordDraft.Person(name(o), email));
    }

    /** Whether an address is a recruiting or HR team's shared mailbox ({@code talent@}, {@code careers@}, ...). */
    private static boolean team(String email) {
        return TEAM_LOCAL.matcher(email.substring(0, Math.max(0, email.lastIndexOf('@')))).matches();
    }

    /**
     * Why someone on an invitation read from the mailbox is no interviewer by what the invitation says of them (a
     * room, a group, declined, a scheduling service, ...), or null when they may be one; the user's own addresses are
     * {@link #own}'s to tell.
     */
    public static String notAnInterviewer(Invitation.Person p) {
        return why(p, Set.of());
    }

    /** Why someone on the invitation is no interviewer, or null when they are one. */
    private static String why(Invitation.Person p, Set<String> own) {
        if (p.email() != null && own(p.email(), own)) {
            return "your own address";
        }
        if ("ROOM".equals(p.cutype()) || !p.individual() && "RESOURCE".equals(p.cutype())) {
            return "ROOM".equals(p.cutype()) ? "a room" : "a resource";
        }
        if ("GROUP".equals(p.cutype())) {
            return "a group";
        }
        if (!p.individual()) {
            return "not a person: CUTYPE=" + p.cutype();
        }
        // Google Calendar calls every guest CUTYPE=INDIVIDUAL, rooms booked by address and mailing lists too
        boolean unsaid = p.cutype() == null || "INDIVIDUAL".equals(p.cutype());
        if (unsaid && p.name() != null && ROOM.matcher(p.name()).matches()) {
            return "a room, by its name";
        }
        if (unsaid && p.name() != null && LIST.matcher(p.name()).matches()) {
            return "a list, by its name";
        }
        if ("DECLINED".equals(p.partstat())) {
            return "declined";
        }
        if ("NON-PARTICIPANT".equals(p.role())) {
            return "invited for information only";
        }
        if (p.email() != null && service(p.email())) {
            return "a scheduling service";
        }
        if (p.email() != null && team(p.email())) {
            return "a team's mailbox, not a person";
        }
        if (p.email() != null && Addresses.check(p.email()).isPresent()) {
            return "not a valid address";
        }
        return null;
    }

    private static String shown(Invitation.Person p) {
        return p.name() == null || p.name().equalsIgnoreCase(p.email()) ? p.email()
                : p.email() == null ? p.name() : p.name() + " <" + p.email() + ">";
    }

    /** Whether an address is the user's: one of theirs, or one of theirs with a {@code +tag}. */
    public static boolean own(String email, Set<String> own) {
        return own.contains(email) || own.contains(email.replaceFirst("\\+[^@]*@", "@"));
    }

    /**
     * Whether an address belongs to a calendar, meeting or recruiting service, or is a system's mailbox: a person at
     * a company that runs such a service ({@code jane@google.com}) is not one.
     */
    static boolean service(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && SERVICE_LOCAL.matcher(email.substring(0, at)).matches() || serviceDomain(
                Addresses.domainOf(email));
    }

    /**
     * Whether a domain says nothing about the company: webmail, or a calendar, meeting or recruiting service's (not
     * google.com, microsoft.com, zoom.us or webex.com themselves, whose people write from them).
     */
    static boolean serviceDomain(String domain) {
        return Addresses.WEBMAIL.contains(domain) || under(domain, SERVICES)
                || under(domain, EMPLOYERS) && !EMPLOYERS.contains(domain);
    }

    private static boolean under(String domain, Set<String> domains) {
        for (String s : domains) {
            if (domain.equals(s) || domain.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }

    /** The CN, or a name made from the address ({@code jane.doe@} is Jane Doe). */
    public static String name(Invitation.Person p) {
        return PersonNames.of(p.name(), p.email());
    }

    /** The user's addresses in lower case. */
    public static Set<String> lower(Set<String> own) {
        return Set.copyOf(own.stream().filter(a -> a != null && !a.isBlank()).map(a -> a.strip()
                .toLowerCase(Locale.ROOT)).toList());
    }
}
