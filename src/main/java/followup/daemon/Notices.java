package followup.daemon;

import followup.plan.Sender;
import followup.store.EventLog;
import followup.store.MessageStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices to self (a reply came in, an address bounced, a step was missed or failed). Each is queued once, under a
 * key that names what it is about, and goes out through the same at-most-once path as every other message.
 */
final class Notices {
    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);
    private static final String SIGNATURE = "\n-- followup\n";
    private final MessageStore store;
    private final EventLog events;
    private final Sender sender;
    private final Clock clock;

    Notices(MessageStore store, EventLog events, Sender sender, Clock clock) {
        this.store = store;
        this.events = events;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * @param about what makes this notice unique within the interview (e.g. {@code reply}, {@code missed:KEY})
     */
    void queue(String interviewId, String about, String subject, String body) {
        String key = interviewId + "/notice/" + about;
        Instant now = clock.instant();
        String messageId = "<notice." + interviewId.toLowerCase(java.util.Locale.ROOT) + "." + hash(key + now)
                + "@" + sender.domain() + ">";
        if (store.addNotice(key, interviewId, sender.notifyAddress(), messageId, subject, body + SIGNATURE, now,
                now.plus(Duration.ofDays(30)))) {
            LOG.info("Notice to self queued: {}", subject);
            events.record(now, interviewId, key, "notice", subject);
        }
    }

    private static String hash(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
