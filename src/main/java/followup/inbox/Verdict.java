package followup.inbox;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What one inbox message means for the interviews, as decided by {@link Classifier}. */
public sealed interface Verdict {
    /**
     * A permanent delivery failure about one of our messages or recipients: a delivery report with {@code Action:
     * failed} and a 5.x.x status (or no status and the wording of a permanent failure), a plain-text bounce, or an
     * Exchange non-delivery report. The addresses are bad: nothing more goes to them. A server that gave up after
     * temporary failures only (4.x.x) is {@link Undelivered}, not a bounce.
     *
     * @param failedRecipients  the failed addresses (all of them when the original Message-ID is ours, else only
     *                          those we wrote to)
     * @param originalMessageIds the Message-IDs the report names (may be empty)
     * @param diagnostic         the first failed recipient's {@code Diagnostic-Code}, else its {@code Status}, else
     *                           the sentence of a plain-text bounce that says why
     * @param rewrittenAs        for a failed address of ours that the receiving side rewrote (an alias, a group, a
     *                           forward), the address that failed ({@code Final-Recipient}); others are not there
     */
    record Bounce(Set<String> failedRecipients, Set<String> originalMessageIds, String diagnostic,
                  java.util.Map<String, String> rewrittenAs) implements Verdict {
        public Bounce {
            failedRecipients = Set.copyOf(failedRecipients);
            originalMessageIds = Set.copyOf(originalMessageIds);
            Objects.requireNonNull(diagnostic, "diagnostic");
            rewrittenAs = java.util.Map.copyOf(rewrittenAs);
        }

        /** A bounce whose failed addresses are the ones written to. */
        public Bounce(Set<String> failedRecipients, Set<String> originalMessageIds, String diagnostic) {
            this(failedRecipients, originalMessageIds, diagnostic, java.util.Map.of());
        }
    }

    /**
     * A message of ours that did not arrive although its address is not known bad: {@code Action: failed} with a
     * 4.x.x status, a server that gave up after temporary failures (Postfix when the message was in its queue for
     * days, {@code 4.4.7}; a receiving server that could not be reached, {@code 4.4.1}). The message is bounced and
     * the user told; later messages to the address are still sent.
     *
     * @param diagnostic  the first such recipient's {@code Diagnostic-Code}, else its {@code Status}
     * @param mailboxFull the person's mailbox is full (x.2.2, over quota): their server refused the message at once,
     *                    rather than giving up after trying for some time
     */
    record Undelivered(Set<String> recipients, Set<String> originalMessageIds, String diagnostic,
                       boolean mailboxFull) implements Verdict {
        public Undelivered {
            recipients = Set.copyOf(recipients);
            originalMessageIds = Set.copyOf(originalMessageIds);
        }
    }

    /**
     * A temporary delivery failure about one of ours: {@code Action: delayed} (the server is still trying). Recorded
     * only: the address is not bad, and the message may still arrive.
     *
     * @param diagnostic the first such recipient's {@code Diagnostic-Code}, else its {@code Status}, else empty
     */
    record Delayed(Set<String> recipients, Set<String> originalMessageIds, String diagnostic) implements Verdict {
        public Delayed {
            recipients = Set.copyOf(recipients);
            originalMessageIds = Set.copyOf(originalMessageIds);
            diagnostic = diagnostic == null ? "" : diagnostic;
        }

        public Delayed(Set<String> recipients, Set<String> originalMessageIds) {
            this(recipients, originalMessageIds, "");
        }
    }

    /**
     * An automatic answer (RFC 3834 and Microsoft headers, or an out-of-office subject). Never a reply.
     *
     * @param signal      what gave it away, e.g. {@code Auto-Submitted: auto-replied (vacation)}
     * @param interviews  the interviews it answers (by reference or sender), possibly none
     * @param from        its From address, lower-cased, or null
     * @param outOfOffice true for an out-of-office (vacation) answer; false for other automatic answers
     *                    (acknowledgements of receipt, list and bulk mail)
     * @param returnDate  the date the out-of-office text names (the person is back on, or away until, that day),
     *                    when one was found; always empty when {@code outOfOffice} is false
     */
    record AutoReply(String signal, Set<String> interviews, String from, boolean outOfOffice,
                     Optional<LocalDate> returnDate) implements Verdict {
        public AutoReply {
            Objects.requireNonNull(signal, "signal");
            interviews = Set.copyOf(interviews);
            returnDate = returnDate == null || !outOfOffice ? Optional.empty() : returnDate;
        }
    }

    /**
     * A calendar invitation ({@code METHOD:REQUEST}) from the company: an answer like a reply, which also says what
     * the next round is and when.
     *
     * @param from who sent it, lower-cased, as for a {@link Reply}
     */
    record Invitation(Set<String> interviews, String from, Invite invite) implements Verdict {
        public Invitation {
            interviews = Set.copyOf(interviews);
            Objects.requireNonNull(invite, "invite");
        }
    }

    /**
     * A reply from the company saying it will not go on with the user.
     *
     * @param from who wrote, lower-cased, as for a {@link Reply}
     * @param why  the sentence of the reply that says so, on one line
     */
    record Rejection(Set<String> interviews, String from, String why) implements Verdict {
        public Rejection {
            interviews = Set.copyOf(interviews);
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * A reply from the company: holds the pending messages of {@code interviews}.
     *
     * @param from who wrote, lower-cased: its From address, or its Reply-To when it came through a tool (an applicant
     *             tracking system's {@code no-reply@}) on behalf of a person of the company
     * @param why  e.g. {@code references <x@y>} or {@code from jane@acme.example}
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
