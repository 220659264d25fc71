package followup.daemon;

import followup.testing.PostgresServer;

/** Every test of {@link UncertainSendTest} with the state in a new database of the embedded PostgreSQL. */
class UncertainSendOnPostgresTest extends UncertainSendTest {
    @Override
    DaemonHarness harness() {
        return super.harness().store(PostgresServer.newDatabase());
    }
}
