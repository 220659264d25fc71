package followup.daemon;

import followup.testing.PostgresServer;

/** Every test of {@link RecordChangesTest} with the state in a new database of the embedded PostgreSQL. */
class RecordChangesOnPostgresTest extends RecordChangesTest {
    @Override
    DaemonHarness harness() {
        return super.harness().store(PostgresServer.newDatabase());
    }
}
