package followup.daemon;

import followup.store.StoredMessage;
import jakarta.mail.internet.MimeMessage;

/** Told about every message that went out and every state change worth showing (used by {@code demo}). */
public interface DeliveryListener {
    void sent(StoredMessage message, MimeMessage mime);

    default void settled(String key, String state, String reason) {
    }

    DeliveryListener NONE = (message, mime) -> { };
}
