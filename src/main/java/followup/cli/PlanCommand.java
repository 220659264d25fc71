package followup.cli;

import followup.config.BadInputException;
import followup.config.Display;
import followup.config.Problem;
import followup.config.RecordDirectory;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.holiday.PublicHolidays;
import followup.config.SettingsLoader;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.store.Database;
import followup.store.MessageStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--json", description = "print one JSON document on stdout, nothing else")
    private boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "only this interview")
    private String id;

    @Override
    public Integer call() {
        Settings settings = SettingsLoader.load(config.file);
        Planner planner = new Planner(settings.policy(), settings.sender(), main.clock,
                PublicHolidays.of(settings.holidays()));
        Optional<Database> db = StoreView.existing(settings);
        List<Problem> problems = new ArrayList<>();
        try {
            MessageStore store = db.map(MessageStore::new).orElse(null);
            if (id != null) {
                Workspace ws = Workspace.open(config.file, main.clock);
                Interview interview = ws.interview(id);
                show(settings, List.of(new PlanView.Entry(interview, ws.records().files().get(id),
                        StateOverlay.plan(planner, interview, store,
                        ws.records().interviews()))), problems);
            } else {
                // read and planned on every core, shown in file order, a few dozen records in flight at a time
                show(settings, each -> RecordDirectory.read(RecordLoader.forSettings(settings),
                        settings.interviews(), Runtime.getRuntime().availableProcessors(),
                        e -> new Planned(e, e.interview() == null ? List.of()
                                : StateOverlay.plan(planner, e.interview(), store, List.of())),   // a next round: from the store, once run
                        p -> {
                            problems.addAll(p.entry().problems());
                            if (p.entry().interview() != null) {
                                each.accept(new PlanView.Entry(p.entry().interview(), p.entry().file(), p.messages()));
                            }
                        }), problems);
            }
        } finally {
            db.ifPresent(Database::close);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return 0;
    }

    /** A record as read, and its plan when it is valid. */
    private record Planned(RecordDirectory.Entry entry, List<PlannedMessage> messages) {
    }

    private void show(Settings settings, List<PlanView.Entry> entries, List<Problem> problems) {
        show(settings, each -> entries.forEach(each), problems);
    }

    /** Prints the entries {@code source} produces as it produces them; problems are complete once it returns. */
    private void show(Settings settings, Consumer<Consumer<PlanView.Entry>> source, List<Problem> problems) {
        if (json) {
            PlanJson doc = PlanJson.begin(main.out, settings.sender(), main.clock.instant());
            source.accept(doc::interview);
            problems.sort(Problem.ORDER);
            doc.end(problems);
            main.out.flush();
            return;
        }
        int[] shown = {0};
        source.accept(e -> {
            PlanView.table(main.out, settings.sender(), e);
            shown[0]++;
        });
        problems.sort(Problem.ORDER);
        if (shown[0] == 0) {
            main.out.println("No interviews in " + Display.path(settings.interviews()) + ".");
        }
    }
}
