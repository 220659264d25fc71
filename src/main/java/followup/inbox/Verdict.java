package followup.inbox;

import java.util.Objects;
import java.util.Set;

/** What one inbox message means for the interviews, as decided by {@link Classifier}. */
public sealed interface Verdict {
    /**
     * A delivery status report with {@code Action: failed} about one of our messages or recipients.
     *
     * @param failedRecipients  the failed addresses (all of them when the original Message-ID is ours, else only
     *                          those we wrote to)
     * @param originalMessageIds the Message-IDs the report names (may be empty)
     * @param diagnostic         the first failed recipient's {@code Diagnostic-Code}, else its {@code Status}
     */
    record Bounce(Set<String> failedRecipients, Set<String> originalMessageIds, String diagnostic) implements Verdict {
        public Bounce {
            failedRecipients = Set.copyOf(failedRecipients);
            originalMessageIds = Set.copyOf(originalMessageIds);
            Objects.requireNonNull(diagnostic, "diagnostic");
        }
    }

    /** A delivery report with {@code Action: delayed}: the server is still trying. Recorded only. */
    record Delayed(Set<String> recipients, Set<String> originalMessageIds) implements Verdict {
        public Delayed {
            recipients = Set.copyOf(recipients);
            originalMessageIds = Set.copyOf(originalMessageIds);
        }
    }

    /** An automatic answer (RFC 3834 headers or an out-of-office subject). Recorded only. */
    record AutoReply(String signal, Set<String> interviews) implements Verdict {
        public AutoReply {
            Objects.requireNonNull(signal, "signal");
            interviews = Set.copyOf(interviews);
        }
    }

    /**
     * A reply from the company: holds the pending messages of {@code interviews}.
     *
     * @param why e.g. {@code references <x@y>} or {@code from jane@acme.example}
     */
    record Reply(Set<String> interviews, String from, String why) implements Verdict {
        public Reply {
            interviews = Set.copyOf(interviews);
            Objects.requireNonNull(why, "why");
        }
    }

    /** From is one of the sender's own addresses: never a reply, whatever it references. */
    record Own() implements Verdict {
    }

    /** Nothing to do with any interview. */
    record Unrelated() implements Verdict {
    }
}
