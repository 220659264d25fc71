package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.FollowupException;
import followup.config.Settings;
import followup.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** The daemon lock on a PostgreSQL database, and what a daemon it refuses is told about the ones holding it. */
class ServerLockTest {
    private static ServerLock take(String url, boolean cluster) {
        return ServerLock.acquire(Settings.Store.at(url), StoreUrl.server(url), cluster);
    }

    private static String refusal(String url, boolean cluster) {
        return assertThrows(FollowupException.class, () -> take(url, cluster).close()).getMessage();
    }

    private static int holdersNamed(String message) {
        return message.split("followup daemon pid", -1).length - 1;
    }

    @Test
    void the_daemons_named_are_those_on_this_database_not_on_others_of_the_same_server() {
        String mine = PostgresServer.newEmptyDatabase();
        String other = PostgresServer.newEmptyDatabase();
        try (ServerLock elsewhere = take(other, false); ServerLock running = take(mine, false)) {
            String message = refusal(mine, false);
            assertTrue(message.contains("another followup daemon is already running on this database"), message);
            assertEquals(1, holdersNamed(message), message);
        }
    }
}
