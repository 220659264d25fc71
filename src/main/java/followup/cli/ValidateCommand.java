package followup.cli;

import followup.config.BadInputException;
import followup.config.Problem;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.template.TemplateException;
import followup.template.Templates;
import java.nio.file.Files;
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
            if (Files.isRegularFile(ws.templates().dir().resolve(Templates.REJECTION_REPLY))) {
                Interviewer writer = interview.contactPerson().orElse(interview.interviewers().get(0));
                try {
                    ws.templates().renderRejectionReply(interview, ws.settings().sender(), writer.name(),
                            writer.email(), main.clock.instant());
                } catch (TemplateException e) {
                    problems.add(e.problem());
                }
            } else if (warnings.stream().noneMatch(w -> w.contains(Templates.REJECTION_REPLY))) {
                warnings.add(followup.config.Display.path(ws.templates().dir()) + ": warning: there is no "
                        + Templates.REJECTION_REPLY + "; after a rejection the notice cannot carry a drafted answer"
                        + " (copy it from the project's templates/ directory)");
            }
            for (Interviewer person : interview.interviewers()) {
                if (person.wantsEmail() && person.topics().isEmpty()) {
                    warnings.add(followup.config.Display.path(ws.records().files().get(interview.id()))
                            + ": warning: " + person.name() + " has no topics; the thank-you cannot mention anything"
                            + " specific they talked about (add topics = [\"...\"])");
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
