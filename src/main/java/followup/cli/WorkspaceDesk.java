package followup.cli;

import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Display;
import followup.config.RecordDraft;
import followup.config.Settings;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.State;
import followup.plan.Step;
import followup.store.Database;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.OutOfReach;
import followup.web.Desk;
import followup.web.StateUnreachable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The page's view of one workspace, computed as the commands compute it: the timelines as {@code plan} shows them
 * (records re-read, state from the store laid over), the mailbox as {@code status} lists it, previews as
 * {@code preview} renders them, hold, resume and add as the commands do them.
 */
final class WorkspaceDesk implements Desk, AutoCloseable {
    private static final int MAILBOX_ROWS = 20;

    private final Path config;
    private final Clock clock;
    private Database db;
    /** {@code followup.store} as last read, for saying which server cannot be reached. */
    private Settings.Store storeSettings;

    /** @param config the config file of the workspace (one candidate's) */
    WorkspaceDesk(Path config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public synchronized Overview overview(String only) {
        return reaching(() -> overviewOf(only));
    }

    private Overview overviewOf(String only) {
        Deployment deployment = Deployment.withoutSecrets(config);
        String name = deployment.many() ? only : null;
        List<Settings> shown = deployment.select(name);
        Optional<Database> store = store(deployment.settings());
        Map<String, String> held = store.map(d -> new Holds(d).reasons()).orElse(Map.of());
        List<Timeline> timelines = new ArrayList<>();
        List<MailItem> mail = new ArrayList<>();
        List<followup.config.Problem> problems = new ArrayList<>(name == null ? deployment.problems()
                : deployment.problemsOf(name));
        for (Settings candidate : shown) {
            Workspace ws = Workspace.open(candidate, clock);
            MessageStore messages = store.map(d -> new MessageStore(d, candidate.candidate())).orElse(null);
            StateOverlay.Answered answered = store.map(d -> StateOverlay.Answered.of(d, candidate.candidate(),
                    candidate.sender().zone())).orElse(StateOverlay.Answered.NONE);
            for (Interview iv : ws.records().interviews()) {
                timelines.add(timelineOf(ws, iv, messages, held, answered));
            }
            store.map(d -> new MailLog(d, candidate.candidate()).recentFromOthers(MAILBOX_ROWS))
                    .orElse(List.of()).stream()
                    .map(s -> new MailItem(s.received(), s.verdict(), s.from(), s.subject(), s.interviewId(),
                            s.detail()))
                    .forEach(mail::add);
            problems.addAll(ws.records().problems());
        }
        timelines.sort(java.util.Comparator.comparing((Timeline t) -> t.interview().start().toInstant())
                .thenComparing(t -> t.interview().id()));
        mail.sort(java.util.Comparator.comparing(MailItem::received));
        // as status shows it: one job seeker's (also one candidate's page) in their zone, everyone's in this machine's
        java.time.ZoneId zone = deployment.many() && name == null || shown.isEmpty() ? clock.getZone()
                : shown.get(0).sender().zone();
        return new Overview(zone, timelines, mail.subList(Math.max(0, mail.size() - MAILBOX_ROWS), mail.size()),
                problems, store.isPresent(), deployment.many() ? deployment.names() : List.of(), name);
    }

    private static Timeline timelineOf(Workspace ws, Interview iv, MessageStore messages, Map<String, String> held,
                                       StateOverlay.Answered answered) {
        followup.store.Reply reply = answered.replies().get(iv.id());
        return new Timeline(iv, Display.path(ws.records().files().get(iv.id())), held.containsKey(iv.id()),
                StateOverlay.plan(ws.planner(), iv, messages, ws.records().interviews(), held, answered),
                ws.settings().sender().zone(), reply == null ? null : reply.heldReason(answered.zone()));
    }

    @Override
    public synchronized Timeline timeline(String id) {
        return reaching(() -> {
            Workspace ws = workspaceOf(id);
            Interview interview = ws.interview(id);
            Optional<Database> store = store(Deployment.withoutSecrets(config).settings());
            String candidate = ws.settings().candidate();
            return timelineOf(ws, interview, store.map(d -> new MessageStore(d, candidate)).orElse(null),
                    store.map(d -> new Holds(d).reasons()).orElse(Map.of()), store.map(d -> StateOverlay.Answered
                            .of(d, candidate, ws.settings().sender().zone())).orElse(StateOverlay.Answered.NONE));
        });
    }

    /** The workspace of the candidate an interview id names ({@code NAME/ID}), or of the one job seeker. */
    private Workspace workspaceOf(String id) {
        Deployment deployment = Deployment.withoutSecrets(config);
        String name = deployment.many() && id != null && id.indexOf('/') > 0 ? id.substring(0, id.indexOf('/'))
                : null;
        return Workspace.open(deployment.choose(name), clock);
    }

    /**
     * {@code read}, or {@link StateUnreachable} when it failed because the PostgreSQL server of the state database
     * cannot be reached (opening the database, or reading it), for the page to say so.
     */
    private <T> T reaching(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            Optional<String> why = storeSettings == null ? Optional.empty() : OutOfReach.why(storeSettings, e);
            throw why.isPresent() ? new StateUnreachable(why.get(), OutOfReach.toldToDaemon(e), e) : e;
        }
    }

    /** The state database, opened once it exists (before the daemon's first start there is none). */
    private Optional<Database> store(Settings settings) {
        storeSettings = settings.store();
        if (db == null) {
            db = StoreView.existing(settings).orElse(null);
        }
        return Optional.ofNullable(db);
    }

    /**
     * Each message rendered as {@code preview} renders it, with the state its row of the timeline gives (sent, held
     * and why, ...), not the plan's bare "planned".
     */
    @Override
    public synchronized List<Preview> previews(String id, String key) {
        return reaching(() -> previewsOf(id, key));
    }

    private List<Preview> previewsOf(String id, String key) {
        Workspace ws = workspaceOf(id);
        Interview interview = ws.interview(id);
        Map<String, PlannedMessage> shown = new java.util.HashMap<>();
        store(Deployment.withoutSecrets(config).settings()).ifPresent(d -> StateOverlay.plan(ws.planner(),
                interview, new MessageStore(d, ws.settings().candidate()), ws.records().interviews(),
                new Holds(d).reasons(), StateOverlay.Answered.of(d, ws.settings().candidate(),
                        ws.settings().sender().zone())).forEach(m -> shown.put(m.key(), m)));
        List<Preview> out = new ArrayList<>();
        // one message's preview renders its step alone, as `preview ID STEP` does
        Step step = key == null || !key.startsWith(id + "/") ? null
                : Step.byId(key.substring(id.length() + 1).split("/", 2)[0]).orElse(null);
        for (Previews.Shown s : Previews.of(ws, interview, step)) {
            if (s.failed() != null) {       // the page names the template and its line, as it always did
                throw new followup.template.TemplateException(s.failed());
            }
            PlannedMessage m = shown.getOrDefault(s.message().key(), s.message());
            String state = m.state() == State.PLANNED || m.reason() == null || m.reason().isBlank()
                    || m.reason().equals(m.state().label()) ? m.state().label()
                    : m.state().label() + " (" + m.reason() + ")";
            out.add(new Preview(s.message().key(), state, s.when(),
                    s.headers().stream().map(h -> new Header(h[0], h[1])).toList(), s.rendered().body()));
        }
        return out;
    }

    @Override
    public String hold(String id, String reason) {
        Workspace ws = workspaceOf(id);
        ws.requireRecordFile(id);
        return Steering.hold(ws.settings(), clock, id, reason, new java.io.PrintWriter(System.err, true));
    }

    @Override
    public String resume(String id) {
        Workspace ws = workspaceOf(id);
        ws.requireRecordFile(id);
        return Steering.resume(ws.settings(), clock, id, new java.io.PrintWriter(System.err, true));
    }

    @Override
    public Added add(String fileName, byte[] content, String id, String candidate) {
        String name = candidate == null || candidate.isBlank() ? null : candidate.strip();
        Deployment deployment = Deployment.withoutSecrets(config);
        if (deployment.many() && name == null) {
            throw new BadInputException("candidate", "choose whose interview this is ("
                    + (deployment.names().isEmpty() ? "no candidate can run; see followup validate"
                    : String.join(", ", deployment.names())) + ")");
        }
        Settings settings = deployment.choose(name);
        Intake intake = new Intake(settings, clock);
        RecordDraft draft = intake.fromInvitation(fileName, content);
        Intake.Added added = intake.add(draft, id);
        // the id as the page shows the interview (bob/acme in a deployment of candidates), for its heading and link
        return new Added(CandidateOption.qualified(settings, added.id()), Display.path(added.file()), draft.notices(),
                added.warnings(), added.problems(), added.plan());
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
