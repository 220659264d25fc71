package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import followup.testing.QuietLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory is its owner's only: it holds the database and H2's lock file, in which the port and key of the
 * server that the commands use while the daemon runs are written for anyone who can read it.
 */
class DataDirectoryTest {
    /** The warning about a home directory others may read, asserted where a test provokes it. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(StoreFailures.class);

    @TempDir
    Path tmp;

    @Test
    void a_new_data_directory_is_made_for_its_owner_only() throws Exception {
        Path data = tmp.resolve("conf/data");
        try (Database db = Database.open("jdbc:h2:file:" + data.resolve("followup"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        }
    }

    @Test
    void the_home_directory_holding_the_database_keeps_its_permissions() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try (Database db = Database.open("jdbc:h2:file:" + home.resolve("followup"))) {
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)),
                    "the user's own directory is not followup's to change");
            assertEquals(List.of("The database is in " + home + ", which other users of this machine may read (with"
                    + " the lock file there, the database too): give followup.store.url a directory of its own, which"
                    + " followup then makes its owner's only"), log.warnings(), "said instead");
        } finally {
            System.setProperty("user.home", before);
        }
    }

    @Test
    void an_existing_data_directory_that_others_can_read_is_made_its_owners_only() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Database db = Database.open("jdbc:h2:file:" + data.resolve("followup"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        }
        assertEquals(List.of(), log.events(), "made its owner's only: nothing to say");
    }
}
