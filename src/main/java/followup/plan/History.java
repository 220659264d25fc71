package followup.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What has already happened to an interview's messages, as far as the planner needs to know. */
public interface History {

    /** When the message with this key went out, if it did. */
    Optional<Instant> sentAt(String key);

    /** The Message-ID fixed for this key before its first attempt, if one was. */
    Optional<String> messageId(String key);

    /** The return date read from the latest out-of-office reply from this (lower-case) address, if any. */
    default Optional<LocalDate> backOn(String address) {
        return Optional.empty();
    }

    History NONE = of(Map.of(), Map.of());

    static History of(Map<String, Instant> sent, Map<String, String> messageIds) {
        return of(sent, messageIds, Map.of());
    }

    static History of(Map<String, Instant> sent, Map<String, String> messageIds, Map<String, LocalDate> away) {
        Map<String, Instant> sentCopy = Map.copyOf(sent);
        Map<String, String> idsCopy = Map.copyOf(messageIds);
        Map<String, LocalDate> awayCopy = Map.copyOf(away);
        return new History() {
            @Override
            public Optional<LocalDate> backOn(String address) {
                return address == null ? Optional.empty() : Optional.ofNullable(awayCopy.get(address));
            }

            @Override
            public Optional<Instant> sentAt(String key) {
                return Optional.ofNullable(sentCopy.get(key));
            }

            @Override
            public Optional<String> messageId(String key) {
                return Optional.ofNullable(idsCopy.get(key));
            }
        };
    }
}
