package followup.store;

import followup.testing.PostgresServer;

/** Every test of {@link MessageStoreTest} on a new database of the embedded PostgreSQL. */
class MessageStoreOnPostgresTest extends MessageStoreTest {
    private String url;

    @Override
    String url() {
        if (url == null) {
            url = PostgresServer.newDatabase();
        }
        return url;
    }
}
