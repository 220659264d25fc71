package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check of a record's raw text before the config library reads it: what it refuses, where, and what not. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordTextTest {
    private static List<Problem> check(String text) {
        List<Problem> problems = new ArrayList<>();
        RecordText.check(text, "r.conf", problems);
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "notes = \"costs ${x} and <#if true>y</#if>\"",
        "notes = \"\"\"a ${x}\ninclude \"y\"\n+= ${z}\"\"\"",
        "notes = \"\"\"ends in quotes\"\"\"\"\"",
        "# ${x} include \"y\" a += 1",
        "// ${x} {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
        "company = \"include me\"",
        "include-domains = 1",
        "\"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h\" = 1",
        "notes = \"an escaped \\\" quote, then ${x}\"",
        "phone = +1 555 0199"})
    void text_that_only_looks_like_a_substitution_include_or_deep_nesting_passes(String text) {
        assertEquals(List.of(), check(text));
    }

    @Test
    void the_sample_records_pass() throws IOException {
        for (Path dir : List.of(Path.of("conf/interviews"), Path.of("src/test/resources/corpus/mixed"),
                Path.of("src/test/resources/corpus/records"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    assertEquals(List.of(), check(Files.readString(f)), f.toString());
                }
            }
        }
    }

    private static void assertOne(String text, int line, String fragment) {
        List<Problem> problems = check(text);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(line, problems.get(0).line(), problems.toString());
        assertEquals("r.conf", problems.get(0).file());
        assertTrue(problems.get(0).message().contains(fragment), problems.toString());
    }

    @Test
    void a_substitution_is_refused_at_its_line_even_after_multi_line_strings() {
        assertOne("notes = \"\"\"one\ntwo\nthree\"\"\"\ncompany = ${notes}\n", 4, "substitutions are not read");
        assertOne("a = 1\nb = \"x\" ${?HOME}\n", 2, "substitutions are not read");
    }

    /** Two interviewers on one line without a comma are merged by the config library into one, silently. */
    @Test
    void two_objects_with_no_comma_between_them_on_one_line_are_refused_at_their_line() {
        assertOne("company = \"A\"\ninterviewers = [ { name = \"Jane Doe\", email = \"jane@x.example\" }"
                + " { name = \"Raj Patel\", email = \"raj@x.example\" } ]\n", 2, "put a comma between them");
        assertOne("interviewers = [\n  { name = \"Jane\" }\t{ name = \"Raj\" }\n]\n", 2, "are read as one");
        // a comma, or a line break, between them: two objects
        assertEquals(List.of(), check("interviewers = [ { name = \"Jane\" }, { name = \"Raj\" } ]\n"));
        assertEquals(List.of(), check("interviewers = [\n  { name = \"Jane\" }\n  { name = \"Raj\" }\n]\n"));
        assertEquals(List.of(), check("notes = \"} {\"\n"));
    }

    /** A comma left out of a list of texts: the config library joins the two texts into one, silently. */
    @Test
    void two_quoted_texts_with_only_spaces_between_them_are_refused_at_their_line_and_key() {
        assertOne("company = \"A\"\ntopics = [\"the CI\" \"on-call\"]\n", 2, "put a comma between the items");
        assertEquals("topics[0]", check("topics = [\"the CI\"\t\t\"on-call\"]").get(0).key());
        assertEquals("takeaways[1]", check("takeaways = [\"a\", \"b\"\"c\"]").get(0).key());
        assertEquals("notes", check("notes = \"\"\"one\ntwo\"\"\" \"three\"").get(0).key());
        assertEquals(2, check("notes = \"\"\"one\ntwo\"\"\" \"three\"").get(0).line());
        assertEquals("interviewers[1].name", check("interviewers = [ { name = \"Jane\" },\n"
                + "  { name = \"Raj\" \"Patel\" } ]").get(0).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "company = \"Acme # Corp\"  # \"a\" \"b\"",
        "company = \"Acme // Corp\" // \"a\" \"b\"",
        "notes = \"\"\"she said \"we\" \"you\" \"\"\"",
        "notes = \"an escaped \\\" \\\" quote\"",
        "topics = [\"a\", \"b\" , \"c\"\n  \"d\"]",
        "company = \"\"",
        "\"a\" = \"x\", \"b\" = \"y\""})
    void quotes_inside_one_text_comments_and_separated_texts_are_not_taken_for_joined_ones(String text) {
        assertEquals(List.of(), check(text));
    }

    /** The config library keeps the last of two equal keys, silently: a second interviewers replaces the first. */
    @Test
    void a_key_written_twice_in_one_object_is_refused_at_its_second_line() {
        assertOne("company = \"A\"\ninterviewers = [ { name = \"Jane\" } ]\nposition = \"B\"\n"
                + "interviewers = [ { name = \"Raj\" } ]\n", 4,
                "is written twice in the same object (first at line 2)");
        assertOne("at = \"2027-01-14T14:00\"\n\"at\" = \"2027-01-15T14:00\"\n", 2, "is written twice");
        assertOne("interviewers = [ {\n  name = \"Jane\"\n  email = \"a@x.example\"\n"
                + "  email = \"b@x.example\"\n} ]\n", 4, "is written twice");
        // the same key in two objects, in a list, after a separator's line break, in strings: no repeat
        assertEquals(List.of(), check("interviewers = [\n  { name = \"Jane\", topics = [\n    name\n    x\n  ] }\n"
                + "  { name = \"Raj\" }\n]\n"));
        assertEquals(List.of(), check("company =\n  \"company\"\nposition = \"x\"\n"));
        assertEquals(List.of(), check("notes = \"\"\"\ncompany = 1\ncompany = 2\n\"\"\"\ncompany = \"A\"\n"));
        assertEquals(List.of(), check("# company = 1\ncompany = \"A\" // company = 2\n"));
    }

    @Test
    void an_append_is_refused_at_its_line() {
        assertOne("company = \"A\"\ninterviewers += { name = \"B\" }\n", 2, "+= is not read");
    }

    @Test
    void an_include_is_refused_wherever_a_key_may_start() {
        assertOne("include \"other.conf\"\n", 1, "include is not read");
        assertOne("a = 1\n  include required(file(\"/etc/passwd\"))\n", 2, "include is not read");
        assertOne("templates { include url(\"http://127.0.0.1:9/\") }\n", 1, "include is not read");
        assertOne("a { b = 1, include \"x\" }\n", 1, "include is not read");
    }

    @Test
    void nesting_up_to_the_limit_passes_and_one_level_more_is_refused_at_its_line() {
        int max = RecordText.MAX_DEPTH;
        assertEquals(List.of(), check("notes = " + "[".repeat(max) + "]".repeat(max)));
        assertOne("a = 1\nnotes = " + "{a:".repeat(max + 1) + "1" + "}".repeat(max + 1), 2, "nests deeper than "
                + max + " levels");
        assertEquals(List.of(), check("x" + ".x".repeat(max) + " = 1\n"));
        assertOne("a = 1\n\nx" + ".x".repeat(max + 1) + " = 1\n", 3, "nests deeper");
        assertOne("notes = " + "[{a:".repeat(5_000), 1, "nests deeper");
    }

    @Test
    void invalid_utf8_is_refused_at_the_line_of_the_first_bad_byte() {
        byte[] bytes = "company = \"A\"\nposition = \"B\u00e9\"\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = (byte) 0xFF;
        List<Problem> problems = new ArrayList<>();
        assertNull(RecordText.decode(bytes, "r.conf", problems));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("(0xFF) is not part of a character"), problems.toString());
        assertEquals("company = \"\u00e9\"", RecordText.decode("company = \"\u00e9\"".getBytes(StandardCharsets.UTF_8),
                "r.conf", problems));
    }
}
