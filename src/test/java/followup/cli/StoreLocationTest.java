package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relative {@code store.url} is from the working directory. {@code hold}, {@code resume} and {@code log} run in
 * another directory than the daemon would write the user's hold into a new database of their own, where the daemon
 * never looks, and say it worked.
 */
class StoreLocationTest {
    @TempDir
    Path tmp;

    /** Relative to the working directory of the tests (the project), and beside the config in {@link #tmp}. */
    private final String relative = "target/store-location-" + UUID.randomUUID() + "/followup";

    @AfterEach
    void removeWhatWasMadeHere() throws IOException {
        Path here = Path.of(relative).getParent();
        if (Files.exists(here)) {
            try (Stream<Path> files = Files.walk(here)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Path config(String storeUrl) throws IOException {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Files.copy(Path.of("conf/interviews/acme-platform.conf"), interviews.resolve("acme-platform.conf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path config = tmp.resolve("application-" + UUID.randomUUID() + ".conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), storeUrl));
        return config;
    }

    @Test
    void a_hold_run_elsewhere_than_the_database_beside_the_config_is_refused_naming_both() throws Exception {
        Path beside = tmp.resolve(relative);
        Cli.Result made = Cli.run("hold", "acme-platform", "--config", config(beside.toString()).toString());
        assertEquals(0, made.code(), made.toString());
        assertTrue(Files.exists(Path.of(beside + ".mv.db")));

        Cli.Result hold = Cli.run("hold", "acme-platform", "--config", config("./" + relative).toString());

        assertEquals(2, hold.code(), hold.toString());
        assertTrue(hold.err().contains("there is no state database here (" + Path.of(relative).toAbsolutePath()
                + ".mv.db)") && hold.err().contains("the daemon's is beside the config (" + beside + ".mv.db)")
                && hold.err().contains("run this command in " + tmp), hold.err());
        assertFalse(Files.exists(Path.of(relative + ".mv.db")), "a new, empty database was made here");
    }

    @Test
    void a_hold_before_any_database_exists_makes_one_and_says_where() throws Exception {
        Cli.Result hold = Cli.run("hold", "acme-platform", "--config", config("./" + relative).toString());

        assertEquals(0, hold.code(), hold.toString());
        assertTrue(hold.err().contains("No state database at " + Path.of(relative).toAbsolutePath()
                + ".mv.db yet: a new one is made."), hold.err());
        assertTrue(Files.exists(Path.of(relative + ".mv.db")));
    }
}
