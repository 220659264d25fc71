package followup.bench;

import followup.testing.UnprivilegedPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL for the benchmarks that run the daemon in this JVM, configured as a deployment runs it: every commit
 * flushed to the disk before it returns ({@code fsync} and {@code synchronous_commit} on; the tests' server has
 * {@code fsync} off). Started on first use, on the embedded binaries the tests use, and stopped when the JVM exits.
 */
final class BenchPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private BenchPostgres() {
    }

    /** A new empty database (followup migrates it at start): its JDBC URL. */
    static synchronized String newDatabase() {
        try {
            if (server == null) {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setPgBinaryResolver(UnprivilegedPostgres.INSTANCE).setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").setServerConfig("listen_addresses", "127.0.0.1")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        System.err.println("could not stop the benchmark's PostgreSQL: " + e);
                    }
                }));
                server = started;
            }
            String name = "bench_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the benchmark's PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a database on the benchmark's PostgreSQL", e);
        }
    }
}
