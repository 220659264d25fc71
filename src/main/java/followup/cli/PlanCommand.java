package followup.cli;

import followup.config.BadInputException;
import followup.config.Display;
import followup.config.Problem;
import followup.config.RecordDirectory;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.holiday.PublicHolidays;
import followup.config.Deployment;
import followup.plan.Sender;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.store.Database;
import followup.store.Holds;
import followup.store.MessageStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Every planned message per interview: step, recipient, due instant in both zones, state and reason. Records are
 * read, planned and printed one at a time, so memory stays flat however many there are.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show every planned message per interview: step, recipient, due instant (in"
        + " the recipient's zone and yours), state and reason.")
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Option(names = "--json", description = "print one JSON document on stdout, nothing else")
    private boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "only this interview (NAME/ID for a"
            + " candidate's, or ID with --candidate NAME)")
    private String id;

    @Override
    public Integer call() {
        Deployment deployment;
        List<Settings> candidates;
        try {
            deployment = Deployment.withoutSecrets(config.file);
            candidates = candidate.select(deployment, id);
        } catch (BadInputException e) {
            if (json) {     // the config itself is broken: still one document, with its problems
                PlanJson.begin(main.out, null, main.clock.instant()).end(e.problems(), null);
                main.out.flush();
            }
            throw e;
        }
        // the holiday calendar of the senders' countries (most recipients are there too) is read meanwhile
        PublicHolidays.readAhead(candidates.stream().filter(s -> s.holidays().enabled()).map(s -> s.sender().zone())
                .toList());
        Optional<Database> db = StoreView.existing(deployment.settings());
        List<Problem> problems = new ArrayList<>();
        if (candidate.name == null && id == null) {
            problems.addAll(deployment.problems());
        }
        try {
            // the document's senderZone is the one job seeker's; with several, each interview has its own
            Sender only = candidates.size() == 1 ? candidates.get(0).sender() : null;
            Output output = json ? new Output(PlanJson.begin(main.out, only, main.clock.instant()))
                    : new Output(null);
            for (Settings settings : candidates) {
                try {
                    showCandidate(deployment, settings, db, output, problems);
                } catch (BadInputException e) {
                    if (output.json() == null) {
                        throw e;
                    }
                    // the one record asked for is broken or unknown: the document still closes, with its problems
                    problems.addAll(e.problems());
                }
            }
            problems.sort(Problem.ORDER);
            // nothing wrong, but nothing can run: the warning validate shows (stdout holds only the JSON document)
            Optional<Problem> empty = candidate.name == null && id == null ? deployment.noCandidateYet()
                    : Optional.empty();
            if (output.json() != null) {
                output.json().end(problems, deployment.many() ? deployment::candidateOf : null);
                main.out.flush();
                empty.ifPresent(main.err::println);
            } else if (empty.isPresent()) {
                main.out.println(empty.get());
            } else if (candidates.isEmpty()) {
                main.out.println("No candidate can run in " + Display.path(deployment.settings().candidates()) + ".");
            }
        } finally {
            db.ifPresent(Database::close);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return 0;
    }

    /** Where the plans go: one JSON document for every candidate, else tables. */
    private record Output(PlanJson json) {
    }

    private void showCandidate(Deployment deployment, Settings settings, Optional<Database> db, Output output,
                               List<Problem> problems) {
        Planner planner = new Planner(settings.policy(), settings.sender(), main.clock,
                PublicHolidays.of(settings.holidays()));
        MessageStore store = db.map(d -> new MessageStore(d, settings.candidate())).orElse(null);
        Map<String, String> holds = db.map(d -> new Holds(d).reasons()).orElse(Map.of());
        StateOverlay.Answered answered = db.map(d -> StateOverlay.Answered.of(d, settings.candidate(),
                settings.sender().zone())).orElse(StateOverlay.Answered.NONE);
        settings.senderZoneWarning().ifPresent(w -> warn(List.of(w)));
        if (output.json() != null) {
            output.json().sender(settings.sender());
        } else if (deployment.many()) {
            main.out.println("== Candidate " + settings.candidate() + " (" + settings.sender().email() + ")");
        }
        if (id != null) {
            Workspace ws = Workspace.open(settings, main.clock);
            Interview interview = ws.interview(id);
            warn(ws.warnings(interview));     // a previous that names no record among them
            show(settings, output, List.of(new PlanView.Entry(interview, ws.records().files().get(interview.id()),
                    StateOverlay.plan(planner, interview, store, ws.records().interviews(), holds,
                    answered))));
            return;
        }
        // read and planned on every core, shown in file order, a few dozen records in flight at a time; each
        // record's warnings are worked out in the same reading, and go to stderr (stdout holds the plan alone).
        // --json, a program's reading of many records, leaves them out (a tenth of its time): validate --json has them
        RecordLoader loader = RecordLoader.forSettings(settings).at(main.clock.instant());
        Set<String> ids = new HashSet<>();
        List<RecordDirectory.Entry> later = new ArrayList<>();
        show(settings, output, each -> RecordDirectory.read(json ? loader.withoutWarnings() : loader,
                        settings.interviews(), Runtime.getRuntime().availableProcessors(),
                e -> new Planned(e, e.interview() == null ? List.of()
                        : StateOverlay.plan(planner, e.interview(), store, List.of(), holds, answered)),   // a next round: from the store, once run
                p -> {
                    problems.addAll(p.entry().problems());
                    ids.add(p.entry().id());
                    if (p.entry().interview() != null) {
                        if (p.entry().interview().previous() != null) {
                            later.add(p.entry());
                        }
                        warn(p.entry().warnings());
                        each.accept(new PlanView.Entry(p.entry().interview(), p.entry().file(), p.messages()));
                    }
                }));
        warnUnknownPrevious(later, ids);
    }

    /** The later rounds whose {@code previous} names no record, warned about as validate does. */
    private void warnUnknownPrevious(List<RecordDirectory.Entry> later, Set<String> ids) {
        for (RecordDirectory.Entry e : later) {
            if (e.interview().previous() != null && !ids.contains(e.interview().previous())) {
                warn(List.of(ValidateCommand.unknownPrevious(e)));
            }
        }
    }

    /**
     * A record's warnings, as validate words them ({@code file:line: key: warning: ...}): on stderr, so that stdout
     * keeps the tables; they change neither them nor the exit code. {@code --json} leaves them to validate.
     */
    private void warn(List<Problem> warnings) {
        if (json) {
            return;
        }
        warnings.forEach(main.err::println);
    }

    /** A record as read, and its plan when it is valid. */
    private record Planned(RecordDirectory.Entry entry, List<PlannedMessage> messages) {
    }

    private void show(Settings settings, Output output, List<PlanView.Entry> entries) {
        show(settings, output, each -> entries.forEach(each));
    }

    /** Prints the entries {@code source} produces as it produces them. */
    private void show(Settings settings, Output output, Consumer<Consumer<PlanView.Entry>> source) {
        if (output.json() != null) {
            source.accept(output.json()::interview);
            return;
        }
        int[] shown = {0};
        source.accept(e -> {
            PlanView.table(main.out, settings.sender(), e);
            shown[0]++;
        });
        if (shown[0] == 0) {
            main.out.println("No interviews in " + Display.path(settings.interviews()) + ".");
        }
    }
}
