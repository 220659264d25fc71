package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theSamplesAreValid() {
        Cli.Result r = Cli.run("validate").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("ok") || r.out().contains("\nok"), r::toString);
        assertTrue(r.out().contains("2 interviews"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void theSamplesAreValidWithAnExplicitConfig() {
        Cli.Result r = Cli.run("validate", "--config", "conf/application.conf");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("ok"), r::toString);
    }

    /**
     * {@code validate --json}: one JSON document on stdout, an entry per record with its warnings, and the problems
     * as file, line, key and message; the option was refused as unknown (exit 2) while plan had it.
     */
    @Test
    void jsonIsOneDocumentWithEachRecordItsWarningsAndTheProblems() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Cli.Result ok = Cli.run("validate", "--json").assertNoStackTrace();
        assertEquals(0, ok.code(), ok::toString);
        assertEquals("", ok.err(), ok::toString);
        com.fasterxml.jackson.databind.JsonNode doc = mapper.readTree(ok.out());
        assertTrue(doc.get("ok").asBoolean(), ok::toString);
        assertEquals(2, doc.get("interviews").size(), ok::toString);
        assertEquals("acme-platform", doc.get("interviews").get(0).get("id").asText());
        assertEquals("nordlicht-data", doc.get("interviews").get(1).get("id").asText());
        assertTrue(doc.get("interviews").get(0).get("messagesRendered").asInt() > 0, ok::toString);
        com.fasterxml.jackson.databind.JsonNode warning = doc.get("interviews").get(1).get("warnings").get(0);
        assertEquals("conf/interviews/nordlicht-data.conf", warning.get("file").asText(), ok::toString);
        assertTrue(warning.get("line").asInt() > 0, ok::toString);
        assertEquals("interviewers[1].name", warning.get("key").asText(), ok::toString);
        assertEquals(0, doc.get("problems").size(), ok::toString);

        Path config = BrokenWorkspace.write(tmp);
        Cli.Result bad = Cli.run("validate", "--config", config.toString(), "--json").assertNoStackTrace();
        assertEquals(2, bad.code(), bad::toString);
        com.fasterxml.jackson.databind.JsonNode broken = mapper.readTree(bad.out());
        assertFalse(broken.get("ok").asBoolean(), bad::toString);
        assertTrue(broken.get("problems").size() > 0, bad::toString);
        for (com.fasterxml.jackson.databind.JsonNode p : broken.get("problems")) {
            String line = p.get("file").asText() + (p.get("line").asInt() > 0 ? ":" + p.get("line").asInt() : "")
                    + ": " + (p.get("key").asText().isEmpty() ? "" : p.get("key").asText() + ": ")
                    + p.get("message").asText();
            assertTrue(bad.err().contains(line), () -> "not on stderr: " + line + "\n" + bad);
        }
        assertTrue(bad.out().contains("good.conf"), "the good records are still listed:\n" + bad);
    }

    /**
     * A broken config file: {@code validate --json} and {@code plan --json} still print their one JSON document, with
     * the config's problems at their lines, as a script reading stdout expects (it printed nothing at all).
     */
    @Test
    void withABrokenConfigJsonIsStillOneDocumentWithItsProblems() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Nowhere/City" }
                  colour = blue
                }
                """);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String command : List.of("validate", "plan")) {
            Cli.Result r = Cli.run(command, "--config", config.toString(), "--json").assertNoStackTrace();
            assertEquals(2, r.code(), r::toString);
            com.fasterxml.jackson.databind.JsonNode doc = mapper.readTree(r.out());
            assertEquals(0, doc.get("interviews").size(), r::toString);
            com.fasterxml.jackson.databind.JsonNode problems = doc.get("problems");
            assertEquals(2, problems.size(), r::toString);
            assertEquals(2, problems.get(0).get("line").asInt(), r::toString);
            assertEquals("followup.sender.zone", problems.get(0).get("key").asText(), r::toString);
            assertTrue(problems.get(0).get("message").asText().contains("\"Nowhere/City\" is not a time zone"),
                    r::toString);
            assertEquals("followup.colour", problems.get(1).get("key").asText(), r::toString);
            assertTrue(r.err().contains("application.conf:3: followup.colour: unknown key"), r::toString);
        }
    }

    @Test
    void everyProblemOfEveryBrokenRecordIsListedWithFileLineAndKey() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        for (String expected : BrokenWorkspace.expected(tmp)) {
            assertTrue(r.err().contains(expected), () -> "missing " + expected + " in\n" + r);
        }
        // each problem once, and a count at the end
        List<String> lines = Arrays.stream(r.err().split("\n")).filter(l -> !l.isBlank()).toList();
        assertEquals(lines.size() - 1, lines.stream().distinct().count() - 1, "no problem repeated:\n" + r);
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ problems found\\."), r::toString);
        int count = Integer.parseInt(lines.get(lines.size() - 1).split(" ")[0]);
        assertEquals(lines.size() - 1, count, r::toString);
        assertFalse(r.out().contains("ok:"), r::toString);
    }

    @Test
    void theGoodRecordsAreStillValidatedNextToTheBrokenOnes() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        // good-custom loads, and its own template is rendered for it: the missing phone is found
        String problem = BrokenWorkspace.templateProblem(tmp);
        assertTrue(r.err().contains(problem), () -> "missing " + problem + " in\n" + r);
        assertTrue(r.err().contains("good-custom"), r::toString);
        // good loads and is checked: the interviewer without topics is a warning
        assertTrue(r.out().contains("good.conf") && r.out().contains("Gina Good") && r.out().contains("warning"),
                r::toString);
        assertFalse(r.err().contains(tmp.resolve("interviews").resolve("good.conf").toAbsolutePath() + ":"),
                r::toString);
    }

    @Test
    void fixingTheBrokenRecordsMakesItValid() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        try (var files = Files.list(tmp.resolve("interviews"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("good.conf")) {
                    Files.delete(f);
                }
            }
        }
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("ok"), r::toString);
        assertTrue(r.out().contains("1 interview,"), r::toString);
    }

    @Test
    void aBrokenTemplateIsReportedWithItsLine() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        try (var files = Files.list(tmp.resolve("interviews"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("good.conf")) {
                    Files.delete(f);
                }
            }
        }
        Path debrief = tmp.resolve("templates").resolve("debrief.ftl");
        Files.writeString(debrief, "Subject: Debrief\n\n<#if interview.notes??>\n${interview.notes}\n");
        Path thankYou = tmp.resolve("templates").resolve("thank-you.ftl");
        Files.writeString(thankYou, "Subject: Thanks\n\nDear ${to.nickname},\n");
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(debrief.toAbsolutePath() + ":"), r::toString);
        assertTrue(r.err().contains(thankYou.toAbsolutePath() + ":3: to.nickname: "), r::toString);
    }

    @Test
    void aTemplateThatDoesNotParseIsReportedOnceWithItsLineHoweverManyRecordsUseIt() throws Exception {
        Path templates = copyTemplatesWithoutTheAnswer(tmp.resolve("templates"));
        Files.copy(Path.of("templates", "rejection-reply.ftl"), templates.resolve("rejection-reply.ftl"));
        Path reminder = templates.resolve("call-reminder.ftl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(reminder));
        lines.add(2, "Who: ${contact.name<#if contact.title??>");
        Files.write(reminder, lines);
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        for (String id : List.of("one", "two", "three", "four")) {
            Files.writeString(interviews.resolve(id + ".conf"), """
                    company = "Example %s"
                    position = "Engineer"
                    at = "2027-01-14T14:00"
                    interviewers = [ { name = "Jane Doe", email = "jane@%s.example", topics = ["the roadmap"] } ]
                    """.formatted(id, id));
        }
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup { sender { name = \"Alex Morgan\", email = \"alex@example.com\","
                + " zone = \"America/New_York\" }, templates = \"templates\" }\n");
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        List<String> reported = r.err().lines().filter(l -> l.contains("call-reminder.ftl")).toList();
        assertEquals(1, reported.size(), r::toString);
        assertTrue(reported.get(0).startsWith(reminder + ":3: syntax error: "), r::toString);
        assertFalse(r.err().contains("earlier attempt") || r.err().contains("cause exception"), r::toString);
    }

    @Test
    void aValueOfTheWrongShapeDoesNotHideTheOtherProblemsOfTheConfig() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender = "Alex"
                  mail { smtp = "x", max-per-hour = 0 }
                  web { port = -1 }
                }
                """);
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        for (String expected : List.of(
                config + ":2: followup.sender: expected an object but found a string",
                config + ":3: followup.mail.smtp: expected an object but found a string",
                config + ":3: followup.mail.max-per-hour: must be a positive number",
                config + ":4: followup.web.port: must be 0 (any free port) or a port number from 1 to 65535 (a valid"
                        + " value looks like port = 4580)")) {
            assertTrue(r.err().contains(expected), () -> "missing " + expected + " in\n" + r);
        }
        assertFalse(r.err().contains("followup.sender.") || r.err().contains("followup.mail.smtp."),
                () -> "nothing about the defaults put in place of the misshapen values:\n" + r);
    }

    @Test
    void aBrokenConfigIsBadInput() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "not-an-address", zone = "America/New_York" }
                }
                """);
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(config + ":2: followup.sender.email: "), r::toString);
    }
    /** A candidate's own templates directory that is not there: the key named is the one in that candidate's file. */
    @Test
    void aCandidatesMissingTemplatesAreNamedWithTheKeyOfTheirOwnFile() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup.candidates = \"people\"\n");
        Path sam = Files.createDirectories(tmp.resolve("people/sam/interviews")).getParent();
        Path candidateConf = sam.resolve("candidate.conf");
        Files.writeString(candidateConf, """
                sender { name = "Sam Roe", email = "sam@example.com", zone = "Europe/Berlin" }
                templates = "my-templates"
                """);
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(candidateConf + ":2: templates: \"" + sam.resolve("my-templates") + "\" does not"
                + " exist: create it with the templates"), r::toString);
        assertFalse(r.err().contains("followup.templates"), r::toString);
    }

    @Test
    void manyRecordsAreCheckedWithEveryWarningOnceInFileOrder() throws Exception {
        Path config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        int n = 300;
        for (int i = 0; i < n; i++) {
            // a family name written first is a guess, warned about at its line; every fifth has a note-like topic
            Files.writeString(interviews.resolve("r%03d.conf".formatted(i)), """
                    company = "Sao Mai Tech %d"
                    position = "Backend Engineer"
                    at = "2027-01-14T14:00"
                    interviewers = [ { name = "Nguyễn Văn An", email = "an%d@saomai.example",
                      topics = ["%s"] } ]
                    """.formatted(i, i, i % 5 == 0 ? "my experience with Terraform" : "the event store"));
        }
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("ok: " + config + ", " + n + " interviews, " + (n * 5) + " messages rendered",
                lines.get(lines.size() - 1), r::toString);
        List<String> warnings = lines.subList(0, lines.size() - 1);
        assertEquals(n + n / 5, warnings.size(), r::toString);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String file = interviews.resolve("r%03d.conf".formatted(i)).toString();
            expected.add(file + ":4: interviewers[0].name: warning: how to address \"Nguyễn Văn An\" had to be"
                    + " guessed");
            if (i % 5 == 0) {
                expected.add(file + ":5: interviewers[0].topics[0]: warning: the topic \"my experience with"
                        + " Terraform\" starts like a note");
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = warnings.get(i);
            assertTrue(got.startsWith(want), () -> "warning " + want + "\nin file order, got " + got);
        }
    }

    @Test
    void aTemplatesDirectoryWithoutTheAnswerToARejectionIsWarnedOnceForEachDirectory() throws Exception {
        Path shared = copyTemplatesWithoutTheAnswer(tmp.resolve("templates"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup { candidates = \"people\", templates = \"templates\" }\n");
        for (String name : List.of("ann", "ben", "cal")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    %s
                    """.formatted(name, name, name.equals("cal") ? "templates = \"own\"" : ""));
            for (String company : List.of("acme", "globex")) {
                Files.writeString(home.resolve("interviews").resolve(company + ".conf"), """
                        company = "%s"
                        position = "Platform Engineer"
                        at = "2027-01-14T14:00"
                        interviewers = [ { name = "Jane Doe", email = "jane@%s.example", topics = ["the CI"] } ]
                        """.formatted(company, company));
            }
        }
        Path own = copyTemplatesWithoutTheAnswer(tmp.resolve("people/cal/own"));
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        List<String> warned = r.out().lines().filter(l -> l.contains("there is no rejection-reply.ftl")).toList();
        assertEquals(List.of(shared + ": warning: there is no rejection-reply.ftl; after a rejection the notice"
                        + " cannot carry a drafted answer (copy it from the project's templates/ directory)",
                own + ": warning: there is no rejection-reply.ftl; after a rejection the notice cannot carry a"
                        + " drafted answer (copy it from the project's templates/ directory)"), warned, r::toString);
        assertTrue(r.out().contains("3 candidates, 6 interviews"), r::toString);
    }

    @Test
    void aBrokenTemplateOfADirectoryManyCandidatesShareIsReportedOnceAndTheirOwnDirectorysToo() throws Exception {
        Path shared = copyTemplatesWithoutTheAnswer(tmp.resolve("templates"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup { candidates = \"people\", templates = \"templates\" }\n");
        for (int i = 0; i < 12; i++) {
            String name = "c" + i;
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "Pat Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    %s
                    """.formatted(name, i == 11 ? "templates = \"own\"" : ""));
        }
        Path own = copyTemplatesWithoutTheAnswer(tmp.resolve("people/c11/own"));
        Files.writeString(shared.resolve("debrief.ftl"), "Subject: Debrief\n\n<#if>broken\n");
        Files.writeString(own.resolve("debrief.ftl"), "Subject: Debrief\n\n<#list>broken\n");
        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        List<String> debrief = r.err().lines().filter(l -> l.contains("debrief.ftl")).toList();
        assertEquals(2, debrief.size(), r::toString);
        assertTrue(debrief.get(0).startsWith(shared.resolve("debrief.ftl") + ":3"), r::toString);
        assertTrue(debrief.get(1).startsWith(own.resolve("debrief.ftl") + ":3"), r::toString);
    }

    /** The project's English templates, without the answer to a rejection. */
    private static Path copyTemplatesWithoutTheAnswer(Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("rejection-reply.ftl")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }
}
