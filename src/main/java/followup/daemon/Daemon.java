package followup.daemon;

import followup.FollowupException;
import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Display;
import followup.config.Settings;
import followup.mail.Outages;
import followup.metrics.Meters;
import followup.metrics.MetricsServer;
import followup.metrics.PrometheusMeters;
import followup.sandbox.Sandbox;
import followup.schedule.QuartzScheduler;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.MessageStore;
import followup.template.SharedTemplates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code followup run}: wires the store, the scheduler, the mail adapters and the record watcher, recovers what a
 * crash left behind, and runs until stopped. Stopping finishes the message in flight.
 *
 * <p>A deployment of many candidates runs them all in one daemon: one shared database and scheduler, and for each
 * candidate a {@link CandidateRun} of their own (records, mailbox, SMTP conversation, caps). The scheduler's triggers
 * are routed by the candidate named in each message key; a candidate whose {@code candidate.conf} is broken is
 * reported and left out, and the others run.
 */
public final class Daemon implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    /** Worker threads: messages due together are checked, rendered and recorded side by side. */
    static final int WORKERS = 4;
    /** At most this many worker threads however many candidates there are (each sends one message at a time). */
    private static final int MAX_WORKERS = 16;

    private final DaemonLock lock;
    private final Sandbox sandbox;
    private final Database db;
    private final QuartzScheduler quartz;
    /** Every candidate running (the router's live view: those who join later are in it too). */
    private final Collection<CandidateRun> runs;
    private final Router router;
    private final ScheduledExecutorService watcher;
    /** How long a stop waits for the record watch under way before it interrupts it. */
    private static final java.time.Duration WATCH_END = java.time.Duration.ofSeconds(20);
    private final MetricsServer metrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String failure;

    private Daemon(DaemonLock lock, Sandbox sandbox, Database db, QuartzScheduler quartz, Router router,
                   ScheduledExecutorService watcher, MetricsServer metrics) {
        this.lock = lock;
        this.sandbox = sandbox;
        this.db = db;
        this.quartz = quartz;
        this.router = router;
        this.runs = router.runs();
        this.watcher = watcher;
        this.metrics = metrics;
    }

    /** The daemon of a config without candidates: one job seeker. */
    public static Daemon start(Settings settings, Clock clock, DeliveryListener listener) {
        return start(new Deployment(settings, List.of(settings), List.of(), Set.of()), clock, listener);
    }

    /**
     * The daemon of a deployment: every candidate that can run. The candidates that cannot (their problems are in
     * {@link Deployment#problems()}) are reported in the log; when folders are there and none of them can run,
     * nothing starts. A deployment with no folder yet (set up before anyone joined, as a service) starts and waits:
     * its first candidate runs once their folder is added, as any newcomer does.
     */
    public static Daemon start(Deployment loaded, Clock clock, DeliveryListener listener) {
        Deployment deployment = loaded.withTemplates();
        Settings settings = deployment.settings();
        deployment.problems().forEach(p -> LOG.warn("Candidate left out until fixed: {}", p));
        if (deployment.candidates().isEmpty()) {
            if (!deployment.problems().isEmpty()) {
                throw new BadInputException(deployment.problems());
            }
            LOG.warn("{}: followup.candidates: {}; followup waits for the first, who runs without a restart",
                    Display.path(settings.file()), deployment.noCandidateText());
        }
        DaemonLock lock = Database.h2File(settings.storeUrl()).map(DaemonLock::acquire).orElse(null);
        Sandbox sandbox = null;
        Database db = null;
        try {
            db = Database.open(settings.store());
            if (lock == null) {
                lock = DaemonLock.onServer(db, settings.cluster()).orElse(null);
            }
            db.requireNothingForgotten();
            db.waitWhenLost();
            // after the lock: a second daemon on the same data is told so, not that the sandbox's ports are taken
            sandbox = sandboxFor(deployment.candidates());
            return wire(deployment, clock, listener, lock, sandbox, db);
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** The embedded mail server of the candidates in sandbox mode (one for all of them), or null. */
    private static Sandbox sandboxFor(List<Settings> candidates) {
        List<Settings> inSandbox = candidates.stream().filter(c -> c.mail().mode() == Settings.Mode.SANDBOX).toList();
        if (inSandbox.isEmpty()) {
            return null;
        }
        Settings first = inSandbox.get(0);
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(first.mail().sandbox().smtpPort(), first.mail().sandbox().imapPort(),
                    first.sender().email());
        } catch (Sandbox.PortInUse e) {
            String key = "mail.sandbox." + e.key();
            throw new FollowupException(e.getMessage() + ": stop it, or set " + first.key(key) + " to a free port ("
                    + first.where(key) + ")");
        }
        inSandbox.stream().skip(1).forEach(c -> sandbox.addSender(c.sender().email()));
        LOG.info("Sandbox mode: nothing leaves this machine. Mail client: IMAP 127.0.0.1:{} (user {}, password {} for"
                + " yours; a recipient's address as both user and password for theirs), SMTP 127.0.0.1:{}",
                sandbox.imapPort(), sandboxUsers(inSandbox.stream().map(c -> c.sender().email()).toList()),
                Sandbox.PASSWORD, sandbox.smtpPort());
        return sandbox;
    }

    /** The sandbox's users, as its line at start names them: a few by address, many by the first two and a count. */
    static String sandboxUsers(List<String> users) {
        if (users.size() <= 3) {
            return String.join(" or ", users);
        }
        return "each candidate's sender address: " + users.get(0) + ", " + users.get(1) + " and " + (users.size() - 2)
                + " more";
    }

    private static Daemon wire(Deployment deployment, Clock clock, DeliveryListener listener, DaemonLock lock,
                               Sandbox sandbox, Database db) {
        Settings settings = deployment.settings();
        MessageStore everyone = new MessageStore(db);
        Settings.Operations ops = settings.operations();
        PrometheusMeters prometheus = ops.metricsPort() == null ? null
                : new PrometheusMeters(everyone::countsByCandidateAtOnce, deployment.many());
        Meters meters = prometheus == null ? Meters.NONE : prometheus;
        CandidateRun.Common common = new CandidateRun.Common(clock, listener, db, meters, new Outages(clock));
        List<CandidateRun> runs = new ArrayList<>();
        SharedTemplates templates = new SharedTemplates();      // one parsed copy per directory, for all who use it
        for (Settings c : deployment.candidates()) {
            runs.add(join(c, common, sandbox, templates));
        }
        MetricsServer metrics = prometheus == null ? null
                : MetricsServer.start(ops.metricsBind(), ops.metricsPort(), prometheus, settings::where);
        if (metrics != null) {
            LOG.info("Metrics on http://{}/metrics", metrics.address());
        }
        EventLog events = new EventLog(db);
        Router router = new Router(runs, deployment.many(), everyone, deployment.many() ? settings.candidates()
                : null, (key, running) -> LeftBehind.failIfGone(settings.candidates(), key, running, everyone, events,
                clock.instant()));
        int workers = Math.max(WORKERS, Math.min(MAX_WORKERS, runs.size() + 2));
        QuartzScheduler quartz = new QuartzScheduler(db, settings.cluster(), workers, router);
        // in a cluster, a message in sending may be in flight on another daemon right now: Quartz hands the sends of
        // a daemon that died to the others instead (Dispatcher.recover)
        runs.forEach(r -> r.start(quartz, settings.cluster()));
        if (deployment.many() && !settings.cluster()) {    // a clustered daemon's folders may be newer than this one's
            LeftBehind.cancel(deployment, everyone, events, quartz, clock.instant());
        }
        quartz.start();
        Newcomers newcomers = !deployment.many() ? null : new Newcomers(settings.candidates(),
                deployment.awaited(), () -> Deployment.load(settings.file()).withTemplates(),
                () -> router.runs().stream().map(CandidateRun::settings).toList(),
                c -> {
                    CandidateRun run = join(c, common, sandbox, templates);
                    if (c.mail().mode() == Settings.Mode.SANDBOX) {
                        sandbox.addSender(c.sender().email());
                    }
                    router.joining(run.name());     // a trigger due at once may fire before add: no false alarm
                    try {
                        run.start(quartz, settings.cluster());
                    } catch (RuntimeException e) {
                        router.notJoined(run.name());
                        run.close();
                        throw e;
                    }
                    router.add(run);
                    run.joined();
                    LOG.info("Candidate {} runs now, with {} interview(s)", run.name(), run.interviews());
                }, router::leave);

        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "followup-records");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicReference<Daemon> self = new java.util.concurrent.atomic.AtomicReference<>();
        watcher.scheduleWithFixedDelay(new Watch(lock, newcomers, quartz, router, why -> stopBecause(self.get(), why),
                watcher::isShutdown), Watch.EVERY.toMillis(), Watch.EVERY.toMillis(), TimeUnit.MILLISECONDS);
        int interviews = runs.stream().mapToInt(CandidateRun::interviews).sum();
        if (deployment.many()) {
            LOG.info("followup running: {} candidate(s), {} interview(s) from {}, state in {}{}", runs.size(),
                    interviews, Display.path(settings.candidates()), db.where(), settings.cluster() ? " (cluster)"
                    : "");
        } else {
            LOG.info("followup running: {} interview(s) from {}, state in {}{}", interviews,
                    Display.path(settings.interviews()), db.where(), settings.cluster() ? " (cluster)" : "");
        }
        Daemon daemon = new Daemon(lock, sandbox, db, quartz, router, watcher, metrics);
        self.set(daemon);
        return daemon;
    }

    /** One candidate's run, wired to their mail servers (the sandbox's, in sandbox mode); not started. */
    private static CandidateRun join(Settings c, CandidateRun.Common common, Sandbox sandbox,
                                     SharedTemplates templates) {
        boolean sandboxed = c.mail().mode() == Settings.Mode.SANDBOX;
        if (sandboxed && sandbox == null) {
            throw new IllegalStateException("mail.mode = sandbox, and the sandbox's mail server starts with the daemon"
                    + " only when a candidate uses it then: restart followup to run this candidate");
        }
        return CandidateRun.wire(c, common, sandboxed ? sandbox.smtp() : c.mail().smtp(),
                sandboxed ? sandbox.imap(c.sender().email()) : c.mail().imap().server(), templates.of(c));
    }

    /** Stops the daemon from outside its watcher thread, remembering why ({@link #failure()}). */
    private static void stopBecause(Daemon daemon, String why) {
        if (daemon == null || daemon.failure != null) {
            return;
        }
        daemon.failure = why;
        LOG.error("Stopping: {}", why);
        Thread stopper = new Thread(daemon::close, "followup-stop-on-failure");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Why the daemon stopped by itself, if it did (the lock on the database was taken by another daemon). */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The port {@code /metrics} is served on, when {@code followup.metrics.port} is set. */
    public OptionalInt metricsPort() {
        return metrics == null ? OptionalInt.empty() : OptionalInt.of(metrics.port());
    }

    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** The scheduler, for tests that set a trigger of their own. */
    QuartzScheduler quartz() {
        return quartz;
    }

    /** Who gets each trigger, for tests that stop a candidate at a moment of their own. */
    Router router() {
        return router;
    }

    /** Blocks until {@link #close()} is called. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("Stopping: finishing the message in flight");
        // on H2 the record watch under way ends after the candidate it is at, uninterrupted: a thread interrupted
        // inside an H2 commit makes H2 close the database under every thread, and the message in flight could then be
        // neither recorded nor ended in Quartz's tables, whose stop would wait for it for ever. On PostgreSQL it is
        // interrupted, as it may be waiting for a server that is away
        boolean h2 = !db.postgres();
        if (h2) {
            watcher.shutdown();
        } else {
            watcher.shutdownNow();
        }
        runs.forEach(CandidateRun::stopping);
        db.stopWaiting();
        try {
            // without its database Quartz could not record the end of the job in flight and would wait for it forever;
            // the message is settled at the next start (still planned, or sending: uncertain)
            quartz.close(db.reachable());
        } catch (RuntimeException e) {
            LOG.warn("Scheduler stop: {}", e.getMessage());
        }
        if (metrics != null) {
            metrics.close();
        }
        if (h2) {
            awaitWatch();
        }
        runs.forEach(CandidateRun::close);
        db.close();
        if (sandbox != null) {
            sandbox.close();
        }
        if (lock != null) {
            lock.close();
        }
        stopped.countDown();
        LOG.info("Stopped");
    }

    /** Waits for the record watch under way; one still held after {@link #WATCH_END} (a server gone) is interrupted. */
    private void awaitWatch() {
        try {
            if (!watcher.awaitTermination(WATCH_END.toMillis(), TimeUnit.MILLISECONDS)) {
                watcher.shutdownNow();
            }
        } catch (InterruptedException e) {
            watcher.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
