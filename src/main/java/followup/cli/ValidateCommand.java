package followup.cli;

import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Display;
import followup.config.Problem;
import followup.config.RecordDirectory;
import followup.config.RecordLoader;
import followup.config.Records;
import followup.config.Settings;
import followup.holiday.PublicHolidays;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Sender;
import followup.template.SharedTemplates;
import followup.template.TemplateException;
import followup.template.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Checks the config, every record and every template (each template rendered for each record). Records are read,
 * planned and rendered one at a time, so memory stays flat however many there are.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the config, every record and every template; list every problem"
        + " with its file and line.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Option(names = "--json", description = "print one JSON document on stdout, nothing else")
    private boolean json;

    /** With {@code --json}: the document, written one interview at a time; else null. */
    private ValidateJson doc;
    /** With {@code --json}: the warnings about no record in particular, which close the document. */
    private final List<Problem> looseWarnings = new ArrayList<>();

    /** Candidates who share a templates directory share its parsed files, checked once. */
    private final SharedTemplates shared = new SharedTemplates();
    /** The directories warned about for having no answer to a rejection. */
    private final Set<Path> lackingAnswer = new HashSet<>();

    @Override
    public Integer call() {
        Deployment deployment;
        List<Settings> candidates;
        try {
            deployment = Deployment.load(config.file).withTemplates();
            candidates = candidate.select(deployment, null);
        } catch (BadInputException e) {
            if (json) {     // the config itself is broken: still one document, with its problems
                ValidateJson.begin(main.out, config.file).end(-1, 0, 0, List.of(), e.problems(), null);
                main.out.flush();
            }
            throw e;
        }
        Set<Problem> problems = new LinkedHashSet<>();
        if (candidate.name == null) {
            problems.addAll(deployment.problems());
        }
        int[] counts = {0, 0}; // interviews, messages rendered
        if (json) {
            doc = ValidateJson.begin(main.out, deployment.settings().file());
        }
        for (Settings settings : candidates) {
            check(settings, problems, counts);
        }
        if (candidate.name == null) {   // nothing wrong, but nothing can run: plan says the same
            deployment.noCandidateYet().ifPresent(this::warn);
        }
        if (doc != null) {
            doc.end(deployment.many() ? candidates.size() : -1, counts[0], counts[1], looseWarnings, problems,
                    deployment.many() ? deployment::candidateOf : null);
            main.out.flush();
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(new ArrayList<>(problems));
        }
        if (doc == null) {
            main.out.println("ok: " + deployment.settings().file() + (deployment.many() ? ", " + candidates.size()
                    + " candidate" + (candidates.size() == 1 ? "" : "s") : "") + ", " + counts[0] + " interview"
                    + (counts[0] == 1 ? "" : "s") + ", " + counts[1] + " messages rendered");
        }
        return 0;
    }

    /** A warning about no record in particular: printed as it comes, or kept for the end of the JSON document. */
    private void warn(Problem warning) {
        if (doc == null) {
            main.out.println(warning);
        } else {
            looseWarnings.add(warning);
        }
    }

    /**
     * What checking one record gave: the record as read, how many of its messages rendered, the templates that
     * failed for it, and whether the templates directory has no answer to a rejection in its language.
     */
    private record Checked(RecordDirectory.Entry entry, int rendered, List<Problem> failed, boolean noAnswer) {
    }

    /**
     * One candidate: their records, and every message of each rendered with their templates. Records are read,
     * planned and rendered on every core and handed on in file order; their warnings are printed as they come, so
     * memory stays flat however many records (and warnings) there are.
     */
    private void check(Settings settings, Set<Problem> problems, int[] counts) {
        settings.senderZoneWarning().ifPresent(this::warn);
        SharedTemplates.Shared theirs = shared.of(settings);
        Templates templates = theirs.templates();
        Planner planner = new Planner(settings.policy(), settings.sender(), main.clock,
                PublicHolidays.of(settings.holidays()));
        List<Problem> recordProblems = new ArrayList<>();
        Set<Problem> renderProblems = new LinkedHashSet<>();
        boolean[] noAnswer = {false};
        Set<String> ids = new HashSet<>();
        List<RecordDirectory.Entry> later = new ArrayList<>();
        RecordDirectory.read(RecordLoader.forSettings(settings).at(main.clock.instant()), settings.interviews(),
                Runtime.getRuntime().availableProcessors(), e -> render(e, settings, templates, planner), c -> {
                    recordProblems.addAll(c.entry().problems());
                    ids.add(c.entry().id());
                    if (c.entry().interview() == null) {
                        return;
                    }
                    if (c.entry().interview().previous() != null) {
                        later.add(c.entry());
                    }
                    counts[0]++;
                    counts[1] += c.rendered();
                    if (doc == null) {
                        c.entry().warnings().forEach(main.out::println);
                    } else {
                        doc.interview(c.entry().interview(), c.entry().file(), c.rendered(), c.entry().warnings());
                    }
                    renderProblems.addAll(c.failed());
                    noAnswer[0] |= c.noAnswer();
                });
        for (RecordDirectory.Entry e : later) {
            if (!ids.contains(e.interview().previous())) {
                warn(unknownPrevious(e));
            }
        }
        renderProblems.addAll(laterRounds(later, ids, settings, templates, planner));
        RecordDirectory.notRead(settings.interviews()).forEach(this::warn);
        if (noAnswer[0] && lackingAnswer.add(templates.dir())) {  // candidates sharing a directory hear it once
            warn(new Problem(Display.path(templates.dir()), 0, "", "warning: there is no "
                    + Templates.REJECTION_REPLY + "; after a rejection the notice cannot carry a drafted answer (copy"
                    + " it from the project's templates/ directory)"));
        }
        recordProblems.sort(Problem.ORDER);
        problems.addAll(recordProblems);
        if (theirs.first()) {
            problems.addAll(templates.checkFiles());   // every file of the directory, parsed once for all who share it
        }
        problems.addAll(renderProblems);
    }

    /**
     * The later rounds rendered again as they go out, with their earlier rounds (the people met before are thanked
     * for speaking again): a template that fails only then would otherwise fail at send time. The earlier rounds are
     * read again from their files, so that memory stays flat with many records.
     */
    private static List<Problem> laterRounds(List<RecordDirectory.Entry> later, Set<String> ids, Settings settings,
                                             Templates templates, Planner planner) {
        RecordLoader loader = RecordLoader.forSettings(settings).withoutWarnings();
        java.util.Map<String, Optional<Interview>> read = new java.util.HashMap<>();
        java.util.function.Function<String, Optional<Interview>> byId = id -> read.computeIfAbsent(id, i -> {
            Path file = settings.interviews().resolve(i.substring(i.indexOf('/') + 1) + RecordLoader.EXTENSION);
            return ids.contains(i) && Files.isRegularFile(file)
                    ? Optional.ofNullable(loader.load(file, new ArrayList<>())) : Optional.empty();
        });
        List<Problem> failed = new ArrayList<>();
        for (RecordDirectory.Entry e : later) {
            List<Interview> earlier = followup.plan.Rounds.earlier(e.interview(), byId);
            if (!earlier.isEmpty()) {
                render(planner, templates, settings.sender(), e.interview(), earlier, failed);
            }
        }
        return failed;
    }

    /** A later round whose {@code previous} names no record ({@link Records#unknownPrevious}). */
    static Problem unknownPrevious(RecordDirectory.Entry e) {
        return Records.unknownPrevious(e.file(), e.interview().previous());
    }

    /** Plans one record read from its file and renders each of its messages and the answer to a rejection. */
    private Checked render(RecordDirectory.Entry e, Settings settings, Templates templates, Planner planner) {
        Interview interview = e.interview();
        if (interview == null) {
            return new Checked(e, 0, List.of(), false);
        }
        List<Problem> failed = new ArrayList<>();
        int rendered = render(planner, templates, settings.sender(), interview, failed);
        if (!Files.isRegularFile(templates.dir().resolve(templates.rejectionReplyFor(interview)))) {
            return new Checked(e, rendered, failed, true);
        }
        Interviewer writer = interview.contactPerson().orElse(interview.interviewers().get(0));
        try {
            templates.renderRejectionReply(interview, settings.sender(), writer, writer.email(),
                    main.clock.instant());
            templates.renderRejectionReply(interview, settings.sender(), "", null, main.clock.instant());
        } catch (TemplateException x) {
            failed.add(x.problem());
        }
        return new Checked(e, rendered, failed, false);
    }

    /** Renders every message of one interview; adds what fails to {@code problems}; returns how many rendered. */
    static int render(Workspace ws, Interview interview, Set<Problem> problems) {
        return render(ws.planner(), ws.templates(), ws.settings().sender(), interview, problems);
    }

    private static int render(Planner planner, Templates templates, Sender sender, Interview interview,
                              Collection<Problem> problems) {
        return render(planner, templates, sender, interview, List.of(), problems);
    }

    private static int render(Planner planner, Templates templates, Sender sender, Interview interview,
                              List<Interview> earlier, Collection<Problem> problems) {
        int messages = 0;
        List<PlannedMessage> plan = planner.plan(interview);
        for (PlannedMessage m : plan) {
            if (!m.applies()) {
                continue;
            }
            try {
                templates.render(interview, earlier, sender, m, plan, m.due());
                messages++;
            } catch (TemplateException e) {
                problems.add(e.problem());
            }
        }
        return messages;
    }

    /** What is valid but worth a look in one record (a guessed greeting, a topic like a note, no email, ...). */
    static List<String> warnings(Workspace ws, Interview interview) {
        return ws.warnings(interview).stream().map(Problem::toString).toList();
    }
}
