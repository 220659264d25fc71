package followup.daemon;

import followup.testing.PostgresServer;

/** Every test of {@link DaemonSmokeTest} with the state in a new database of the embedded PostgreSQL. */
class DaemonSmokeOnPostgresTest extends DaemonSmokeTest {
    @Override
    DaemonHarness harness() {
        return super.harness().store(PostgresServer.newDatabase());
    }
}
