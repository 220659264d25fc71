package followup.daemon;

import followup.config.Display;
import followup.plan.Interview;
import followup.schedule.Jobs;
import followup.store.MessageStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each fired trigger to the candidate it belongs to: a message key starts with its interview's id, which starts
 * with the candidate's name ({@code alice/acme/thank-you/...}); a poll names its candidate. A trigger of a candidate
 * that is not running (their {@code candidate.conf} broke, or they were removed) sends nothing: the message stays
 * planned and is scheduled again when the candidate runs again.
 */
final class Router implements Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private final Map<String, CandidateRun> runs;
    private final boolean many;
    private final MessageStore everyone;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    /** The candidates starting to join, whose triggers may fire before {@link #add}. */
    private final Set<String> joining = ConcurrentHashMap.newKeySet();
    /**
     * Settles a recovered send (its key) of a candidate whose folder is gone, given who runs; whether it was theirs
     * to settle.
     */
    private final BiPredicate<String, Set<String>> folderGone;
    /** The candidates directory, or null (one job seeker). */
    private final Path candidates;

    Router(List<CandidateRun> runs, boolean many, MessageStore everyone) {
        this(runs, many, everyone, null, (key, running) -> false);
    }

    Router(List<CandidateRun> runs, boolean many, MessageStore everyone, Path candidates,
           BiPredicate<String, Set<String>> folderGone) {
        this.runs = new ConcurrentHashMap<>(runs.stream().collect(Collectors.toMap(CandidateRun::name,
                Function.identity())));
        this.many = many;
        this.everyone = everyone;
        this.folderGone = folderGone;
        this.candidates = candidates;
    }

    /** Every candidate running, those who joined since start included (a live view). */
    Collection<CandidateRun> runs() {
        return Collections.unmodifiableCollection(runs.values());
    }

    /**
     * A candidate about to join the running daemon ({@link Newcomers}): their triggers are set while the scheduler
     * runs, before {@link #add}, so one due at once may fire meanwhile. It sends nothing and asks to be scheduled
     * again, which {@link CandidateRun#joined} does once they are added; they are not said not to be running.
     */
    void joining(String name) {
        joining.add(name);
    }

    /** A candidate whose join failed ({@link #joining}): their triggers are again of someone who does not run. */
    void notJoined(String name) {
        joining.remove(name);
    }

    /** A candidate who joined the running daemon ({@link Newcomers}), once started: their triggers reach them. */
    void add(CandidateRun run) {
        runs.put(run.name(), run);
        joining.remove(run.name());
        reported.remove(run.name());
    }

    /**
     * A running candidate whose folder is gone: their records, gone with it, cancel their messages; then their triggers
     * no longer reach them, and their connections are closed (on a thread of its own: a send in hand is finished
     * first, and a server that never answers must not hold up the record watch of everyone).
     */
    void leave(String name) {
        CandidateRun run = runs.get(name);
        if (run == null) {
            return;
        }
        run.leave();
        runs.remove(name);
        run.stopping();
        Thread closer = new Thread(run::close, "followup-leave-" + name);
        closer.setDaemon(true);
        closer.start();
        LOG.info("Candidate {} stopped: their folder is gone, so their mailbox is no longer read; their pending"
                + " messages went with their records. Put the folder back to start them again", name);
    }

    /** The candidate of a message key: the part before its first slash in a deployment of candidates, else "". */
    String candidateOf(String key) {
        return many ? Interview.candidateOf(key) : "";
    }

    @Override
    public void send(String key, Instant scheduledFor) {
        CandidateRun run = runs.get(candidateOf(key));
        if (run == null) {
            notRunning(key);
            return;
        }
        run.jobs().send(key, scheduledFor);
    }

    /**
     * A send of a daemon of the cluster that died, handed to this one. Under a name nobody runs now whose folder was
     * renamed (from the same address) it goes to the candidate it is now: the send it cut is theirs to settle, as a
     * start settles it on a daemon that runs alone ({@link CandidateRun#start}); without that it stayed
     * {@code sending} for good, and the new name's message was skipped as going out. Under a name whose folder is
     * gone (the job seeker left), nobody will ever settle it: it is {@code failed (uncertain)} at once, as at the
     * start of a daemon that runs alone ({@link LeftBehind}), rather than {@code sending} for good.
     */
    @Override
    public void recover(String key) {
        String candidate = candidateOf(key);
        CandidateRun run = runs.get(candidate);
        if (run == null) {
            run = runs.values().stream().filter(r -> r.formerlyNamed(candidate)).findFirst().orElse(null);
        }
        if (run == null && candidates != null && !joining.contains(candidate)
                && folderGone.test(key, Set.copyOf(runs.keySet()))) {
            return;
        }
        if (run == null) {
            notRunning(key);
            return;
        }
        run.jobs().recover(key);
    }

    @Override
    public void poll() {
        poll("");
    }

    @Override
    public void poll(String candidate) {
        CandidateRun run = runs.get(candidate);
        if (run != null) {
            run.jobs().poll();
        }
    }

    private void notRunning(String key) {
        String candidate = candidateOf(key);
        if (joining.contains(candidate)) {
            LOG.debug("{} fired while candidate {} joins; it is set again once they run", key, candidate);
        } else if (reported.add(candidate)) {
            if (candidates != null && !candidate.isEmpty() && !Files.isDirectory(candidates.resolve(candidate))) {
                // validate on this machine has nothing to say of a folder it does not see
                LOG.warn("Candidate {} has no folder in {} (removed, or not on this machine yet): their messages wait"
                        + " until a followup daemon that has the folder runs them", candidate,
                        Display.path(candidates));
            } else {
                LOG.warn("Candidate {} is not running (see followup validate): their messages wait until it runs"
                        + " again", candidate);
            }
        }
        everyone.markScheduled(key, null);   // the candidate's next start schedules it again
    }
}
