package followup.cli;

import followup.FollowupException;
import followup.config.BadInputException;
import followup.config.RecordDraft;
import followup.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A new interview record from its calendar invitation ({@code .ics} or {@code .eml}), or from questions asked. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an interview from its invitation (.ics, or an .eml that carries one), or answer a few"
        + " questions without a file. Writes conf/interviews/<id>.conf, never over an existing one, validates it and"
        + " shows its plan.")
final class AddCommand implements Callable<Integer> {
    private static final Pattern PERSON = Pattern.compile("\\s*([^<]*?)\\s*(?:<\\s*([^>\\s]+)\\s*>)?\\s*");

    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Option(names = "--id", paramLabel = "ID", description = "the record's id (its file name); default:"
            + " company-position")
    private String id;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the invitation: .ics or .eml")
    private Path file;

    @Override
    public Integer call() {
        Settings settings = candidate.choose(followup.config.Deployment.withoutSecrets(config.file), null);
        Intake intake = new Intake(settings, main.clock);
        if (file == null && id != null && !id.isBlank()) {
            intake.checkId(id.strip());   // before the questions, not after them
        }
        RecordDraft draft = file == null ? ask(settings, intake) : intake.fromInvitation(file.toString(), read(file));
        draft.notices().forEach(main.out::println);
        Intake.Added added = intake.add(draft, id, file == null);
        main.out.println("Wrote " + followup.config.Display.path(added.file()) + ".");
        added.warnings().forEach(main.out::println);
        if (!added.problems().isEmpty()) {
            main.out.println("It does not pass validate yet; fix these lines in the file:");
            throw new BadInputException(added.problems());
        }
        main.out.println();
        main.out.print(added.plan());
        main.out.println("Add what each interviewer talked about (topics), what was promised and the date they gave"
                + " to the file; the plan follows your edits, also while the daemon runs.");
        return 0;
    }

    private static byte[] read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(name, "is a directory, not an invitation file");
            }
            long size = Files.size(file);   // before reading: a huge file is refused, never loaded
            if (size > followup.invite.InvitationReader.MAX_FILE) {
                throw followup.invite.InvitationReader.tooLarge(name, size);
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException(name, "cannot be read: no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** The same fields as an invitation gives, asked one by one; a wrong answer is asked again. */
    private RecordDraft ask(Settings settings, Intake intake) {
        String company = question("Company", null, s -> s.isBlank() ? "say which company" : null);
        String position = question("Position", null, s -> s.isBlank() ? "say which position" : null);
        if (id == null || id.isBlank()) {
            // the record's id is company-position: a record with it is said now, not after every other question
            intake.checkId(new RecordDraft(company, position, LocalDateTime.now(main.clock), settings.sender().zone(),
                    List.of(), "", null, "").suggestedId());
        }
        LocalDateTime at = LocalDateTime.parse(question("When (local date-time, e.g. 2027-01-14T14:00)", null,
                AddCommand::dateTimeProblem));
        ZoneId zone = ZoneId.of(question("Zone", settings.sender().zone().getId(), AddCommand::zoneProblem));
        main.out.println("Interviewers, one per line as Name <email> (an empty line ends):");
        main.out.flush();
        List<RecordDraft.Person> people = new ArrayList<>();
        for (String line = readLine(); line != null && !line.isBlank(); line = readLine()) {
            Matcher m = PERSON.matcher(line);
            if (!m.matches() || m.group(1).isEmpty() && m.group(2) == null) {
                main.out.println("  (as Name <email>, e.g. Jane Doe <jane.doe@acme.example>)");
                continue;
            }
            String email = m.group(2) == null && m.group(1).contains("@") ? m.group(1) : m.group(2);
            java.util.Optional<String> bad = email == null ? java.util.Optional.empty()
                    : followup.config.Addresses.check(email);
            if (bad.isPresent()) {
                main.out.println("  \"" + email + "\" is not an address: " + bad.get() + " (as Name <email>, e.g."
                        + " Jane Doe <jane.doe@acme.example>)");
                continue;
            }
            String name = m.group(1).isEmpty() || m.group(1).contains("@")
                    ? followup.invite.PersonNames.fromAddress(email) : m.group(1);
            people.add(new RecordDraft.Person(name, email == null ? null : email.toLowerCase(java.util.Locale.ROOT)));
        }
        String notes = question("Notes (a video link, a phone number; optional)", "", s -> null);
        return new RecordDraft(company, position, at, zone, people, notes, null, "added by followup add");
    }

    private String question(String prompt, String fallback, Function<String, String> problem) {
        while (true) {
            main.out.print(prompt + (fallback == null || fallback.isEmpty() ? "" : " [" + fallback + "]") + ": ");
            main.out.flush();
            String line = readLine();
            if (line == null) {
                if (fallback != null) {
                    return fallback;
                }
                throw new BadInputException("stdin", "ended before the answer to \"" + prompt + "\"");
            }
            String answer = line.strip().isEmpty() && fallback != null ? fallback : line.strip();
            String wrong = problem.apply(answer);
            if (wrong == null) {
                return answer;
            }
            main.out.println("  " + wrong);
        }
    }

    private String readLine() {
        try {
            return main.in.readLine();
        } catch (IOException e) {
            throw new FollowupException("cannot read the answers: " + e.getMessage(), e);
        }
    }

    private static String dateTimeProblem(String s) {
        try {
            int year = LocalDateTime.parse(s).getYear();
            return year >= 1970 && year <= 9999 ? null : "the year " + year + " is not one an interview can be in";
        } catch (DateTimeParseException e) {
            return "\"" + s + "\" is not a local date-time (a valid value looks like 2027-01-14T14:00)";
        }
    }

    private static String zoneProblem(String s) {
        try {
            ZoneId.of(s);
            return s.contains("/") || s.equals("UTC") ? null : "use a region zone such as America/New_York";
        } catch (DateTimeException e) {
            return "\"" + s + "\" is not a zone (a valid value looks like America/New_York)";
        }
    }
}
