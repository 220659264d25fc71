package followup.daemon;

import followup.plan.Sender;
import followup.store.EventLog;
import followup.store.MessageStore;
import followup.template.NoticeTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
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

    /** The candidate whose notices these are ("" for the one job seeker): the interview ids of their keys carry it. */
    private final String candidate;

    Notices(MessageStore store, EventLog events, Sender sender, Clock clock) {
        this(store, events, sender, clock, "");
    }

    Notices(MessageStore store, EventLog events, Sender sender, Clock clock, String candidate) {
        this.candidate = candidate;
        this.store = store;
        this.events = events;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Queues the notice {@code name} written in the user's language ({@code sender.language}, else English), with
     * its moments on the user's clock ({@link NoticeTexts}).
     *
     * @param about what makes this notice unique within the interview (e.g. {@code reply}, {@code missed:KEY})
     */
    void queue(String interviewId, String about, String name, Map<String, ?> values) {
        NoticeTexts.Text text = new NoticeTexts(sender.language(), sender.zone()).render(name, values);
        queue(interviewId, about, text.subject(), text.body());
    }

    /**
     * @param interviewId the interview it is about, or a word for the mailbox as a whole ({@code mailbox}), which
     *                    is put under the candidate's name
     * @param about what makes this notice unique within the interview (e.g. {@code reply}, {@code missed:KEY})
     */
    void queue(String interviewId, String about, String subject, String body) {
        if (!candidate.isEmpty() && !interviewId.startsWith(candidate + "/")) {
            interviewId = candidate + "/" + interviewId;
        }
        String key = interviewId + "/notice/" + about;
        Instant now = clock.instant();
        String messageId = "<notice." + interviewId.toLowerCase(java.util.Locale.ROOT).replace('/', '.') + "."
                + hash(key + now)
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
