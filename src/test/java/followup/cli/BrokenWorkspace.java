package followup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A config in a temporary directory whose interviews directory holds broken records next to good ones, and a copy
 * of the project's templates plus one per-record template that needs a value the record lacks.
 */
final class BrokenWorkspace {
    private BrokenWorkspace() {
    }

    /** Writes the workspace; returns the config file. */
    static Path write(Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates").toAbsolutePath())) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Files.writeString(templates.resolve("needs-phone.ftl"), "Subject: Following up\n\nCall me at"
                + " ${interview.phone}.\n");
        Path interviews = Files.createDirectories(dir.resolve("interviews"));
        Path config = dir.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  interviews = "interviews"
                  templates = "%s"
                }
                """.formatted(templates.toAbsolutePath().toString().replace("\\", "\\\\")));
        // good: valid, but Gina has no topics (a warning, not a problem)
        Files.writeString(interviews.resolve("good.conf"), """
                company = "Good Co"
                position = "Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Gina Good", email = "gina@good.example" } ]
                """);
        // good-custom: a valid record whose own follow-up template uses a phone the record does not have
        Files.writeString(interviews.resolve("good-custom.conf"), """
                company = "Custom Co"
                position = "Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Carl Custom", email = "carl@custom.example", topics = ["testing"] } ]
                templates { follow-up = "needs-phone.ftl" }
                """);
        Files.writeString(interviews.resolve("bad-zone.conf"), """
                company = "Bad Zone Inc"
                position = "Engineer"
                at = "2027-01-14T14:00"
                zone = "Mars/Olympus_Mons"
                interviewers = [ { name = "Ann Bee", email = "ann@badzone.example" } ]
                """);
        Files.writeString(interviews.resolve("crlf.conf"), """
                company = "Evil\\r\\nBcc: evil@attacker.example"
                position = "Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Ann Bee", email = "ann@crlf.example" } ]
                """);
        Files.writeString(interviews.resolve("unknown-key.conf"), """
                company = "Unknown Key Ltd"
                position = "Engineer"
                at = "2027-01-14T14:00"
                salary = 100000
                interviewers = [ { name = "Ann Bee", email = "ann@unknown.example" } ]
                """);
        Files.writeString(interviews.resolve("several.conf"), """
                company = "Several Problems plc"
                position = "Engineer"
                at = "tomorrow afternoon"
                interviewers = [
                  { name = "Ann Bee", email = "ann at several.example" }
                ]
                next-step-by = "someday"
                """);
        Files.writeString(interviews.resolve("bad-step.conf"), """
                company = "Bad Step"
                position = "Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Ann Bee", email = "ann@badstep.example" } ]
                templates { thank-you-note = "thank-you.ftl" }
                """);
        Files.writeString(interviews.resolve("syntax.conf"), "company = \"Unclosed\nposition = \"x\"\n");
        return config;
    }

    /** The problems of the broken records, as {@code file:line: key:} prefixes. */
    static List<String> expected(Path dir) {
        Path iv = dir.resolve("interviews").toAbsolutePath();
        return List.of(
                iv.resolve("bad-zone.conf") + ":4: zone: ",
                iv.resolve("crlf.conf") + ":1: company: ",
                iv.resolve("unknown-key.conf") + ":4: salary: ",
                iv.resolve("several.conf") + ":3: at: ",
                iv.resolve("several.conf") + ":5: interviewers[0].email: ",
                iv.resolve("several.conf") + ":7: next-step-by: ",
                iv.resolve("bad-step.conf") + ":5: templates.thank-you-note: ",
                iv.resolve("syntax.conf") + ":1: ");
    }

    /** The template problem of the good-custom record, found only by rendering it. */
    static String templateProblem(Path dir) {
        return dir.resolve("templates").resolve("needs-phone.ftl").toAbsolutePath() + ":3: interview.phone: ";
    }
}
