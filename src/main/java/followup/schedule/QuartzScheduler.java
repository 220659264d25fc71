package followup.schedule;

import followup.store.Database;
import followup.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz with its JDBC job store in the state database: one trigger per planned message (job name = message key),
 * and one repeating trigger for the mailbox poll. Several worker threads, which take the triggers due together in
 * one batch (one acquisition, one transaction); the daemon keeps one SMTP conversation per sender at a time.
 *
 * <p>With {@code cluster} (PostgreSQL only), the daemons on one database share the triggers: each trigger fires on
 * one of them (acquired inside the database lock, without which Quartz can fire one trigger on two nodes), the poll
 * runs on one at a time, and every daemon checks in every {@link #CHECKIN_INTERVAL}; one that misses its check-ins
 * (killed, its machine lost) is taken over by another, which fires its unfinished sends again as recoveries.
 */
public final class QuartzScheduler implements AutoCloseable {
    static final String JOBS = "followup.jobs";
    private static final String SEND = "send";
    private static final String POLL = "poll";
    /** How often a clustered daemon checks in; Quartz gives a silent one this plus 7.5 s before taking over. */
    public static final Duration CHECKIN_INTERVAL = Duration.ofSeconds(5);
    /**
     * A trigger later than this is left to Quartz's misfire handler, which looks this often, and is no longer taken by
     * the normal acquisition. The sends ignore it ({@link #scheduleSends}); the mailbox poll, which it concerns, runs
     * again within this of a wake-up.
     */
    private static final Duration MISFIRE_THRESHOLD = Duration.ofMinutes(1);
    /**
     * How far past its interval a poll's next run may lie before it counts as set on a clock since set back: more
     * than the daemons of a cluster may differ (their clocks must agree for Quartz's check-ins anyway).
     */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private final Scheduler scheduler;
    private final Database db;

    /** One worker thread: one job at a time. */
    public QuartzScheduler(Database db, boolean cluster, Jobs jobs) {
        this(db, cluster, 1, jobs);
    }

    /** @param workers how many jobs may run at once (the send jobs of messages due together, the poll) */
    public QuartzScheduler(Database db, boolean cluster, int workers, Jobs jobs) {
        this.db = db;
        String dataSource = "followup-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return db.connection();
            }

            @Override
            public void shutdown() {
                // the Database owns the pool
            }

            @Override
            public void initialize() {
                // nothing to do
            }
        });
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "followup");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(workers));
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(workers));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", db.postgres()
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(cluster));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(CHECKIN_INTERVAL.toMillis()));
        // a lost database is tried again every few seconds (also to mark a finished job complete)
        p.setProperty("org.quartz.jobStore.dbRetryInterval", "2000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE_THRESHOLD.toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        try {
            scheduler = newScheduler(p);
            scheduler.getContext().put(JOBS, jobs);
        } catch (SchedulerException e) {
            throw new StoreException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * A scheduler of its own. Quartz keeps every scheduler it makes in a JVM-wide repository by name and hands out
     * the one already there for the same name; the daemons of a cluster must share the name, and two of them can run
     * in one JVM (tests), so this one is taken out of the repository at once.
     */
    private static Scheduler newScheduler(Properties p) throws SchedulerException {
        synchronized (SchedulerRepository.class) {
            Scheduler made = new StdSchedulerFactory(p).getScheduler();
            SchedulerRepository.getInstance().remove(made.getSchedulerName());
            return made;
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new StoreException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** Creates or moves the trigger of one message. An instant in the past fires at once. */
    public void scheduleSend(String key, Instant at) {
        scheduleSends(Map.of(key, at));
    }

    /**
     * Creates or moves the triggers of several messages (key to instant), in one transaction: a start-up with
     * thousands of planned messages writes the database once, not once per message.
     */
    public void scheduleSends(Map<String, Instant> at) {
        Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
        // Quartz's own clock: a trigger set in the past fires at once
        Instant now = Instant.now();
        at.forEach((key, due) -> {
            Instant instant = due.isBefore(now) ? now : due;
            JobKey jobKey = JobKey.jobKey(name(key), SEND);
            JobDetail job = JobBuilder.newJob(SendJob.class).withIdentity(jobKey).usingJobData(SendJob.KEY, key)
                    .requestRecovery(true).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name(key), SEND).forJob(jobKey)
                    .startAt(Date.from(instant))
                    // however late: a machine that slept past it finds it behind the clock by hours on waking, and
                    // the normal acquisition takes such a trigger at once, where the misfire handler would take it only
                    // when it next looks (its sleep does not count the time the machine slept)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
                    .build();
            jobs.put(job, Set.of(trigger));
        });
        try {
            scheduler.scheduleJobs(jobs, true);
            db.triggersAdded(at.size());
        } catch (SchedulerException e) {
            throw new StoreException("cannot schedule " + (at.size() == 1 ? at.keySet().iterator().next()
                    : at.size() + " messages") + ": " + e.getMessage(), e);
        }
    }

    public void unscheduleSend(String key) {
        try {
            scheduler.deleteJob(JobKey.jobKey(name(key), SEND));
        } catch (SchedulerException e) {
            throw new StoreException("cannot unschedule " + key + ": " + e.getMessage(), e);
        }
    }

    public void schedulePoll(Duration every) {
        schedulePoll("", every);
    }

    /**
     * The repeating mailbox poll of one candidate ("" for the one job seeker of a config without candidates): one job
     * per mailbox, never run twice at once, also across the daemons of a cluster.
     */
    public void schedulePoll(String candidate, Duration every) {
        String name = candidate.isEmpty() ? POLL : POLL + "/" + candidate;
        JobKey jobKey = JobKey.jobKey(name, POLL);
        JobDetail job = JobBuilder.newJob(PollJob.class).withIdentity(jobKey).usingJobData(PollJob.CANDIDATE,
                candidate).build();
        Trigger trigger = pollTrigger(TriggerKey.triggerKey(name, POLL), jobKey, every.toMillis());
        try {
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new StoreException("cannot schedule the mailbox poll: " + e.getMessage(), e);
        }
    }

    /**
     * Starts again now every mailbox poll whose next run is further ahead than its interval (and a minute more):
     * it was scheduled on a clock that has since been set back (Quartz counts from the system clock), and would not
     * run until the clock caught up with where it was, hours later perhaps. Sends still check the mailbox first;
     * this is for the replies that hold follow-ups and the notices that tell the user.
     *
     * @return the candidates ("" for the one job seeker of a config without candidates) whose poll was started
     *     again, with the moment it would have run
     */
    public Map<String, Instant> restartPollsAhead() {
        long now = System.currentTimeMillis();
        Map<String, Instant> restarted = new LinkedHashMap<>();
        try {
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(POLL))) {
                if (!(scheduler.getTrigger(key) instanceof SimpleTrigger poll) || poll.getNextFireTime() == null
                        || poll.getNextFireTime().getTime()
                                <= now + poll.getRepeatInterval() + CLOCK_SLACK.toMillis()) {
                    continue;
                }
                Trigger again = pollTrigger(key, poll.getJobKey(), poll.getRepeatInterval());
                if (scheduler.rescheduleJob(key, again) != null) {
                    String name = key.getName();
                    restarted.put(name.equals(POLL) ? "" : name.substring(POLL.length() + 1),
                            poll.getNextFireTime().toInstant());
                }
            }
        } catch (SchedulerException e) {
            throw new StoreException("cannot look at the mailbox polls' next runs: " + e.getMessage(), e);
        }
        return restarted;
    }

    /**
     * Sets waiting again every trigger Quartz has put in its {@code ERROR} state: it does so when it cannot read a
     * trigger's job as the trigger fires (a database lost in the middle of it, a damaged row), and such a trigger never
     * fires again, so its message would wait, with nothing said, until the daemon's next start. Quartz's own {@link
     * Scheduler#resetTriggerFromErrorState}; the message's checks before it goes out decide, as for any trigger.
     *
     * @return the names of the triggers set waiting again (a message's key, or the poll's name)
     */
    public List<String> resetTriggersInError() {
        List<TriggerKey> keys;
        try {
            keys = QuartzTables.triggersInError(db, scheduler.getSchedulerName());
        } catch (SchedulerException e) {
            throw new StoreException("cannot look for triggers in error: " + e.getMessage(), e);
        }
        List<String> reset = new ArrayList<>();
        for (TriggerKey key : keys) {
            try {
                scheduler.resetTriggerFromErrorState(key);
                reset.add(key.getName());
            } catch (SchedulerException e) {
                throw new StoreException("cannot set the trigger of " + key.getName() + " waiting again: "
                        + e.getMessage(), e);
            }
        }
        return reset;
    }

    /**
     * Whether a daemon of the cluster runs the send of {@code key} now, or Quartz still holds it for one that stopped
     * checking in (to recover it): its job has a fired trigger. A message left {@code sending} without one is no
     * daemon's to finish or to settle.
     */
    public boolean sendInFlight(String key) {
        try {
            return QuartzTables.jobInFlight(db, scheduler.getSchedulerName(), name(key), SEND);
        } catch (SchedulerException e) {
            throw new StoreException("cannot look for the send of " + key + " in flight: " + e.getMessage(), e);
        }
    }

    /** A mailbox poll's trigger: now, then every {@code everyMillis}. */
    private static Trigger pollTrigger(TriggerKey key, JobKey job, long everyMillis) {
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(everyMillis)
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** Quartz names are limited to 200 characters: long keys are shortened with a hash. */
    static String name(String key) {
        if (key.length() <= 150) {
            return key;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, 120) + "#" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops firing; with {@code waitForJobs}, the message in flight is finished first. */
    @Override
    public void close() {
        close(true);
    }

    public void close(boolean waitForJobs) {
        try {
            scheduler.shutdown(waitForJobs);
        } catch (SchedulerException e) {
            throw new StoreException("cannot stop the scheduler: " + e.getMessage(), e);
        }
    }
}
