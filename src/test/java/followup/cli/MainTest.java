package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arguments that do not make a command line: exit 2, with usage, never a stack trace. */
class MainTest {
    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "plan --bogus", "validate --bogus", "preview", "preview acme-platform"
            + " thank-you extra", "plan acme-platform nordlicht-data", "--bogus", "plan --config", "preview --out"})
    void badArgumentsExitTwo(String line) {
        Cli.Result r = Cli.run(line.split(" ")).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Usage") || r.err().contains("Unmatched") || r.err().contains("Missing"),
                r::toString);
    }

    @Test
    void noCommandExitsTwoWithUsage() {
        Cli.Result r = Cli.run().assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Usage: followup"), r::toString);
        assertTrue(r.err().contains("plan") && r.err().contains("preview") && r.err().contains("validate"),
                r::toString);
    }

    @Test
    void serviceWithoutInstallOrUninstallExitsTwoSayingWhichToGive() {
        Cli.Result r = Cli.run("service").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("say install or uninstall") && r.err().contains("Usage: followup service"),
                r::toString);
        assertEquals("", r.out());
    }

    @Test
    void anUnknownCommandIsNamed() {
        Cli.Result r = Cli.run("frobnicate").assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("frobnicate"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void helpExitsZero() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Usage: followup"), r::toString);
        Cli.Result plan = Cli.run("plan", "--help");
        assertEquals(0, plan.code(), plan::toString);
        assertTrue(plan.out().contains("--json"), plan::toString);
    }

    /** Every command's --help lists -V, --version: it prints the version, as followup --version does. */
    @ParameterizedTest
    @ValueSource(strings = {"--version", "plan --version", "status -V", "service install --version",
            "validate --version"})
    void everyCommandPrintsTheVersionItsHelpOffers(String line) {
        Cli.Result r = Cli.run(line.split(" ")).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertEquals("followup 0.1.0\n", r.out(), r::toString);
    }

    @Test
    void aMissingConfigFileIsBadInput() {
        Cli.Result r = Cli.run("plan", "--config", "does/not/exist.conf").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("does/not/exist.conf"), r::toString);
    }

    @Test
    void aConfigDirectoryIsNamedAsADirectoryWithTheFileToPass(@TempDir Path tmp) throws IOException {
        Path file = Workspaces.write(tmp);
        String dir = file.getParent().toString();
        for (String[] line : new String[][] {{"plan", "--config", dir}, {"hold", "acme", "--config", dir},
                {"status", "--config", dir}}) {
            Cli.Result r = Cli.run(line).assertNoStackTrace();
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains(dir + ": is a directory, not a config file (pass the file itself: --config "
                    + file + ")"), r::toString);
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Result r = Cli.run("validate", "--config", empty.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(empty + ": is a directory, not a config file (pass the file itself: --config FILE)"),
                r::toString);
    }
}
