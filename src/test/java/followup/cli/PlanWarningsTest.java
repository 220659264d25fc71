package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who only ever runs {@code plan} (or leaves the daemon running) still hears what validate warns about: each
 * record's warnings go to stderr, at their file, line and key, while stdout keeps the plan (and {@code --json} one
 * JSON document); they change neither the exit code nor the document.
 */
class PlanWarningsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path tmp;
    private Path interviews;
    private Path config;

    /** A record whose domains leave out the interviewers' own, in a zone written as an offset. */
    static final String ACME = """
            company = "Acme Corp"
            position = "Platform Engineer"
            at = "2027-01-14T14:00"
            zone = "GMT+1"
            interviewers = [
              { name = "Jane Doe", email = "jane.doe@acme.com", topics = ["the CI pipeline"] }
            ]
            domains = ["acme.io"]
            """;

    /** A record with nothing to say. */
    static final String GLOBEX = """
            company = "Globex"
            position = "Site Reliability Engineer"
            at = "2027-01-15T10:00"
            interviewers = [
              { name = "Tom Berger", email = "tom.berger@globex.example", topics = ["on-call"] }
            ]
            """;

    @BeforeEach
    void workspace() throws Exception {
        interviews = Files.createDirectories(tmp.resolve("interviews"));
        config = ValidateWarningsTest.config(tmp, Path.of("templates"));
        Files.writeString(interviews.resolve("acme.conf"), ACME);
        Files.writeString(interviews.resolve("globex.conf"), GLOBEX);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    @Test
    void planPrintsEachRecordsWarningsOnStderrAtTheirFileLineAndKey() {
        Cli.Result r = Cli.run("plan", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        List<String> err = lines(r.err());
        assertEquals(2, err.size(), r::toString);
        assertTrue(err.get(0).startsWith(Display.of(interviews.resolve("acme.conf")) + ":4: zone: warning: \"GMT+01:00\""
                + " is a fixed offset"), r::toString);
        assertTrue(err.get(1).startsWith(Display.of(interviews.resolve("acme.conf")) + ":8: domains: warning: the"
                + " interviewers' own domain acme.com (Jane Doe) is not in domains"), r::toString);
        assertFalse(r.out().contains("warning"), r::toString);
        assertTrue(r.out().contains("acme: ") && r.out().contains("globex: "), r::toString);
    }

    @Test
    void planJsonLeavesTheWarningsToValidateAndKeepsItsDocumentWhole() throws Exception {
        Cli.Result r = Cli.run("plan", "--json", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(2, doc.get("interviews").size(), r::toString);
        assertEquals(0, doc.get("problems").size(), r::toString);
        assertFalse(r.out().contains("warning"), r::toString);
        assertEquals("", r.err(), r::toString);
        Cli.Result v = Cli.run("validate", "--json", "--config", config.toString()).assertNoStackTrace();
        int warnings = 0;
        for (JsonNode interview : JSON.readTree(v.out()).get("interviews")) {
            warnings += interview.get("warnings").size();
        }
        assertEquals(2, warnings, v::toString);
    }

    @Test
    void planOfOneInterviewPrintsOnlyItsWarnings() {
        Cli.Result acme = Cli.run("plan", "acme", "--config", config.toString()).assertNoStackTrace();
        Cli.Result globex = Cli.run("plan", "globex", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, acme.code(), acme::toString);
        assertEquals(2, lines(acme.err()).size(), acme::toString);
        assertTrue(acme.err().contains("acme.conf:8: domains: warning:"), acme::toString);
        assertEquals(0, globex.code(), globex::toString);
        assertEquals("", globex.err(), globex::toString);
    }

    /** A broken record beside: still exit 2 with its problem; the warnings of the valid one are printed too. */
    @Test
    void aBrokenRecordBesideKeepsExit2AndTheWarningsAreStillPrinted() throws Exception {
        Files.writeString(interviews.resolve("initech.conf"), GLOBEX.replace("2027-01-15T10:00", "2027-02-30T10:00"));

        Cli.Result r = Cli.run("plan", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("acme.conf:8: domains: warning:"), r::toString);
        assertTrue(r.err().contains("initech.conf:3: at:"), r::toString);
        assertTrue(r.err().contains("1 problem found."), r::toString);
    }

    /** A year written wrong (2026 typed in the January of 2027) is told by plan as by validate. */
    @Test
    void aYearWrittenWrongIsWarnedAboutByPlanAsByValidate() throws Exception {
        Files.writeString(interviews.resolve("globex.conf"), GLOBEX.replace("2027-01-15", "2026-01-15"));
        Clock january = Clock.fixed(Instant.parse("2027-01-14T12:00:00Z"), ZoneOffset.UTC);

        Cli.Result plan = Cli.run(january, "plan", "globex", "--config", config.toString()).assertNoStackTrace();
        Cli.Result validate = Cli.run(january, "validate", "--config", config.toString()).assertNoStackTrace();

        String yearWarning = lines(validate.out()).stream().filter(l -> l.contains("globex.conf:3: at: warning:"))
                .findFirst().orElseThrow(() -> new AssertionError(validate.toString()));
        assertEquals(List.of(yearWarning), lines(plan.err()), plan::toString);
    }

    /**
     * A later round whose {@code previous} names no record (a typo): the earlier round's follow-ups still go out while
     * the user believes they give way. plan says so as validate does, for the whole listing and for that record.
     */
    @Test
    void aPreviousThatNamesNoRecordIsWarnedAboutByPlanAsByValidate() throws Exception {
        Files.writeString(interviews.resolve("globex-onsite.conf"), GLOBEX.replace("2027-01-15", "2027-01-22")
                + "previous = \"globex-screning\"\n");

        Cli.Result validate = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        Cli.Result plan = Cli.run("plan", "--config", config.toString()).assertNoStackTrace();
        Cli.Result one = Cli.run("plan", "globex-onsite", "--config", config.toString()).assertNoStackTrace();

        String warning = lines(validate.out()).stream().filter(l -> l.contains("globex-onsite.conf:7: previous:"))
                .findFirst().orElseThrow(() -> new AssertionError(validate.toString()));
        assertEquals(0, plan.code(), plan::toString);
        assertTrue(lines(plan.err()).contains(warning), plan::toString);
        assertEquals(List.of(warning), lines(one.err()), one::toString);
    }

    /** In a deployment of candidates, each warning names whose record it is (their folder), as validate's do. */
    @Test
    void inADeploymentOfCandidatesTheWarningNamesTheCandidate() throws Exception {
        Path deployment = tmp.resolve("deployment.conf");
        Files.writeString(deployment, """
                followup {
                  candidates = "people"
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        for (String name : List.of("alice", "bob")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
            Files.writeString(home.resolve("interviews/globex.conf"), GLOBEX);
        }
        Files.writeString(tmp.resolve("people/bob/interviews/acme.conf"), ACME);

        Cli.Result r = Cli.run("plan", "--config", deployment.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        List<String> err = lines(r.err());
        assertEquals(2, err.size(), r::toString);
        assertTrue(err.stream().allMatch(l -> l.startsWith(Display.of(tmp.resolve("people/bob/interviews/acme.conf"))
                + ":")), r::toString);
    }

    /** How the files are named in the output: as the user typed them (here, absolute). */
    private static final class Display {
        static String of(Path p) {
            return followup.config.Display.path(p);
        }
    }
}
