package followup.daemon;

import followup.auth.AccessTokens;
import followup.config.Display;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.inbox.DraftsFolder;
import followup.inbox.FolderSync;
import followup.inbox.ImapConnector;
import followup.inbox.ImapPoller;
import followup.inbox.ImapSession;
import followup.inbox.SentFolder;
import followup.inbox.SyncStateStore;
import followup.mail.SmtpSender;
import followup.holiday.PublicHolidays;
import followup.metrics.Meters;
import followup.metrics.MetricsServer;
import followup.metrics.PrometheusMeters;
import followup.plan.Planner;
import followup.plan.State;
import followup.sandbox.Sandbox;
import followup.schedule.QuartzScheduler;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.template.Templates;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
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
 */
public final class Daemon implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);
    /** Worker threads: messages due together are checked, rendered and recorded side by side. */
    static final int WORKERS = 4;
    /** An SMTP connection unused this long is closed (servers drop idle ones after a few minutes anyway). */
    private static final Duration SMTP_IDLE = Duration.ofSeconds(30);
    /** An IMAP connection unused this long is closed; the default poll every 5 minutes keeps it open. */
    private static final Duration IMAP_IDLE = Duration.ofMinutes(10);
    /** Stopping waits this long at most for the copies still on their way to the sent folder. */
    private static final Duration COPIES_DRAIN = Duration.ofSeconds(30);

    private final DaemonLock lock;
    private final Sandbox sandbox;
    private final Database db;
    private final QuartzScheduler quartz;
    private final SendLane lane;
    private final SentCopies copies;
    private final Mailbox mailbox;
    private final Reconciler reconciler;
    private final RecordBook book;
    private final ScheduledExecutorService watcher;
    private final MetricsServer metrics;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Daemon(DaemonLock lock, Sandbox sandbox, Database db, QuartzScheduler quartz, SendLane lane,
                   SentCopies copies, Mailbox mailbox, Reconciler reconciler, RecordBook book,
                   ScheduledExecutorService watcher, MetricsServer metrics) {
        this.lock = lock;
        this.sandbox = sandbox;
        this.db = db;
        this.quartz = quartz;
        this.lane = lane;
        this.copies = copies;
        this.mailbox = mailbox;
        this.reconciler = reconciler;
        this.book = book;
        this.watcher = watcher;
        this.metrics = metrics;
    }

    public static Daemon start(Settings settings, Clock clock, DeliveryListener listener) {
        DaemonLock lock = Database.h2File(settings.storeUrl()).map(DaemonLock::acquire).orElse(null);
        Sandbox sandbox = null;
        Database db = null;
        try {
            Settings.Server smtpServer = settings.mail().smtp();
            Settings.Server imapServer = settings.mail().imap().server();
            if (settings.mail().mode() == Settings.Mode.SANDBOX) {
                sandbox = Sandbox.start(settings.mail().sandbox().smtpPort(), settings.mail().sandbox().imapPort(),
                        settings.sender().email());
                smtpServer = sandbox.smtp();
                imapServer = sandbox.imap();
                LOG.info("Sandbox mode: nothing leaves this machine. Mail client: IMAP 127.0.0.1:{} (user {}, password"
                        + " {} for yours; each recipient's address and the same password for theirs), SMTP"
                        + " 127.0.0.1:{}", sandbox.imapPort(), settings.sender().email(), Sandbox.PASSWORD,
                        sandbox.smtpPort());
            }
            db = Database.open(settings.store());
            if (lock == null) {
                lock = DaemonLock.onServer(db, settings.cluster()).orElse(null);
            }
            db.requireNothingForgotten();
            db.waitWhenLost();
            return wire(settings, clock, listener, lock, sandbox, db, smtpServer, imapServer);
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

    private static Daemon wire(Settings settings, Clock clock, DeliveryListener listener, DaemonLock lock,
                               Sandbox sandbox, Database db, Settings.Server smtpServer, Settings.Server imapServer) {
        MessageStore store = new MessageStore(db);
        EventLog events = new EventLog(db);
        Holds holds = new Holds(db);
        MailLog mail = new MailLog(db);
        Notices notices = new Notices(store, events, settings.sender(), clock);
        RecordBook book = new RecordBook(settings.interviews(), RecordLoader.forSettings(settings));
        Planner planner = new Planner(settings.policy(), settings.sender(), clock,
                PublicHolidays.of(settings.holidays()));
        Reconciler reconciler = new Reconciler(book, planner, store, events, notices, clock);
        AccessTokens tokens = settings.mail().mode() == Settings.Mode.LIVE
                && settings.mail().auth() == Settings.Auth.OAUTH2 ? AccessTokens.of(settings.mail().oauth2(), clock)
                : null;
        ImapConnector imap = new ImapConnector(imapServer, AccessTokens.forServer(settings.mail(), imapServer,
                tokens));
        SyncStateStore sync = new SyncStateStore() {
            @Override
            public Optional<FolderSync> load(String folder) {
                return mail.sync(folder).map(s -> new FolderSync(s.uidValidity(), s.lastUid()));
            }

            @Override
            public void save(String folder, FolderSync s) {
                mail.saveSync(folder, s.uidValidity(), s.lastUid());
            }
        };
        Set<String> own = new HashSet<>();
        own.add(settings.sender().email());
        own.add(settings.sender().notifyAddress());
        Templates templates = new Templates(settings.templates(), settings.renderTimeLimit());
        RejectionDrafts drafts = new RejectionDrafts(templates, settings.sender(),
                new DraftsFolder(imap, settings.mail().imap().draftsFolder()), clock);
        Answers answers = new Answers(book, store, mail, events, notices, drafts, own, settings.sender().zone(), clock,
                listener, id -> {
                    reconciler.reconcile(id);
                    reconciler.syncTriggers();
                });
        ImapSession imapSession = new ImapSession(imap, clock);   // the mailbox's one IMAP connection
        Mailbox mailbox = new Mailbox(new ImapPoller(imapSession, settings.mail().imap().folders(), sync),
                new SentFolder(imapSession, settings.mail().imap().sentFolder()), settings.mail().imap().saveSent(), own,
                book, store, mail, events, notices, settings.policy(), clock, answers);
        SendLane lane = new SendLane(new SmtpSender(smtpServer, clock, AccessTokens.forServer(settings.mail(),
                smtpServer, tokens)), new SendingCap(settings.mail().maxPerHour(), settings.mail().maxPerDay(),
                store::sentTimesSince), store, clock);
        SentCopies copies = new SentCopies(mailbox::saveCopy, COPIES_DRAIN);
        // parsed now, once, rather than by the first messages due together, each waiting for the same parse
        templates.checkFiles().forEach(p -> LOG.warn("Template problem: {}", p));
        Settings.Operations ops = settings.operations();
        PrometheusMeters prometheus = ops.metricsPort() == null ? null : new PrometheusMeters(store::counts);
        Dispatcher dispatcher = new Dispatcher(new Dispatcher.Wiring(settings, settings.policy(), settings.sender(),
                clock, book, reconciler, store, events, holds, mail, notices, templates, lane, mailbox, copies,
                new Dispatcher.Retry(settings.mail().retryFirst(), settings.mail().retryMax()), listener),
                prometheus == null ? Meters.NONE : prometheus);
        MetricsServer metrics = prometheus == null ? null
                : MetricsServer.start(ops.metricsBind(), ops.metricsPort(), prometheus);
        if (metrics != null) {
            LOG.info("Metrics on http://{}/metrics", metrics.address());
        }

        book.loadNow();
        if (!settings.cluster()) {
            // in a cluster, a message in sending may be in flight on another daemon right now: Quartz hands the
            // sends of a daemon that died to the others instead (Dispatcher.recover)
            recoverUncertain(store, mailbox);
        }
        Set<String> ids = new HashSet<>();
        book.all().forEach(i -> ids.add(i.id()));
        store.all().stream().filter(m -> !m.isNotice()).forEach(m -> ids.add(m.interviewId()));
        ids.forEach(reconciler::reconcile);

        QuartzScheduler quartz = new QuartzScheduler(db, settings.cluster(), WORKERS, dispatcher);
        reconciler.attach(quartz);
        reconciler.syncTriggers();
        quartz.schedulePoll(settings.mail().imap().pollInterval());
        quartz.start();

        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "followup-records");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                book.refresh().forEach(reconciler::reconcile);
                reconciler.syncTriggers();
                lane.closeIfIdle(SMTP_IDLE);
                mailbox.closeIfIdle(IMAP_IDLE);
            } catch (RuntimeException e) {
                LOG.error("Record watch failed: {}", e.toString());
            }
        }, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("followup running: {} interview(s) from {}, state in {}{}", book.all().size(),
                Display.path(settings.interviews()), db.where(), settings.cluster() ? " (cluster)" : "");
        return new Daemon(lock, sandbox, db, quartz, lane, copies, mailbox, reconciler, book, watcher, metrics);
    }

    /** Messages a crash left in {@code sending}: settled before anything else runs. */
    private static void recoverUncertain(MessageStore store, Mailbox mailbox) {
        for (StoredMessage m : store.inState(State.SENDING)) {
            LOG.warn("{} was being sent when followup stopped; checking whether it went out", m.key());
            mailbox.settleUncertain(m, "interrupted during sending (no answer from the server was recorded)");
        }
    }

    /** The port {@code /metrics} is served on, when {@code followup.metrics.port} is set. */
    public OptionalInt metricsPort() {
        return metrics == null ? OptionalInt.empty() : OptionalInt.of(metrics.port());
    }

    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
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
        watcher.shutdownNow();
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
        copies.close();
        lane.close();
        mailbox.close();
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
}
