package followup.plan;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Who one planned message goes to. {@code email} is null only for an interviewer the record has no address
 * for; such a message is shown in the plan as skipped and never sent.
 */
public record Recipient(String name, String email, ZoneId zone) {
    public Recipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }

    /** The recipient part of a message key: the address, or {@code self} for the user's own reminders. */
    public String keyPart(boolean self) {
        if (self) {
            return "self";
        }
        return email != null ? email : "no-email:" + name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
