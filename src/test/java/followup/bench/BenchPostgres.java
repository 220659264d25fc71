package followup.bench;

import followup.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL of the benchmarks that run the daemon in this JVM: {@link PostgresServer#startDurable()}, started on
 * first use and stopped when the JVM exits.
 */
final class BenchPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer server;

    private BenchPostgres() {
    }

    /** A new empty database (followup migrates it at start): its JDBC URL. */
    static synchronized String newDatabase() {
        if (server == null) {
            try {
                PostgresServer started = PostgresServer.startDurable();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        System.err.println("could not stop the benchmark's PostgreSQL: " + e);
                    }
                }));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the benchmark's PostgreSQL", e);
            }
        }
        return server.createDatabase("bench_" + DATABASES.incrementAndGet());
    }
}
