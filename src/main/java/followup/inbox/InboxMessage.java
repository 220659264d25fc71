package followup.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts about one message in a watched folder, read from its headers (and, for delivery reports, the small DSN
 * parts) only. The same message polled again after a UIDVALIDITY change comes back with a new {@code uid}: callers
 * de-duplicate by {@code folder} + the folder's UIDVALIDITY + {@code uid}, or by {@code messageId}.
 *
 * @param folder          the IMAP folder it sits in, as configured
 * @param uid             its IMAP UID in that folder
 * @param received        IMAP INTERNALDATE (when the server stored it)
 * @param messageId       its own (first) {@code Message-ID} with angle brackets, or null
 * @param from            the first address of the first {@code From} field, lower-cased and bare, or null (also when
 *                        it holds a control character: such an address matches nobody)
 * @param subject         the decoded subject on one line, control characters replaced by U+FFFD, or null
 * @param referencedIds   every {@code In-Reply-To} then every {@code References} field, each {@code <...>},
 *                        de-duplicated, at most {@value #MAX_REFERENCES}
 * @param autoReplySignal the header that marks it as automatic, e.g. {@code Auto-Submitted: auto-replied}
 * @param report          present only for {@code multipart/report; report-type=delivery-status}
 */
public record InboxMessage(String folder, long uid, Instant received, String messageId, String from, String subject,
                           List<String> referencedIds, Optional<String> autoReplySignal,
                           Optional<DeliveryReport> report) {
    /**
     * How many referenced Message-IDs are kept: the first and the last half of a longer list. Far above any real
     * thread (a header of about 5 MB), so one of ours is found wherever it sits; the bound only caps the look-ups.
     */
    public static final int MAX_REFERENCES = 100_000;

    public InboxMessage {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(received, "received");
        referencedIds = referencedIds == null ? List.of() : List.copyOf(referencedIds);
        autoReplySignal = autoReplySignal == null ? Optional.empty() : autoReplySignal;
        report = report == null ? Optional.empty() : report;
    }
}
