package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup add} without a file: the id is checked first, and no answer leaves a record that does not load. */
class AddQuestionsTest {
    @TempDir
    Path tmp;
    private AddWorkspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new AddWorkspace(tmp);
    }

    private Cli.Result ask(String answers, String... args) {
        return ws.answering(answers, args);
    }

    private List<String> records() throws IOException {
        return ws.records();
    }

    private static String answers(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aBadOrTakenIdIsRefusedBeforeTheQuestions() throws IOException {
        Cli.Result bad = ask(answers("Initrode", "SRE"), "--id", "my interview!");
        assertEquals(2, bad.code(), bad::toString);
        assertFalse(bad.out().contains("Company"), () -> "asked nothing:\n" + bad);
        Files.createDirectories(tmp.resolve("conf/interviews"));
        Files.writeString(tmp.resolve("conf/interviews/initrode.conf"), "# mine\n");
        Cli.Result taken = ask(answers("Initrode", "SRE"), "--id", "initrode");
        assertEquals(2, taken.code(), taken::toString);
        assertTrue(taken.err().contains("already exists"), taken::toString);
        assertFalse(taken.out().contains("Company"), () -> "asked nothing:\n" + taken);
    }

    /** Without --id the id is company-position: a record with it is said once those two are answered. */
    @Test
    void aRecordWithTheCompanyAndPositionsIdIsSaidBeforeTheOtherQuestions() throws IOException {
        Files.createDirectories(tmp.resolve("conf/interviews"));
        Files.writeString(tmp.resolve("conf/interviews/initrode-sre.conf"), "# mine\n");
        Cli.Result taken = ask(answers("Initrode", "SRE", "2027-03-02T11:30", "", "Bill <bill@initrode.example>", "",
                ""));
        assertEquals(2, taken.code(), taken::toString);
        assertTrue(taken.err().contains("initrode-sre.conf") && taken.err().contains("already exists"),
                taken::toString);
        assertFalse(taken.out().contains("When"), () -> "asked no more than company and position:\n" + taken);
        assertEquals("# mine\n", Files.readString(tmp.resolve("conf/interviews/initrode-sre.conf")));
    }

    @Test
    void anAddressOrYearARecordCannotHoldIsAskedAgain() throws IOException {
        Cli.Result r = ask(answers("Initrode", "Site Reliability Engineer", "0207-03-02T11:30", "2027-03-02T11:30", "",
                "Bill Lumbergh <bill@initrode>", "Bill Lumbergh <bill@initrode.example>", "", ""));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("the year 207") && r.out().contains("\"bill@initrode\" is not an address"),
                r::toString);
        assertEquals(List.of("initrode-site-reliability-engineer.conf"), records());
        String text = Files.readString(tmp.resolve("conf/interviews/initrode-site-reliability-engineer.conf"));
        assertTrue(text.contains("bill@initrode.example") && !text.contains("\"bill@initrode\""), text);
    }

    @Test
    void answersThatMakeNoValidRecordWriteNothing() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Initrode", "Site Reliability Engineer", "2027-03-02T11:30", ""));
        for (int i = 0; i < 51; i++) {
            lines.add("Person " + i + " <p" + i + "@initrode.example>");
        }
        lines.addAll(List.of("", ""));
        Cli.Result r = ask(answers(lines.toArray(String[]::new)));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("interviewers") && r.err().contains("nothing was written"), r::toString);
        assertEquals(List.of(), records().stream().filter(n -> n.endsWith(".conf")).toList());
    }
}
