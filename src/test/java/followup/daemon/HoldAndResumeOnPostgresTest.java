package followup.daemon;

import followup.testing.PostgresServer;

/** Every test of {@link HoldAndResumeTest} with the state in a new database of the embedded PostgreSQL. */
class HoldAndResumeOnPostgresTest extends HoldAndResumeTest {
    @Override
    DaemonHarness harness() {
        return super.harness().store(PostgresServer.newDatabase());
    }
}
