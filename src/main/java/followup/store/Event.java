package followup.store;

import java.time.Instant;

/** One line of the event log shown by {@code status}. */
public record Event(Instant at, String interviewId, String key, String kind, String detail) {
}
