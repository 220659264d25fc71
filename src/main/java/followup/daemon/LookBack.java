package followup.daemon;

import followup.plan.Interview;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which interviews the mailbox has not been read for yet. The poll reads each message once, when it arrives, against
 * the records there are then; a record written later (the evening after the interview, the next morning, while
 * followup was stopped) would never see the company's answer that came before it, and its follow-ups would go out
 * after that answer. So the mail since such an interview began is read again for it, once: for a record new to this
 * run of the daemon (every record at its start), and for one whose start or people changed. Used under the mailbox's
 * check lock; {@link #readFor} is also asked without it.
 */
final class LookBack {
    /** As the poll: a day more than the interview's start, for a server whose clock or zone is off. */
    static final Duration SLACK = Duration.ofDays(1);

    /** What the mailbox was last read for, per interview: what ties mail to it. */
    private final Map<String, List<Object>> readFor = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the mail was read for this interview as its record now reads (a check that began before may not do). */
    boolean readFor(Interview interview) {
        return tie(interview).equals(readFor.get(interview.id()));
    }

    /** From when the mail must be read again for the interviews not yet read for; empty when none. */
    Optional<Instant> since(List<Interview> active) {
        return active.stream().filter(i -> !tie(i).equals(readFor.get(i.id())))
                .map(i -> i.start().toInstant().minus(SLACK)).min(Instant::compareTo);
    }

    /** The mail was read again for these interviews (the active ones when {@link #since} was asked). */
    void done(List<Interview> active) {
        Set<String> ids = active.stream().map(Interview::id).collect(Collectors.toSet());
        readFor.keySet().retainAll(ids);
        active.forEach(i -> readFor.put(i.id(), tie(i)));
    }

    /** What decides which mail concerns an interview: its start, its people, its domains and its company's name. */
    private static List<Object> tie(Interview i) {
        return List.of(i.start().toInstant(), i.interviewers(), String.valueOf(i.contact()), i.domains(),
                String.valueOf(i.company()));
    }
}
