package followup.daemon;

import followup.schedule.QuartzScheduler;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the running daemon looks at every {@link #EVERY}, on a thread of its own: each candidate's records, and now
 * and then the lock on the database, the candidates directory and the scheduler's triggers.
 */
final class Watch implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    static final Duration EVERY = Duration.ofSeconds(1);
    /** The database lock is checked (and taken again after a lost session) every this many ticks. */
    private static final int LOCK_CHECK_TICKS = 5;
    /** The candidates directory is looked at for new and fixed candidates every this many ticks. */
    private static final int CANDIDATE_CHECK_TICKS = 3;
    /**
     * The triggers are looked after every this many ticks: the mailbox polls for a clock set back, and any trigger
     * the scheduler set aside after an error.
     */
    private static final int TRIGGER_CHECK_TICKS = 30;

    private final DaemonLock lock;
    private final Newcomers newcomers;
    private final QuartzScheduler quartz;
    private final Router router;
    private final Consumer<String> stop;
    private final BooleanSupplier stopping;
    private int tick;

    /**
     * @param lock      the lock on the database, or null (PostgreSQL in a cluster)
     * @param newcomers who joins the candidates directory, or null (one job seeker)
     * @param stop      stops the daemon, with the reason
     * @param stopping  whether the daemon is stopping (a watch interrupted then is no failure)
     */
    Watch(DaemonLock lock, Newcomers newcomers, QuartzScheduler quartz, Router router, Consumer<String> stop,
          BooleanSupplier stopping) {
        this.lock = lock;
        this.newcomers = newcomers;
        this.quartz = quartz;
        this.router = router;
        this.stop = stop;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        tick++;
        if (lock != null && tick % LOCK_CHECK_TICKS == 0 && !lock.stillHeld()) {
            stop.accept("another followup daemon took the lock on the database while this one had lost it; this one"
                    + " stops so the two never send side by side");
            return;
        }
        if (newcomers != null && tick % CANDIDATE_CHECK_TICKS == 0) {
            try {
                newcomers.look();
            } catch (RuntimeException e) {
                LOG.error("Looking for new candidates failed: {}", e.toString());
            }
        }
        if (tick % TRIGGER_CHECK_TICKS == 0) {
            lookAfterTriggers();
        }
        for (CandidateRun run : router.runs()) {
            if (stopping.getAsBoolean()) {
                return;     // the daemon stops: the next candidate's records are not looked at
            }
            try {
                run.watch();
            } catch (RuntimeException e) {
                if (stopping.getAsBoolean()) {
                    return;     // the daemon stops and interrupted it, waiting for a database that is away
                }
                LOG.error("{}Record watch failed: {}", run.name().isEmpty() ? "" : "Candidate " + run.name() + ": ",
                        e.toString());
            }
        }
    }

    private void lookAfterTriggers() {
        try {
            quartz.restartPollsAhead().forEach((name, was) -> LOG.warn("{}The system clock was set back: the mailbox"
                    + " would not have been looked at again until {}; it is looked at now",
                    name.isEmpty() ? "" : "Candidate " + name + ": ", was));
            quartz.resetTriggersInError().forEach(name -> LOG.warn("The scheduler had set {} aside after an error (it"
                    + " never fires again so); it is set to fire again", name));
        } catch (RuntimeException e) {    // the database is away: said once, by the store; looked at again
            LOG.debug("Looking after the scheduler's triggers failed: {}", e.toString());
        }
    }
}
