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

    @Test
    void a_daemon_without_cluster_beside_clustered_ones_is_told_to_set_cluster_for_itself() {
        String url = PostgresServer.newEmptyDatabase();
        try (ServerLock one = take(url, true); ServerLock two = take(url, true)) {
            String message = refusal(url, false);
            assertTrue(message.startsWith("2 followup daemons with cluster = true are running on this database"
                    + " (PostgreSQL " + StoreUrl.server(url) + "; held by followup daemon pid"), message);
            assertTrue(message.endsWith("); set followup.cluster = true for this daemon too to run beside them, or"
                    + " stop them first"), message);
            assertEquals(2, holdersNamed(message), message);
        }
    }
}
