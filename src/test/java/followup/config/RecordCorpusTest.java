package followup.config;

import static followup.config.Corpus.assertHasProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import followup.plan.Interview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every broken interview record of {@code corpus/records/} is reported at its file, line and key. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordCorpusTest {

    /** file in corpus/records, expected line, expected key, a fragment of the expected message. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown-top-level-key.conf", 2, "compnay", "unknown key (did you mean company?)"),
                Arguments.of("unknown-top-level-key.conf", 1, "company", "missing (a valid value looks like company = \"Acme Corp\")"),
                Arguments.of("unknown-key-far.conf", 7, "salary", "unknown key (the keys of an interview record are "),
                Arguments.of("unknown-interviewer-key.conf", 7, "interviewers[1].emial", "unknown key (did you mean email?)"),
                Arguments.of("keys-at-the-wrong-level.conf", 5, "interviewers[0].phone", "unknown key (this is a key of the whole record (the number the call reminder shows): write it outside interviewers = [ ... ])"),
                Arguments.of("keys-at-the-wrong-level.conf", 7, "handwritten", "unknown key (this is a key of one interviewer: write it inside their { ... } in interviewers = [ { name = \"Jane Doe\", handwritten = ... } ])"),
                Arguments.of("keys-at-the-wrong-level.conf", 8, "sender", "unknown key (this is a setting of application.conf (followup.sender), which applies to every interview; a record holds only the keys of one interview)"),
                Arguments.of("missing-company.conf", 1, "company", "missing (a valid value looks like company = "),
                Arguments.of("missing-at.conf", 1, "at", "missing (a valid value looks like at = \"2026-11-20T14:00\")"),
                Arguments.of("at-bad-date.conf", 4, "at", "\"2026-13-40T14:00\" is not a local date and time (a valid value looks like at = \"2026-11-20T14:00\""),
                Arguments.of("at-with-offset.conf", 3, "at", "\"2026-11-20T14:00-05:00\" is not a local date and time"),
                Arguments.of("at-slashed-date.conf", 3, "at", "\"12/03/2026 14:00\" is not a local date and time: it can be read two ways; write it as year-month-day: at = \"2026-12-03T14:00\" (month first, as in the US) or \"2026-03-12T14:00\" (day first)"),
                Arguments.of("at-am-pm.conf", 3, "at", "\"2026-11-20 2:30pm\" is not a local date and time: write it as year-month-day, a T, and the time on the 24-hour clock: at = \"2026-11-20T14:30\""),
                Arguments.of("at-date-only.conf", 3, "at", "\"2026-11-20\" is not a local date and time: it has a date but no time of day; write the hour the interview starts after a T: at = \"2026-11-20T14:00\""),
                Arguments.of("next-step-by-day-first.conf", 7, "next-step-by", "\"27.11.2026\" is not a date: write it as year-month-day: next-step-by = \"2026-11-27\""),
                Arguments.of("at-with-offset.conf", 3, "at", "the zone goes in zone = "),
                Arguments.of("bad-zone.conf", 4, "zone", "\"Mars/Olympus\" is not a time zone (a valid value looks like zone = \"America/New_York\""),
                Arguments.of("zone-abbreviation.conf", 4, "zone", "\"EST\" is not a time zone name: write zone = \"America/New_York\""),
                Arguments.of("zone-city.conf", 4, "zone", "\"New York\" is not a time zone name: write zone = \"America/New_York\""),
                Arguments.of("zone-lower-case.conf", 4, "zone", "\"europe/berlin\" is not a time zone name: write zone = \"Europe/Berlin\" (zone names are written with these capitals)"),
                Arguments.of("interviewer-bad-zone.conf", 8, "interviewers[1].zone", "\"Europe/Atlantis\" is not a time zone"),
                Arguments.of("email-domain-without-dot.conf", 5, "interviewers[0].email", "\"jane.doe@acme\" is not a valid email address: the domain \"acme\" has no dot"),
                Arguments.of("email-with-space.conf", 5, "interviewers[0].email", "\"jane doe@acme.example\" is not a valid email address: it has a space in it"),
                Arguments.of("email-trailing-dot.conf", 5, "interviewers[0].email", "\"jane.doe@acme.example.\" is not a valid email address: it ends with \".\", which is not part of an address: \"jane.doe@acme.example\""),
                Arguments.of("email-two-addresses.conf", 5, "interviewers[0].email", "is not a valid email address: it holds 2 addresses; write one address here"),
                Arguments.of("email-mailto-link.conf", 5, "interviewers[0].email", "it starts with mailto:, copied from a link; write only the address: \"jane.doe@acme.example\""),
                Arguments.of("email-spelled-out.conf", 5, "interviewers[0].email", "it is spelled out in words; write it as an address: \"jane.doe@acme.example\""),
                Arguments.of("email-underscore-in-domain.conf", 5, "interviewers[0].email", "the part after the @ has \"_\" in it, which a domain cannot hold"),
                Arguments.of("email-with-display-name.conf", 5, "interviewers[0].email", "write the bare address, without a name or angle brackets"),
                Arguments.of("email-with-display-name.conf", 5, "interviewers[0].email", "(a valid value looks like email = \"jane.doe@acme.example\")"),
                Arguments.of("contact-not-interviewer.conf", 7, "contact", "\"recruiting@acme.example\" is not the address of any interviewer"),
                Arguments.of("crlf-in-company.conf", 1, "company", "contains the control character carriage return (\\r)"),
                Arguments.of("lf-in-position.conf", 2, "position", "contains the control character line feed (\\n)"),
                Arguments.of("crlf-in-interviewer-name.conf", 6, "interviewers[0].name", "contains the control character carriage return (\\r)"),
                Arguments.of("crlf-in-topic.conf", 8, "interviewers[0].topics[1]", "contains the control character carriage return (\\r)"),
                Arguments.of("escape-char-in-title.conf", 5, "interviewers[0].title", "contains the control character U+001B"),
                Arguments.of("nul-in-notes.conf", 7, "notes", "contains the control character NUL"),
                Arguments.of("interviewers-is-string.conf", 4, "interviewers", "expected a list of objects but found a string (a valid value looks like interviewers = ["),
                Arguments.of("interviewer-is-string.conf", 6, "interviewers[1]", "expected an object { name = ..., email = ... } but found a string"),
                Arguments.of("topics-is-object.conf", 5, "interviewers[0].topics", "expected a list of texts but found an object"),
                Arguments.of("handwritten-perhaps.conf", 6, "interviewers[0].handwritten", "expected true or false but found \"perhaps\""),
                Arguments.of("duplicate-interviewer-email.conf", 6, "interviewers[1].email", "\"jane.doe@acme.example\" is already the address of interviewers[0]"),
                Arguments.of("empty-interviewers.conf", 4, "interviewers", "is empty; list everyone who sat in"),
                Arguments.of("status-paused.conf", 7, "status", "\"paused\" is not one of active | closed"),
                Arguments.of("unclosed-brace.conf", 6, "", "cannot be read as HOCON"),
                Arguments.of("unclosed-brace.conf", 6, "", "the '}' that closes an object"),
                Arguments.of("unquoted-at.conf", 3, "at", "must be written in quotes"),
                Arguments.of("unquoted-at.conf", 3, "at", "at = \"2026-11-20T14:00\""),
                Arguments.of("template-missing-file.conf", 8, "templates.thank-you", "the template \"acme-thank-you.ftl\" does not exist"),
                Arguments.of("template-unknown-step.conf", 9, "templates.thank-yuo", "unknown step (steps: promise-reminder, "),
                Arguments.of("bad-domain.conf", 9, "domains[1]", "\"acme..example\" is not a domain name (a valid value looks like domains = [\"acme.example\"])"),
                Arguments.of("bad-domain-address.conf", 9, "domains[1]", "\"Lisa Kraemer <lisa.kraemer@hays.example>\" is not a valid email address: "),
                Arguments.of("bad-domain-address.conf", 9, "domains[1]", "(a valid address looks like \"sam@agency.example\")"),
                Arguments.of("acme platform.conf", 0, "", "the file name \"acme platform\" cannot be an interview id"),
                Arguments.of("several-problems.conf", 8, "status", "\"paused\" is not one of"));
    }

    @ParameterizedTest(name = "{0} is reported at line {1}, key \"{2}\": ...{3}...")
    @MethodSource("cases")
    void a_broken_record_is_reported_at_its_file_line_and_key(String file, int line, String key, String fragment,
                                                            @TempDir Path tmp) throws IOException {
        Records records = Corpus.loadAlone(Corpus.file("records", file), tmp);

        assertHasProblem(records.problems(), file, line, key, fragment);
        assertTrue(records.interviews().isEmpty(), () -> file + " is broken but was loaded");
        assertFalse(records.clean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loading_one_broken_record_directly_reports_the_same_problem_and_returns_no_interview(
            String file, int line, String key, String fragment) {
        List<Problem> problems = new ArrayList<>();
        Interview interview = Corpus.recordLoader().load(Corpus.file("records", file), problems);

        assertNull(interview);
        assertHasProblem(problems, file, line, key, fragment);
    }

    @Test
    void every_file_of_the_record_corpus_has_an_expected_problem() {
        Set<String> expected = cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Corpus.fileNames("records")), expected);
        assertTrue(expected.size() >= 24, "the corpus holds " + expected.size() + " broken records");
    }

    @Test
    void a_record_with_several_problems_reports_all_of_them_at_once(@TempDir Path tmp) throws IOException {
        String file = "several-problems.conf";
        Records records = Corpus.loadAlone(Corpus.file("records", file), tmp);
        List<Problem> problems = records.problems();

        assertHasProblem(problems, file, 1, "compnay", "did you mean company?");
        assertHasProblem(problems, file, 1, "company", "missing");
        assertHasProblem(problems, file, 2, "position", "carriage return");
        assertHasProblem(problems, file, 3, "at", "\"2026-11-20 14:00\" is not a local date and time");
        assertHasProblem(problems, file, 4, "zone", "\"Mars/Olympus\" is not a time zone");
        assertHasProblem(problems, file, 6, "interviewers[0].email", "has no dot");
        assertHasProblem(problems, file, 6, "interviewers[0].handwritten", "expected true or false");
        assertHasProblem(problems, file, 8, "status", "\"paused\" is not one of");
        assertEquals(8, problems.size(), () -> "each problem once:\n" + Corpus.list(problems));
        assertEquals(problems.stream().sorted(Problem.ORDER).toList(), problems, "problems are listed in file order");
    }

    /** Windows Notepad's "Unicode" is UTF-16: read as UTF-8 it is a NUL after every letter. */
    @Test
    void a_record_saved_as_utf_16_is_refused_saying_so_and_never_hides_the_good_one(@TempDir Path tmp)
            throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("interviews"));
        Files.copy(Path.of("conf", "interviews", "acme-platform.conf"), dir.resolve("acme-platform.conf"));
        Files.write(dir.resolve("notepad.conf"), """
                company  = "Globex"
                position = "Site Reliability Engineer"
                at       = "2026-11-20T14:00"
                interviewers = [ { name = "Jürgen Weiß", email = "juergen@globex.example" } ]
                """.getBytes(java.nio.charset.StandardCharsets.UTF_16));  // with its byte order mark, as editors save it

        Records records = Corpus.recordLoader().loadAll(dir);

        assertHasProblem(records.problems(), "notepad.conf", 0, "",
                "is saved as UTF-16 (\"Unicode\" in some editors); save it as UTF-8");
        assertEquals(1, records.problems().size(), () -> Corpus.list(records.problems()));
        assertEquals(List.of("acme-platform"), records.interviews().stream().map(Interview::id).toList());
    }

    @Test
    void a_bad_record_never_hides_the_good_ones() {
        Path dir = Corpus.dir("mixed");
        Records records = Corpus.recordLoader().loadAll(dir);

        assertEquals(List.of("acme-platform", "globex-sre", "initech-backend"),
                records.interviews().stream().map(Interview::id).sorted().toList());
        assertHasProblem(records.problems(), "hooli-data.conf", 3, "at", "\"2026-11-31T10:00\" is not a local date");
        assertHasProblem(records.problems(), "umbrella-ml.conf", 5, "interviewers[0].email",
                "the domain \"umbrella\" has no dot");
        assertEquals(2, records.problems().size(), () -> Corpus.list(records.problems()));
        assertEquals(Set.of("acme-platform", "globex-sre", "initech-backend", "hooli-data", "umbrella-ml"),
                records.files().keySet(), "every file keeps its id, valid or not");
        assertTrue(records.byId("globex-sre").isPresent());
        assertTrue(records.byId("hooli-data").isEmpty());
    }

    @Test
    void the_sample_records_load_without_a_problem() {
        Records records = Corpus.recordLoader().loadAll(Path.of("conf", "interviews"));

        assertEquals(List.of(), records.problems(), () -> Corpus.list(records.problems()));
        assertEquals(List.of("acme-platform", "nordlicht-data"),
                records.interviews().stream().map(Interview::id).sorted().toList());
    }

    @Test
    void ids_that_differ_only_by_case_are_duplicates(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("interviews"));
        Path good = Corpus.file("mixed", "acme-platform.conf");
        Files.copy(good, dir.resolve("Acme.conf"));
        Files.copy(good, dir.resolve("acme.conf"));
        try (Stream<Path> files = Files.list(dir)) {
            assumeTrue(files.count() == 2, "this file system ignores case: Acme.conf and acme.conf are one file");
        }

        Records records = Corpus.recordLoader().loadAll(dir);

        Problem p = assertHasProblem(records.problems(), "acme.conf", 0, "", "duplicate id: \"acme\"");
        assertTrue(p.file().endsWith("/acme.conf") || p.file().endsWith("\\acme.conf"), p.file());
        assertTrue(p.message().contains("Acme.conf"), () -> "names the other file: " + p.message());
        assertHasProblem(records.problems(), "Acme.conf", 0, "", "duplicate id: \"Acme\"");
        assertEquals(2, records.problems().size(), () -> Corpus.list(records.problems()));
        assertEquals(List.of(), records.interviews(), "neither file is read until one is renamed");
        assertEquals(java.util.Set.of("Acme", "acme"), records.files().keySet(), "both are known as broken records");
    }

    @Test
    void an_unknown_key_close_to_a_known_one_gets_a_did_you_mean_hint(@TempDir Path tmp) throws IOException {
        Problem close = assertHasProblem(Corpus.loadAlone(Corpus.file("records", "unknown-top-level-key.conf"),
                tmp.resolve("a")).problems(), "unknown-top-level-key.conf", 2, "compnay", "unknown key");
        assertTrue(close.message().contains("did you mean company?"), close.message());

        Problem far = assertHasProblem(Corpus.loadAlone(Corpus.file("records", "unknown-key-far.conf"),
                tmp.resolve("b")).problems(), "unknown-key-far.conf", 7, "salary", "unknown key");
        assertFalse(far.message().contains("did you mean"), () -> "no far-fetched hint: " + far.message());
        assertTrue(far.message().contains("company") && far.message().contains("interviewers"),
                () -> "lists the keys instead: " + far.message());
    }

    @Test
    void a_header_injection_attempt_is_never_echoed_into_the_report(@TempDir Path tmp) throws IOException {
        for (String file : List.of("crlf-in-company.conf", "lf-in-position.conf", "crlf-in-interviewer-name.conf",
                "crlf-in-topic.conf")) {
            Records records = Corpus.loadAlone(Corpus.file("records", file), tmp.resolve(file));
            assertEquals(1, records.problems().size(), () -> file + ":\n" + Corpus.list(records.problems()));
            for (Problem p : records.problems()) {
                assertFalse(p.toString().contains("Bcc:"), () -> "the injected header is echoed: " + p);
            }
        }
    }

    @Test
    void a_template_override_naming_an_existing_template_is_accepted(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("interviews"));
        Files.writeString(dir.resolve("acme.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "2026-11-20T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@acme.example" } ]
                templates { thank-you = "thank-you.ftl" }
                domains = ["acme.example", "acme-corp.example"]
                """);
        Records records = Corpus.recordLoader().loadAll(dir);

        assertEquals(List.of(), records.problems(), () -> Corpus.list(records.problems()));
        Interview acme = records.byId("acme").orElseThrow();
        assertNotNull(acme);
        assertEquals(List.of("acme.example", "acme-corp.example"), acme.domains());
    }
}
