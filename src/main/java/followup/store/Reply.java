package followup.store;

import java.time.Instant;

/** A reply from the company to one interview, as recorded when the mailbox was polled. */
public record Reply(String interviewId, String mailRef, String from, Instant received, String why) {
}
