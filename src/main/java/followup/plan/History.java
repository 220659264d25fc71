package followup.plan;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What has already happened to an interview's messages, as far as the planner needs to know. */
public interface History {

    /** When the message with this key went out, if it did. */
    Optional<Instant> sentAt(String key);

    /** The Message-ID fixed for this key before its first attempt, if one was. */
    Optional<String> messageId(String key);

    History NONE = of(Map.of(), Map.of());

    static History of(Map<String, Instant> sent, Map<String, String> messageIds) {
        Map<String, Instant> sentCopy = Map.copyOf(sent);
        Map<String, String> idsCopy = Map.copyOf(messageIds);
        return new History() {
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
