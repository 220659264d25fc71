package followup.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the daemon knows about its own messages and interviews; implemented from the store. */
public interface Correlation {
    /** The interview whose message had this Message-ID (any step, sent or planned), if any. */
    Optional<String> interviewOfMessageId(String messageId);

    /**
     * Those of {@code messageIds} that are ours, each with its interview: what a reply may answer. The store's answers
     * only for messages to the company (an answer to the debrief or a reminder comes from the debrief's friend or
     * someone the user forwarded it to). A reply's {@code References} may hold thousands of ids: implementations
     * backed by a database answer in a few queries, not one per id.
     */
    default Map<String, String> interviewsOfMessageIds(Collection<String> messageIds) {
        Map<String, String> ours = new HashMap<>();
        for (String id : messageIds) {
            interviewOfMessageId(id).ifPresent(interview -> ours.put(id, interview));
        }
        return ours;
    }

    /**
     * Interviews for which this From address is an interviewer or the contact, or whose domains contain its domain,
     * and that started before {@code received}.
     */
    Set<String> interviewsOfSender(String fromAddress, Instant received);

    /**
     * Of {@link #interviewsOfSender}, those for which this address is an interviewer's or the contact's own, not only
     * one of the company's domains; none by default.
     */
    default Set<String> interviewsOfPerson(String address, Instant received) {
        return Set.of();
    }

    /**
     * Interviews whose company the display name of a sender names ({@link CompanyNames}: "Acme Careers" for Acme
     * Corp), and that started before {@code received}; none by default.
     */
    default Set<String> interviewsOfCompanyName(String displayName, Instant received) {
        return Set.of();
    }

    /** True if we sent a message to this address (for bounces identified by {@code Final-Recipient}). */
    boolean isOurRecipient(String address);
}
