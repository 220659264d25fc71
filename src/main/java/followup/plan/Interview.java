package followup.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One interview record ({@code conf/interviews/<id>.conf}), validated.
 *
 * @param contact     the address follow-ups go to: one of the interviewers' addresses
 * @param nextStepBy  the date the company said it would be in touch by, or null
 * @param domains     the company's mail domains, and the addresses of people who answer for it from elsewhere (an
 *                    agency's recruiter), used to recognise replies
 * @param templates   per-record template overrides, step id to file name
 * @param language    the language of the messages to the company ("en", "de", "fr", "es")
 * @param takeaways   what the debrief brought out (their concern, what they really need), for the follow-up
 * @param positionTitle how the messages name the position, or null for {@code position} without its job-ad suffix
 * @param country     ISO 3166 alpha-2 country of the company for public holidays, or null (derived from the zone)
 * @param previous    the id of the earlier round this record follows, or null; its pending follow-ups give way
 */
public record Interview(String id, String company, String position, LocalDateTime at, ZoneId zone,
                        List<Interviewer> interviewers, String contact, String phone, LocalDate nextStepBy,
                        List<String> promisedByMe, List<String> promisedToMe, String notes, Status status,
                        List<String> domains, Map<String, String> templates, String language,
                        List<String> takeaways, String positionTitle, String country, String previous) {

    /** The language of a record that does not name one. */
    public static final String DEFAULT_LANGUAGE = "en";

    public enum Status { ACTIVE, CLOSED }

    public Interview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        interviewers = List.copyOf(interviewers);
        promisedByMe = List.copyOf(promisedByMe);
        promisedToMe = List.copyOf(promisedToMe);
        domains = List.copyOf(domains);
        templates = Map.copyOf(templates);
        notes = notes == null ? "" : notes;
        phone = phone == null ? "" : phone;
        language = language == null ? DEFAULT_LANGUAGE : language;
        takeaways = takeaways == null ? List.of() : List.copyOf(takeaways);
        positionTitle = positionTitle == null || positionTitle.isBlank() ? null : positionTitle.strip();
    }

    /** A record in English with no takeaways and no separate position title. */
    public Interview(String id, String company, String position, LocalDateTime at, ZoneId zone,
                     List<Interviewer> interviewers, String contact, String phone, LocalDate nextStepBy,
                     List<String> promisedByMe, List<String> promisedToMe, String notes, Status status,
                     List<String> domains, Map<String, String> templates) {
        this(id, company, position, at, zone, interviewers, contact, phone, nextStepBy, promisedByMe, promisedToMe,
                notes, status, domains, templates, DEFAULT_LANGUAGE, List.of(), null, null, null);
    }

    /** This record written in {@code other}: what a template with no translation for its language reads. */
    public Interview inLanguage(String other) {
        return other.equals(language) ? this : new Interview(id, company, position, at, zone, interviewers, contact,
                phone, nextStepBy, promisedByMe, promisedToMe, notes, status, domains, templates, other, takeaways,
                positionTitle, country, previous);
    }

    /** The position as the messages name it: {@code position-title}, else the position without a job-ad suffix. */
    public String positionShown() {
        return positionTitle != null ? positionTitle : Positions.withoutSuffix(position);
    }

    /** A record without a country of its own or an earlier round. */
    public Interview(String id, String company, String position, LocalDateTime at, ZoneId zone,
                     List<Interviewer> interviewers, String contact, String phone, LocalDate nextStepBy,
                     List<String> promisedByMe, List<String> promisedToMe, String notes, Status status,
                     List<String> domains, Map<String, String> templates, String language, List<String> takeaways,
                     String positionTitle) {
        this(id, company, position, at, zone, interviewers, contact, phone, nextStepBy, promisedByMe, promisedToMe,
                notes, status, domains, templates, language, takeaways, positionTitle, null, null);
    }

    /** An English record with a country and an earlier round, but no takeaways or separate position title. */
    public Interview(String id, String company, String position, LocalDateTime at, ZoneId zone,
                     List<Interviewer> interviewers, String contact, String phone, LocalDate nextStepBy,
                     List<String> promisedByMe, List<String> promisedToMe, String notes, Status status,
                     List<String> domains, Map<String, String> templates, String country, String previous) {
        this(id, company, position, at, zone, interviewers, contact, phone, nextStepBy, promisedByMe, promisedToMe,
                notes, status, domains, templates, DEFAULT_LANGUAGE, List.of(), null, country, previous);
    }

    /**
     * The candidate an interview id belongs to: the part before its slash ({@code alice} for {@code alice/acme}), or
     * "" for the one job seeker of a config without candidates, whose ids have none.
     */
    public static String candidateOf(String interviewId) {
        int slash = interviewId == null ? -1 : interviewId.indexOf('/');
        return slash < 0 ? "" : interviewId.substring(0, slash);
    }

    /** The candidate this interview belongs to (see {@link #candidateOf}). */
    public String candidate() {
        return candidateOf(id);
    }

    public Optional<String> previousRound() {
        return Optional.ofNullable(previous);
    }

    public ZonedDateTime start() {
        return at.atZone(zone);
    }

    public Optional<Interviewer> contactPerson() {
        return interviewers.stream().filter(i -> contact != null && contact.equals(i.email())).findFirst();
    }

    public Optional<LocalDate> statedTimeline() {
        return Optional.ofNullable(nextStepBy);
    }

    public boolean closed() {
        return status == Status.CLOSED;
    }
}
