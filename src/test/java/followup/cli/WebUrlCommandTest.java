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

    /**
     * With {@code web.port = 0} the page takes any free port at each start: web-url prints the one the running
     * daemon's page took, and once that page is gone, port 0 with the reason.
     */
    @Test
    void withAnyFreePortPrintsThePortTheRunningPageTook() throws IOException {
        Path config = Workspaces.write(tmp, "web { port = 0 }");
        followup.config.Settings settings = followup.config.SettingsLoader.load(config,
                com.typesafe.config.ConfigFactory.empty(), false);
        String token;
        try (LocalPage page = LocalPage.start(settings, java.time.Clock.systemUTC()).orElseThrow()) {
            token = Files.readString(tmp.resolve("data/web-token")).strip();
            Cli.Result running = Cli.run("web-url", "--config", config.toString()).assertNoStackTrace();
            assertEquals(0, running.code(), running::toString);
            assertTrue(page.port() > 0);
            assertEquals("http://127.0.0.1:" + page.port() + "/?token=" + token + "\n", running.out());
            assertEquals("", running.err());
        }
        Cli.Result stopped = Cli.run("web-url", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, stopped.code(), stopped::toString);
        assertEquals("http://127.0.0.1:0/?token=" + token + "\n", stopped.out());
        assertTrue(stopped.err().contains("no running `followup run` of this config serves the page now"),
                stopped::toString);
    }

    /** A coach opens one job seeker's page: the address of it, for a candidate that exists; else why not. */
    @Test
    void withACandidatePrintsTheAddressOfTheirOwnPage() throws IOException {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup { candidates = \"people\", templates = \""
                + Path.of("templates").toAbsolutePath() + "\", store.url = \"jdbc:h2:file:"
                + tmp.resolve("data/followup") + "\" }\n");
        for (String name : java.util.List.of("alice", "bob")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
        }
        Cli.Result all = Cli.run("web-url", "--config", config.toString()).assertNoStackTrace();
        String token = Files.readString(tmp.resolve("data/web-token")).strip();
        assertEquals("http://127.0.0.1:4580/?token=" + token + "\n", all.out());

        Cli.Result alice = Cli.run("web-url", "--candidate", "alice", "--config", config.toString())
                .assertNoStackTrace();
        assertEquals(0, alice.code(), alice::toString);
        assertEquals("http://127.0.0.1:4580/?token=" + token + "&candidate=alice\n", alice.out());

        Cli.Result nobody = Cli.run("web-url", "--candidate", "nobody", "--config", config.toString())
                .assertNoStackTrace();
        assertEquals(2, nobody.code(), nobody::toString);
        assertTrue(nobody.err().contains("no such candidate: nobody"), nobody::toString);
        assertEquals("", nobody.out());
    }
}
