package followup.schedule;

import followup.testing.PostgresServer;

/** Every test of {@link QuartzSchedulerTest} on a new database of the embedded PostgreSQL. */
class QuartzSchedulerOnPostgresTest extends QuartzSchedulerTest {
    private String url;

    @Override
    String url() {
        if (url == null) {
            url = PostgresServer.newDatabase();
        }
        return url;
    }
}
