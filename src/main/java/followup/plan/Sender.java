package followup.plan;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The job seeker: who the messages are from.
 *
 * @param notifyAddress      where reminders and notices to self go
 * @param debriefWith a friend who gets the debrief too, or null
 * @param language    the language of records that do not name one
 */
public record Sender(String name, String email, String phone, ZoneId zone, String notifyAddress, String debriefWith,
                     String language) {
    public Sender(String name, String email, String phone, ZoneId zone, String notifyAddress, String debriefWith) {
        this(name, email, phone, zone, notifyAddress, debriefWith, Interview.DEFAULT_LANGUAGE);
    }

    public Sender {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(zone, "zone");
        phone = phone == null ? "" : phone;
        notifyAddress = notifyAddress == null ? email : notifyAddress;
        language = language == null ? Interview.DEFAULT_LANGUAGE : language;
    }

    /** This sender writing in {@code other}: what a reminder with no translation for their language reads. */
    public Sender inLanguage(String other) {
        return other.equals(language) ? this : new Sender(name, email, phone, zone, notifyAddress, debriefWith, other);
    }

    public Optional<String> debriefPartner() {
        return Optional.ofNullable(debriefWith);
    }

    public String domain() {
        return email.substring(email.indexOf('@') + 1);
    }
}
