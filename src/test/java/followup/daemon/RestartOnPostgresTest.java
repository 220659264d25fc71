package followup.daemon;

import followup.testing.PostgresServer;

/** Every test of {@link RestartTest} with the state in a new database of the embedded PostgreSQL. */
class RestartOnPostgresTest extends RestartTest {
    @Override
    DaemonHarness harness() {
        return super.harness().store(PostgresServer.newDatabase());
    }
}
