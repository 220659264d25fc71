package followup.cli;

import followup.config.BadInputException;
import followup.config.Problem;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Checks the config, every record and every template (each template rendered for each record). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the config, every record and every template; list every problem"
        + " with its file and line.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(config.file, main.clock);
        Set<Problem> problems = new LinkedHashSet<>(ws.records().problems());
        problems.addAll(ws.templates().checkFiles());
        int messages = 0;
        List<String> warnings = new ArrayList<>();
        ws.records().warnings().forEach(w -> warnings.add(w.toString()));
        for (Interview interview : ws.records().interviews()) {
            List<PlannedMessage> plan = ws.planner().plan(interview);
            for (PlannedMessage m : plan) {
                if (!m.applies()) {
                    continue;
                }
                try {
                    ws.templates().render(interview, ws.settings().sender(), m, plan);
                    messages++;
                } catch (TemplateException e) {
                    problems.add(e.problem());
                }
            }
        }
        warnings.forEach(main.out::println);
        if (!problems.isEmpty()) {
            throw new BadInputException(new ArrayList<>(problems));
        }
        main.out.println("ok: " + ws.settings().file() + ", " + ws.records().interviews().size() + " interview"
                + (ws.records().interviews().size() == 1 ? "" : "s") + ", " + messages + " messages rendered");
        return 0;
    }
}
