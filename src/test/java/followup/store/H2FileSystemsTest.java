package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Deployment;
import followup.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's other names for a file of this machine in {@code followup.store.url} ({@code nio:}, {@code nioMapped:},
 * {@code async:}): the state goes into the file the URL names, where the daemon's lock and its count of sent
 * messages sit beside it, and not into a folder named after the prefix in the working directory.
 */
class H2FileSystemsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "jdbc:h2:{0}PATH keeps the state in PATH.mv.db")
    @ValueSource(strings = {"nio:", "nioMapped:", "async:"})
    void a_file_reached_another_way_is_the_file_the_url_names(String prefix) throws Exception {
        Path config = tmp.resolve("application.conf");
        Path base = tmp.resolve("data/followup");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  store { url = "jdbc:h2:%s%s" }
                }
                """.formatted(prefix, base));
        Settings.Store store = Deployment.withoutSecrets(config).settings().store();

        assertEquals(base, Database.h2File(store.url()).orElseThrow(), "where the lock and the sent count go");
        try (Database db = Database.open(store)) {
            new MessageStore(db).all();
        }
        assertTrue(Files.isRegularFile(Path.of(base + ".mv.db")), "the state is in the file the URL names");
        Path stray = Path.of(prefix.substring(0, prefix.length() - 1) + ":").toAbsolutePath();
        assertFalse(Files.exists(stray), "nothing under " + stray);
    }
}
