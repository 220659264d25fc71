package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebUrlCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheAddressWithTheTokenKeptForTheOwnerOnlyAndTheSameEachTime() throws IOException {
        Path config = Workspaces.write(tmp);
        Cli.Result first = Cli.run("web-url", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, first.code(), first::toString);
        Path tokenFile = tmp.resolve("data/web-token");
        String token = Files.readString(tokenFile).strip();
        assertEquals("http://127.0.0.1:4580/?token=" + token + "\n", first.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile.getParent())),
                "the data directory it made, which will hold the database, is its owner's only");
        assertEquals(first.out(), Cli.run("web-url", "--config", config.toString()).out());
    }

    @Test
    void theKeysChangeAddressAndPortAndABadPortIsAProblemAtItsLine() throws IOException {
        Path config = Workspaces.write(tmp, "web { bind = \"::1\", port = 8123 }");
        Cli.Result r = Cli.run("web-url", "--config", config.toString()).assertNoStackTrace();
        assertTrue(r.out().startsWith("http://[::1]:8123/?token="), r::toString);

        Path bad = Workspaces.write(tmp.resolve("bad"), "web {\n    port = 70000\n    color = blue\n  }");
        Cli.Result refused = Cli.run("web-url", "--config", bad.toString()).assertNoStackTrace();
        assertEquals(2, refused.code(), refused::toString);
        assertTrue(refused.err().contains("application.conf:6: followup.web.port: 70000 is not a port number"),
                refused::toString);
        assertTrue(refused.err().contains("followup.web.color: unknown key"), refused::toString);
    }
}
