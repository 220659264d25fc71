package followup.daemon;

import followup.auth.AccessTokens;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.holiday.PublicHolidays;
import followup.inbox.DraftsFolder;
import followup.inbox.FolderSync;
import followup.inbox.ImapConnector;
import followup.inbox.ImapPoller;
import followup.inbox.ImapSession;
import followup.inbox.SentFolder;
import followup.inbox.SyncStateStore;
import followup.mail.SmtpSender;
import followup.mail.Outages;
import followup.metrics.Meters;
import followup.plan.Planner;
import followup.plan.State;
import followup.schedule.QuartzScheduler;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.template.SharedTemplates;
import followup.template.Templates;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job seeker's part of the daemon: their records, planner, templates, mailbox (one IMAP connection) and way out
 * (one SMTP conversation at a time, their own caps). The database and the scheduler are shared by every candidate;
 * everything here sees only this candidate's messages, so one candidate's broken mailbox, refused password or slow
 * server holds back nobody else's.
 */
final class CandidateRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateRun.class);
    /** An SMTP connection unused this long is closed (servers drop idle ones after a few minutes anyway). */
    private static final Duration SMTP_IDLE = Duration.ofSeconds(30);
    /** An IMAP connection unused this long is closed; the default poll every 5 minutes keeps it open. */
    private static final Duration IMAP_IDLE = Duration.ofMinutes(10);
    /** Stopping waits this long at most for the copies still on their way to the sent folder. */
    private static final Duration COPIES_DRAIN = Duration.ofSeconds(30);

    private final Settings settings;
    private final MessageStore store;
    private final RecordBook book;
    private final Reconciler reconciler;
    private final Mailbox mailbox;
    private final SendLane lane;
    private final SentCopies copies;
    private final Dispatcher dispatcher;
    private final Clock clock;

    private CandidateRun(Settings settings, MessageStore store, RecordBook book, Reconciler reconciler,
                         Mailbox mailbox, SendLane lane, SentCopies copies, Dispatcher dispatcher, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        this.book = book;
        this.reconciler = reconciler;
        this.mailbox = mailbox;
        this.lane = lane;
        this.copies = copies;
        this.dispatcher = dispatcher;
    }

    /**
     * What every candidate of one daemon shares.
     *
     * @param outages the mail servers that stopped answering, so that the candidates who use one do not each wait for
     *                it in turn
     */
    record Common(Clock clock, DeliveryListener listener, Database db, Meters meters, Outages outages) {
    }

    /**
     * @param smtpServer the SMTP server to send through (the sandbox's in sandbox mode)
     * @param imapServer the IMAP server to read (the sandbox's in sandbox mode)
     * @param theirs     their templates (shared with the candidates who use the same directory)
     */
    static CandidateRun wire(Settings settings, Common common, Settings.Server smtpServer, Settings.Server imapServer,
                             SharedTemplates.Shared theirs) {
        Clock clock = common.clock();
        DeliveryListener listener = common.listener();
        Database db = common.db();
        Templates templates = theirs.templates();
        MessageStore store = new MessageStore(db, settings.candidate());
        EventLog events = new EventLog(db);
        Holds holds = new Holds(db);
        MailLog mail = new MailLog(db, settings.candidate());
        Notices notices = new Notices(store, events, settings.sender(), clock, settings.candidate());
        RecordBook book = new RecordBook(settings.interviews(), RecordLoader.forSettings(settings), clock);
        Planner planner = new Planner(settings.policy(), settings.sender(), clock,
                PublicHolidays.of(settings.holidays()));
        Reconciler reconciler = new Reconciler(book, planner, store, events, notices, clock);
        AccessTokens tokens = settings.mail().mode() == Settings.Mode.LIVE
                && settings.mail().auth() == Settings.Auth.OAUTH2 ? AccessTokens.of(settings.mail().oauth2(), clock)
                : null;
        common.outages().uses("imap", imapServer.host(), imapServer.port());
        common.outages().uses("smtp", smtpServer.host(), smtpServer.port());
        ImapConnector imap = new ImapConnector(imapServer, AccessTokens.forServer(settings.mail(), imapServer,
                tokens), common.outages());
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
                book, store, mail, events, notices, settings.policy(), clock, answers,
                address -> address.equalsIgnoreCase(settings.sender().debriefWith()));
        SmtpSender smtp = new SmtpSender(smtpServer, clock, AccessTokens.forServer(settings.mail(), smtpServer, tokens),
                common.outages());
        Dispatcher.Retry retry = new Dispatcher.Retry(settings.mail().retryFirst(), settings.mail().retryMax());
        SendLane lane = new SendLane(smtp, new SendingCap(settings.mail().maxPerHour(), settings.mail().maxPerDay(),
                store::sentTimesSince), store, clock, settings.cluster(), retry);
        SentCopies copies = new SentCopies(mailbox::saveCopy, COPIES_DRAIN, settings.candidate());
        // parsed now, once, rather than by the first messages due together, each waiting for the same parse; once
        // for all the candidates who share the directory
        if (theirs.first()) {
            templates.checkFiles().forEach(p -> LOG.warn("{}Template problem: {}", who(settings), p));
        }
        Dispatcher dispatcher = new Dispatcher(new Dispatcher.Wiring(settings, settings.policy(), settings.sender(),
                clock, book, reconciler, store, events, holds, mail, notices, templates, lane, mailbox, copies,
                retry, listener),
                common.meters().of(settings.candidate()));
        return new CandidateRun(settings, store, book, reconciler, mailbox, lane, copies, dispatcher, clock);
    }

    /** {@code "Candidate alice: "} in a deployment of candidates, else nothing. */
    static String who(Settings settings) {
        return settings.candidate().isEmpty() ? "" : "Candidate " + settings.candidate() + ": ";
    }

    String name() {
        return settings.candidate();
    }

    Settings settings() {
        return settings;
    }

    Dispatcher jobs() {
        return dispatcher;
    }

    /** True if {@code candidate} is a former name of this candidate (their folder renamed, from the same address). */
    boolean formerlyNamed(String candidate) {
        return !candidate.isEmpty() && !candidate.equals(name()) && store.isFormerName(candidate);
    }

    int interviews() {
        return book.all().size();
    }

    /**
     * Loads the records, settles what a crash left in {@code sending} (not in a cluster, where another daemon may be
     * sending it right now), plans every interview and schedules this candidate's triggers and mailbox poll.
     */
    void start(QuartzScheduler quartz, boolean cluster) {
        try (LogContext context = LogContext.ofCandidate(settings.candidate())) {   // its lines name the candidate
            startNamed(quartz, cluster);
        }
    }

    private void startNamed(QuartzScheduler quartz, boolean cluster) {
        try {
            store.noteSender(settings.sender().email(), clock.instant()).ifPresent(m -> LOG.warn("Candidate {}"
                    + " sends from {} now, and sent from {} before: the {} message(s) sent or planned from {} are"
                    + " kept, with their events, under the name {}, and the {} of them still to go are"
                    + " cancelled; the records plan their messages from the new address. What went out from {} to"
                    + " the same person for the same moment is not sent again", settings.candidate(),
                    settings.sender().email(), m.former(), m.moved(), m.former(), m.name(), m.cancelled(),
                    m.former()));
        } catch (RuntimeException e) {     // another daemon of the cluster noting the same candidate at the same moment
            LOG.debug("Sender not noted: {}", e.toString());
        }
        book.loadNow();
        // a folder renamed since: the sends left under its former names are this candidate's to settle too; in a
        // cluster, only a send no daemon runs or will recover (one that died in it while this candidate was not
        // running, a broken candidate.conf, whose takeover found nobody to settle it)
        List<StoredMessage> formerNames = store.sendingUnderFormerNames();
        List<StoredMessage> left = new java.util.ArrayList<>(store.inState(State.SENDING));
        left.addAll(formerNames);
        for (StoredMessage m : left) {
            if (!cluster || !quartz.sendInFlight(m.key())) {
                LOG.warn("{} was being sent when followup stopped{}; checking whether it went out", m.key(),
                        formerNames.contains(m) ? ", under a former name of this candidate" : "");
                mailbox.settleUncertain(m, "interrupted during sending (no answer from the server was recorded)");
            }
        }
        int again = store.planAgainAfterRefusedLogin(clock.instant());
        if (again > 0) {
            LOG.info("{} message(s) that failed on a refused SMTP login are planned again: the login may work"
                    + " now", again);
        }
        Set<String> ids = new HashSet<>();
        book.all().forEach(i -> ids.add(i.id()));
        store.all().stream().filter(m -> !m.isNotice()).forEach(m -> ids.add(m.interviewId()));
        reconcile(ids);
        reconciler.attach(quartz);
        reconciler.syncTriggers();
        quartz.schedulePoll(settings.candidate(), settings.mail().imap().pollInterval());
    }

    /**
     * For a candidate who joined the running daemon, once the router hands them their triggers. Their triggers were
     * set by {@link #start} while the scheduler ran, so one due at once may have fired before the router knew them:
     * it sent nothing and left its message to be scheduled again, yet the start's own note of the triggers set may
     * have come after and hidden that. Every planned message of theirs gets its trigger anew (a trigger set twice is
     * replaced; the claim keeps a message from going out twice).
     */
    void joined() {
        store.unschedulePlanned();
        reconciler.syncTriggers();
    }

    /** At most this many interviews are planned in one transaction. */
    private static final int RECONCILE_BATCH = 200;

    /**
     * Plans these interviews at start-up, {@link #RECONCILE_BATCH} in a transaction (one commit, not one per
     * message); nothing else of this candidate runs yet.
     */
    private void reconcile(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += RECONCILE_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + RECONCILE_BATCH));
            store.inOneTransaction(() -> batch.forEach(reconciler::reconcile));
        }
    }

    /**
     * Every second: records that changed are planned again, each in a transaction of its own (not several in one:
     * a worker planning after a send waits for the planner, and must not also wait for rows held by a transaction
     * that waits for the planner); idle connections are closed.
     */
    void watch() {
        try (LogContext context = LogContext.ofCandidate(settings.candidate())) {   // "Record loaded: ..." names them
            book.refresh().forEach(id -> store.inOneTransaction(() -> reconciler.reconcile(id)));
            reconciler.syncTriggers();
            lane.closeIfIdle(SMTP_IDLE);
            mailbox.closeIfIdle(IMAP_IDLE);
        }
    }

    /**
     * Their folder is gone (the job seeker left the deployment): their records go with it at once, not after the two
     * looks in a row that an edit waits for ({@link RecordBook#refresh}), since nothing looks at them again once they
     * left; every interview of theirs in the store is planned again, which cancels its pending messages.
     */
    void leave() {
        try (LogContext context = LogContext.ofCandidate(settings.candidate())) {
            Set<String> ids = new HashSet<>(book.removeAll());
            store.all().stream().filter(m -> !m.isNotice()).forEach(m -> ids.add(m.interviewId()));
            reconcile(ids);
            reconciler.syncTriggers();
        }
    }

    /** The daemon stops: the message in hand is finished, no other is taken up (see {@link Dispatcher#stopping}). */
    void stopping() {
        dispatcher.stopping();
    }

    @Override
    public void close() {
        copies.close();
        lane.close();
        mailbox.close();
    }
}
