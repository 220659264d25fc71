package followup.config;

import static followup.config.Corpus.assertHasProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits a record is read with, each reported at its line; and problems that always print as one clean line. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordLimitsTest {
    private static final String BASE = """
            company  = "Acme Corp"
            position = "Platform Engineer"
            at       = "2027-01-14T14:00"
            interviewers = [ { name = "Jane Doe", email = "jane@acme.example", topics = ["k8s"] } ]
            """;

    @TempDir
    Path tmp;

    private Records load(String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("interviews"));
        Files.writeString(dir.resolve("limits.conf"), text);
        return Corpus.recordLoader().loadAll(dir);
    }

    @Test
    void a_list_of_more_than_fifty_entries_is_refused_at_its_line() throws IOException {
        Records r = load(BASE.replaceAll("(?m)^interviewers.*\n", "") + "promised-by-me = ["
                + "\"a\", ".repeat(51) + "]\n"
                + "interviewers = [" + "{ name = \"X Y\" }, ".repeat(Fields.MAX_ITEMS + 1) + "]\n");
        assertHasProblem(r.problems(), "limits.conf", 4, "promised-by-me", "has 51 entries; at most 50 are allowed");
        assertHasProblem(r.problems(), "limits.conf", 5, "interviewers", "has 51 entries; at most 50 are allowed");
        assertEquals(2, r.problems().size(), r.problems().toString());
    }

    @Test
    void a_year_outside_1970_to_9999_is_refused_at_its_line() throws IOException {
        Records r = load(BASE.replace("2027-01-14T14:00", "+999999999-12-31T23:59")
                + "next-step-by = \"1969-12-31\"\n");
        assertHasProblem(r.problems(), "limits.conf", 3, "at", "the year 999999999 is out of range: a date here lies"
                + " between 1970 and 9999");
        assertHasProblem(r.problems(), "limits.conf", 5, "next-step-by", "the year 1969 is out of range");
        assertEquals(1, load(BASE.replace("2027-01-14T14:00", "9999-12-31T23:59")).interviews().size());
    }

    @Test
    void an_unpaired_surrogate_is_refused_and_a_paired_one_is_a_character() throws IOException {
        Records r = load(BASE.replace("Acme Corp", "Acme \\ud800 Corp"));
        assertHasProblem(r.problems(), "limits.conf", 1, "company", "U+D800 (half of a character, alone)");
        assertEquals(1, load(BASE.replace("Acme Corp", "Acme \\ud83d\\ude00 Corp")).interviews().size());
    }

    @Test
    void fifty_unknown_keys_are_listed_and_the_rest_counted() throws IOException {
        StringBuilder text = new StringBuilder(BASE);
        for (int i = 0; i < 1000; i++) {
            text.append("unknown").append(i).append(" = 1\n");
        }
        Records r = load(text.toString());
        assertEquals(Fields.MAX_ITEMS + 1, r.problems().size());
        assertHasProblem(r.problems(), "limits.conf", 1, "", "has 1000 unknown keys; the first 50 are listed");
    }

    @Test
    void a_substitution_bomb_is_refused_before_it_is_expanded() throws IOException {
        StringBuilder bomb = new StringBuilder(BASE).append("a0 = \"").append("x".repeat(1000)).append("\"\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(" = ${a").append(i - 1).append("}${a").append(i - 1).append("}\n");
        }
        Records r = load(bomb.toString());
        assertHasProblem(r.problems(), "limits.conf", 6, "", "${...} substitutions are not read");
        assertTrue(r.interviews().isEmpty());
    }

    @Test
    void a_problem_prints_as_one_line_with_control_and_invisible_characters_escaped() {
        Problem p = new Problem("a\nb.conf", 3, "k\u001b[2J", "found \"x\r\ny\u202e\u2028\ud800\" \ud83d\ude00");
        assertEquals("a\\u000Ab.conf:3: k\\u001B[2J: found \"x\\u000D\\u000Ay\\u202E\\u2028\\uD800\" \ud83d\ude00",
                p.toString());
        Problem longOne = new Problem("f", 1, "k".repeat(10_000), "m".repeat(100_000));
        assertTrue(longOne.key().endsWith("... (10000 characters in all)"), longOne.key());
        assertTrue(longOne.message().length() < 2_100, "message cut to " + longOne.message().length());
    }
}
