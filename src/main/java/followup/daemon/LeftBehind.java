package followup.daemon;

import followup.config.Deployment;
import followup.config.Display;
import followup.plan.Interview;
import followup.plan.State;
import followup.schedule.QuartzScheduler;
import followup.store.EventLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the start of a deployment of candidates: the messages still to go of job seekers who have no folder any more
 * (removed or renamed while the daemon was stopped), and of the one job seeker of the config before it had
 * candidates (ids without a name, {@code acme}), are cancelled, as a folder removed while the daemon runs cancels
 * them. Nobody would send them, yet they would stay planned for good, counted by {@code status} under nobody, with
 * triggers that fire into a candidate who does not run. A folder that is there but left out (its
 * {@code candidate.conf} broken) keeps its messages: they wait until it is fixed. Not in a cluster: another daemon
 * there may already run a candidate whose folder has not reached this machine yet.
 */
final class LeftBehind {
    private static final Logger LOG = LoggerFactory.getLogger(LeftBehind.class);

    private LeftBehind() {
    }

    static void cancel(Deployment deployment, MessageStore everyone, EventLog events, QuartzScheduler quartz,
                       Instant now) {
        Path dir = deployment.settings().candidates();
        Set<String> running = Set.copyOf(deployment.names());
        List<StoredMessage> sending = everyone.inState(State.SENDING);
        for (String name : everyone.countsByCandidate().keySet()) {
            if (running.contains(name) || !name.isEmpty() && Files.isDirectory(dir.resolve(name))) {
                continue;
            }
            String reason = name.isEmpty() ? "from before this config had candidates: its interviews run under a"
                    + " candidate's name now" : "candidate " + name + "'s folder is gone from "
                    + Display.path(dir);
            fail(sending.stream().filter(m -> Interview.candidateOf(m.interviewId()).equals(name)).toList(), reason,
                    everyone, events, now);
            List<StoredMessage> pending = everyone.pendingOf(name);
            int cancelled = 0;
            for (StoredMessage m : pending) {
                if (everyone.settle(m.key(), m.state(), State.CANCELLED, reason, null, now)) {
                    events.record(now, m.interviewId(), m.key(), "cancelled", reason);
                    quartz.unscheduleSend(m.key());
                    cancelled++;
                }
            }
            if (cancelled == 0) {
                continue;
            }
            if (name.isEmpty()) {
                LOG.warn("{} message(s) still to go from before this config had candidates (ids without a"
                        + " candidate's name, such as {}) are cancelled: their interviews run under a candidate's"
                        + " name now, where what went out is not sent again", cancelled, pending.get(0).interviewId());
            } else {
                LOG.warn("Candidate {} has no folder in {} (removed or renamed while followup was stopped): their"
                        + " {} message(s) still to go are cancelled. Put the folder back to plan them again", name,
                        Display.path(dir), cancelled);
            }
        }
    }

    /**
     * In a cluster, the send of a daemon that died, handed to this one to recover ({@link Router#recover}), of a
     * candidate who does not run here and has no folder here (removed after the kill, the job seeker gone): nobody
     * will start them to look for it in their sent folder, so it is failed (uncertain) now, with the folder named,
     * instead of staying {@code sending} for good. Returns false, touching nothing, when the folder is there (a
     * candidate left out until their {@code candidate.conf} is fixed settles it at their start), or when another
     * folder there does not run yet ({@code running} are those who do): it may be this one renamed, joining, whose
     * start settles the sends left under its former name, looked for in its sent folder.
     */
    static boolean failIfGone(Path dir, String key, Set<String> running, MessageStore everyone, EventLog events,
                              Instant now) {
        String name = Interview.candidateOf(key);
        if (name.isEmpty() || Files.isDirectory(dir.resolve(name)) || notRunningYet(dir, running)) {
            return false;
        }
        fail(everyone.find(key).filter(m -> m.state() == State.SENDING).stream().toList(), "candidate " + name
                + "'s folder is gone from " + Display.path(dir), everyone, events, now);
        return true;
    }

    /** Whether {@code dir} holds a candidate folder (not hidden) of someone who does not run. */
    private static boolean notRunningYet(Path dir, Set<String> running) {
        try (java.util.stream.Stream<Path> folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .anyMatch(n -> !n.startsWith(".") && !running.contains(n));
        } catch (java.io.IOException | RuntimeException e) {
            return true;                    // not known: left as it is
        }
    }

    /**
     * Messages a crash left in {@code sending} (their SMTP conversation interrupted) of a name nobody runs now, and
     * that no candidate who runs settled at their start as a former name of theirs (a folder renamed, from the same
     * address): failed (uncertain), as any such message whose copy is not found, so that {@code status} reports them
     * instead of counting them as being sent for good.
     */
    private static void fail(List<StoredMessage> interrupted, String why, MessageStore everyone, EventLog events,
                             Instant now) {
        for (StoredMessage m : interrupted) {
            String reason = "uncertain: interrupted during sending (no answer from the server was recorded); not"
                    + " looked for in the sent folder: " + why;
            if (everyone.settle(m.key(), State.SENDING, State.FAILED, reason, null, now)) {
                events.record(now, m.interviewId(), m.key(), "failed", reason);
                LOG.warn("Uncertain {}: {}", m.key(), reason);
            }
        }
    }
}
