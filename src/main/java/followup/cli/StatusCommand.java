package followup.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import followup.config.Settings;
import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Problem;
import followup.plan.State;
import followup.store.Database;
import followup.store.Event;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Counts per state, what failed (with the server's reply), and the last events. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show counts per state and the last events (sent, held, replies seen,"
        + " failures).")
final class StatusCommand implements Callable<Integer> {
    private static final followup.config.Display.Moment WHEN = followup.config.Display.moment("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private Main main;

    /** Who runs on the store, once it is open. */
    private followup.daemon.Running running;

    @Mixin
    private ConfigOption config;

    @Option(names = "--json", description = "print one JSON document on stdout, nothing else")
    private boolean json;

    @Option(names = "--events", paramLabel = "N", defaultValue = "20", description = "how many events (default 20)")
    private int events;

    @Mixin
    private CandidateOption candidate;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (events < 0) {
            throw new ParameterException(spec.commandLine(), "--events takes how many of the last events to show,"
                    + " 0 or more (not " + events + ")");
        }
        Deployment deployment;
        List<Settings> candidates;
        try {
            deployment = Deployment.withoutSecrets(config.file).withTemplates();
            candidates = candidate.select(deployment, null);
        } catch (BadInputException e) {
            if (json) {     // the config itself is broken, or --candidate names no one who runs: still one document
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("problems", e.problems().stream().map(StatusCommand::problem).toList());
                main.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(doc));
                main.out.flush();
            }
            throw e;
        }
        Settings settings = deployment.settings();
        // one job seeker's times in their zone; everyone's, as the machine shows time (each line names its zone)
        ZoneId zone = candidates.isEmpty() || deployment.many() && candidate.name == null ? main.clock.getZone()
                : candidates.get(0).sender().zone();
        List<Problem> broken = candidate.name == null ? deployment.problems() : List.of();
        Optional<Database> existing = StoreView.existing(settings);
        if (existing.isEmpty()) {
            if (json) {
                // each candidate's, as after a run; in a deployment an object even when none can run
                Map<String, Map<State, Integer>> none = deployment.many() && candidate.name == null
                        ? new LinkedHashMap<>() : null;
                if (none != null) {
                    candidates.forEach(c -> none.put(c.candidate(), MessageStore.noMessages()));
                }
                printJson(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), problems(broken, deployment), none,
                        deployment.many());
            } else {
                printProblems(broken);
                main.out.println("Nothing has run yet (no state in " + settings.shownStoreUrl() + "). Start the"
                        + " daemon with `followup run`, or try `followup demo`.");
            }
            return 0;
        }
        String scope = candidate.name == null ? "" : candidates.get(0).candidate();
        try (Database db = existing.get()) {
            running = followup.daemon.Running.on(settings.store(), db);
            MessageStore store = MessageStore.ofFolder(db, scope);
            Map<State, Integer> counts = store.counts();
            List<StoredMessage> failures = new ArrayList<>(store.inState(State.FAILED));
            failures.addAll(store.inState(State.BOUNCED));
            List<StoredMessage> held = store.inState(State.HELD);
            List<Event> recent = new EventLog(db).recent(events, scope);
            List<Seen> mail = new ArrayList<>();
            for (Settings c : candidates) {
                new MailLog(db, c.candidate()).recentFromOthers(10).forEach(m -> mail.add(new Seen(c.candidate(), m)));
            }
            mail.sort(java.util.Comparator.comparing(m -> m.seen().received()));
            List<Seen> last = mail.subList(Math.max(0, mail.size() - 10), mail.size());
            List<String> holds = new Holds(db).held().stream().filter(h -> scope.isEmpty()
                    || h.startsWith(scope + "/")).toList();
            Map<String, Map<State, Integer>> perCandidate = deployment.many() && candidate.name == null
                    ? new LinkedHashMap<>() : null;
            if (perCandidate != null) {
                Map<String, Map<State, Integer>> all = new MessageStore(db).countsByCandidate();   // one query
                candidates.forEach(c -> perCandidate.put(c.candidate(), all.getOrDefault(c.candidate(),
                        MessageStore.noMessages())));
            }
            if (json) {
                printJson(counts, failures, held, holds, recent, last, problems(broken, deployment), perCandidate,
                        deployment.many());
            } else {
                printProblems(broken);
                printText(counts, failures, held, holds, recent, last, zone, deployment.many());
                printCandidates(perCandidate, candidates);
            }
        }
        return 0;
    }

    /** Each candidate's messages by state (the states they have any in), after the totals. */
    private void printCandidates(Map<String, Map<State, Integer>> perCandidate, List<Settings> candidates) {
        if (perCandidate == null || perCandidate.isEmpty()) {
            return;
        }
        main.out.println();
        main.out.println("Per candidate:");
        for (Settings c : candidates) {
            List<String> parts = new ArrayList<>();
            perCandidate.get(c.candidate()).forEach((state, n) -> {
                if (n > 0) {
                    parts.add(state.label() + " " + n);
                }
            });
            main.out.println("  " + c.candidate() + " (" + c.sender().email() + "): "
                    + (parts.isEmpty() ? "no messages yet" : String.join(", ", parts)));
        }
    }

    /** Candidates that cannot run, each problem with its file and line. */
    private void printProblems(List<Problem> broken) {
        if (broken.isEmpty()) {
            return;
        }
        main.out.println("Candidates left out until their config is fixed:");
        broken.forEach(p -> main.out.println("  " + p));
        main.out.println();
    }

    /** A message the mailbox poll saw, with whose mailbox it was in ("" for a config without candidates). */
    private record Seen(String candidate, MailLog.Seen seen) {
    }

    /**
     * @param many a deployment of candidates: each message of the mailbox names whose mailbox it was in (one
     *             without an interview would name nobody otherwise)
     */
    private void printText(Map<State, Integer> counts, List<StoredMessage> failures, List<StoredMessage> held,
                           List<String> holds, List<Event> recent, List<Seen> mail, ZoneId zone, boolean many) {
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(s.label() + " " + n));
        main.out.println("Messages: " + String.join(", ", parts));
        main.out.println(running.line());
        if (!holds.isEmpty()) {
            main.out.println("On hold by you: " + String.join(", ", holds));
        }
        if (!failures.isEmpty()) {
            main.out.println();
            main.out.println("Failed or bounced:");
            for (StoredMessage m : failures) {
                main.out.println("  " + m.key() + ": " + m.state().label() + " (" + m.reason() + ")"
                        + (m.lastReply() == null ? "" : "\n    server said: " + m.lastReply()));
            }
        }
        if (!held.isEmpty()) {
            main.out.println();
            main.out.println("Held:");
            for (StoredMessage m : held) {
                main.out.println("  " + m.key() + ": held (" + m.reason() + ")");
            }
        }
        if (!mail.isEmpty()) {
            main.out.println();
            main.out.println("Mailbox (replies, auto-replies, bounces seen):");
            for (Seen seen : mail) {
                MailLog.Seen s = seen.seen();
                main.out.println("  " + WHEN.format(s.received().atZone(zone)) + "  " + s.verdict() + "  "
                        + (many ? "in " + seen.candidate() + "'s mailbox, " : "") + (s.from() == null ? "?" : s.from()) + ": " + (s.subject() == null ? "" : s.subject())
                        + (s.detail() == null ? "" : " (" + s.detail() + ")"));
            }
        }
        if (events == 0) {      // none asked for: no section, which would say there were none
            return;
        }
        main.out.println();
        main.out.println("Last events:");
        if (recent.isEmpty()) {
            main.out.println("  none yet");
        }
        for (Event e : recent) {
            main.out.println("  " + WHEN.format(e.at().atZone(zone)) + "  " + e.kind() + "  "
                    + (e.key() != null ? e.key() : e.interviewId() == null ? "" : e.interviewId())
                    + (e.detail() == null ? "" : ": " + e.detail()));
        }
    }

    private void printJson(Map<State, Integer> counts, List<StoredMessage> failures, List<StoredMessage> held,
                           List<String> holds, List<Event> recent, List<Seen> mail, List<Map<String, Object>> broken,
                           Map<String, Map<State, Integer>> perCandidate, boolean many) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Integer> c = new LinkedHashMap<>();
        for (State s : State.values()) {   // every state, 0 when none is in it: a script need not guess
            c.put(s.label(), counts.getOrDefault(s, 0));
        }
        doc.put("counts", c);
        doc.put("failures", failures.stream().map(s -> message(s, many)).toList());
        doc.put("held", held.stream().map(s -> message(s, many)).toList());
        doc.put("onHold", holds);
        if (running != null) {      // null before anything ran: no database to run on
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("running", running.daemons().size());
            d.put("daemons", running.daemons());
            if (running.unknown() != null) {
                d.put("unknown", running.unknown());
            }
            doc.put("daemon", d);
        }
        doc.put("events", recent.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            if (many) {
                m.put("candidate", followup.plan.Interview.candidateOf(e.interviewId() != null ? e.interviewId()
                        : e.key()));
            }
            m.put("at", e.at().toString());
            m.put("interview", e.interviewId());
            m.put("key", e.key());
            m.put("kind", e.kind());
            m.put("detail", e.detail());
            return m;
        }).toList());
        doc.put("mailbox", mail.stream().map(seen -> {
            MailLog.Seen s = seen.seen();
            Map<String, Object> m = new LinkedHashMap<>();
            if (many) {
                m.put("candidate", seen.candidate());
            }
            m.put("received", s.received().toString());
            m.put("from", s.from());
            m.put("subject", s.subject());
            m.put("verdict", s.verdict());
            m.put("interview", s.interviewId());
            m.put("detail", s.detail());
            return m;
        }).toList());
        if (perCandidate != null) {     // a deployment's: there even when no candidate can run
            Map<String, Object> byName = new LinkedHashMap<>();
            perCandidate.forEach((name, byState) -> {
                Map<String, Integer> one = new LinkedHashMap<>();
                byState.forEach((state, n) -> one.put(state.label(), n));
                byName.put(name, one);
            });
            doc.put("candidates", byName);
        }
        if (!broken.isEmpty()) {
            doc.put("problems", broken);
        }
        main.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    }

    /**
     * The problems as {@code plan --json} and {@code validate --json} give them: objects of file, line, key and
     * message, in a deployment of candidates first the {@code candidate} each is about (null: the deployment's own).
     */
    private static List<Map<String, Object>> problems(List<Problem> broken, Deployment deployment) {
        return broken.stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            if (deployment.many()) {
                one.put("candidate", deployment.candidateOf(p));
            }
            one.putAll(problem(p));
            return one;
        }).toList();
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("file", p.file());
        one.put("line", p.line());
        one.put("key", p.key());
        one.put("message", p.message());
        return one;
    }

    /** @param many a deployment of candidates: the message names its candidate */
    private static Map<String, Object> message(StoredMessage s, boolean many) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (many) {
            m.put("candidate", followup.plan.Interview.candidateOf(s.key()));
        }
        m.put("key", s.key());
        m.put("state", s.state().label());
        m.put("reason", s.reason());
        m.put("serverReply", s.lastReply());
        m.put("attempts", s.attempts());
        return m;
    }
}
