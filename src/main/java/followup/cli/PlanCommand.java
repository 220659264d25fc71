package followup.cli;

import followup.config.BadInputException;
import followup.plan.Interview;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Every planned message per interview: step, recipient, due instant in both zones, state and reason. */
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
        Workspace ws = Workspace.open(config.file, main.clock);
        List<Interview> interviews = id == null ? ws.records().interviews() : List.of(ws.interview(id));
        List<PlanView.Entry> entries = new ArrayList<>();
        java.util.Optional<followup.store.Database> db = StoreView.existing(ws.settings());
        try {
            followup.store.MessageStore store = db.map(followup.store.MessageStore::new).orElse(null);
            for (Interview interview : interviews) {
                entries.add(new PlanView.Entry(interview, ws.records().files().get(interview.id()),
                        StateOverlay.plan(ws.planner(), interview, store,
                        ws.records().interviews())));
            }
        } finally {
            db.ifPresent(followup.store.Database::close);
        }
        var problems = id == null ? ws.records().problems() : List.<followup.config.Problem>of();
        if (json) {
            PlanView.json(main.out, ws.settings().sender(), entries, problems, main.clock.instant());
        } else {
            if (entries.isEmpty()) {
                main.out.println("No interviews in " + followup.config.Display.path(ws.settings().interviews()) + ".");
            }
            PlanView.table(main.out, ws.settings().sender(), entries);
        }
        if (!problems.isEmpty()) {
            if (json) {
                main.out.flush();
            }
            throw new BadInputException(problems);
        }
        return 0;
    }
}
