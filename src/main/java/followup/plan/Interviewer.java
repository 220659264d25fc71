package followup.plan;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person who sat in on the interview.
 *
 * @param email    lower-cased address, or null when the record has none
 * @param zone     the interviewer's own zone, or null to use the record's
 * @param address  a postal address for a handwritten card, or null
 * @param salutation how to address the person after "Dear" ("Dr. Weiß"), or null to derive it from the name
 * @param country  ISO 3166 alpha-2 country of this person for public holidays, or null to use the record's
 */
public record Interviewer(String name, String title, String email, ZoneId zone, List<String> topics,
                          boolean handwritten, String address, String salutation, String country) {
    public Interviewer {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        topics = List.copyOf(topics);
        salutation = salutation == null || salutation.isBlank() ? null : salutation.strip();
    }

    public Interviewer(String name, String title, String email, ZoneId zone, List<String> topics, boolean handwritten,
                       String address) {
        this(name, title, email, zone, topics, handwritten, address, null, null);
    }

    /** An interviewer with a salutation and no country of their own. */
    public Interviewer(String name, String title, String email, ZoneId zone, List<String> topics, boolean handwritten,
                       String address, String salutation) {
        this(name, title, email, zone, topics, handwritten, address, salutation, null);
    }

    /** How the record says to address this person ("Dr. Weiß"), if it says. */
    public Optional<String> salutationAsWritten() {
        return Optional.ofNullable(salutation);
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public String firstName() {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** Gets an emailed thank-you: has an address and did not ask for a card. */
    public boolean wantsEmail() {
        return email != null && !handwritten;
    }
}
