package followup.daemon;

import followup.reliability.Figures;
import followup.store.StoredMessage;
import java.util.Collection;
import java.util.Objects;

/**
 * What a fault test counts for the reliability figures, from the recipients' GreenMail inboxes: each message that
 * should have gone out is lost when no inbox holds it, a duplicate when one holds it twice or more.
 */
final class FaultCounts {
    private FaultCounts() {
    }

    /** How many copies of this stored message reached its recipient's inbox. */
    static long copies(DaemonHarness h, StoredMessage m) {
        return h.messageIds(m.recipient()).stream().filter(id -> Objects.equals(id, m.messageId())).count();
    }

    /** Adds one case per message, and the messages of them that were lost or delivered more than once. */
    static void count(Figures.Tally tally, DaemonHarness h, Collection<StoredMessage> expectedOnce) {
        tally.cases(expectedOnce.size());
        for (StoredMessage m : expectedOnce) {
            long n = copies(h, m);
            tally.lost(n == 0 ? 1 : 0).duplicates(n > 1 ? 1 : 0);
        }
    }

    /** True if the running daemon completes one more mailbox poll within the harness's wait; false if it stalled. */
    static boolean keepsPolling(DaemonHarness h) {
        try {
            h.awaitPolls(1);
            return true;
        } catch (AssertionError stalled) {
            return false;
        }
    }
}
