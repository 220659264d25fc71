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
 * @param report          present for a delivery report: a multipart with {@code report-type=delivery-status}, or
 *                        a {@code message/delivery-status} part found anywhere in a suspected bounce
 * @param details         the other header fields the classifier reads
 * @param content         what was read beyond the header: only for suspected bounces, replies and automatic
 *                        answers (see {@link MessageContents})
 */
public record InboxMessage(String folder, long uid, Instant received, String messageId, String from, String subject,
                           List<String> referencedIds, Optional<String> autoReplySignal,
                           Optional<DeliveryReport> report, Details details, Optional<MessageContent> content) {
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
        details = details == null ? Details.NONE : details;
        content = content == null ? Optional.empty() : content;
    }

    /** A message read from its basic header fields only. */
    public InboxMessage(String folder, long uid, Instant received, String messageId, String from, String subject,
                        List<String> referencedIds, Optional<String> autoReplySignal,
                        Optional<DeliveryReport> report) {
        this(folder, uid, received, messageId, from, subject, referencedIds, autoReplySignal, report, Details.NONE,
                Optional.empty());
    }

    /** The same message with what was read of its content. */
    public InboxMessage withContent(Optional<DeliveryReport> report, MessageContent content) {
        return new InboxMessage(folder, uid, received, messageId, from, subject, referencedIds, autoReplySignal,
                report, details, Optional.of(content));
    }

    /**
     * Header fields beyond the basic ones.
     *
     * @param fromName         the display name of the From address, or empty ("Mail Delivery Subsystem")
     * @param failedRecipients the addresses of {@code X-Failed-Recipients} (Exim, Gmail), lower-cased
     * @param exchangeNdr      {@code X-MS-Exchange-Message-Is-Ndr} is present: Exchange says it is a
     *                         non-delivery report
     * @param language         {@code Content-Language}, e.g. {@code en-GB}, or null
     * @param date             the {@code Date} field, or null
     * @param replyTo          the first address of {@code Reply-To}, lower-cased and bare, or null: where answers go
     *                         when a message is sent through a tool (an applicant tracking system writes from its own
     *                         {@code no-reply@} address, with the recruiter's address here)
     */
    public record Details(String fromName, List<String> failedRecipients, boolean exchangeNdr, String language,
                          Instant date, String replyTo) {
        public static final Details NONE = new Details("", List.of(), false, null, null, null);

        public Details {
            fromName = fromName == null ? "" : fromName;
            failedRecipients = failedRecipients == null ? List.of() : List.copyOf(failedRecipients);
        }

        /** Without a {@code Reply-To}. */
        public Details(String fromName, List<String> failedRecipients, boolean exchangeNdr, String language,
                       Instant date) {
            this(fromName, failedRecipients, exchangeNdr, language, date, null);
        }
    }
}
