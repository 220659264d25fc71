package followup.testing;

import followup.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests: zonky's embedded binaries from Maven Central, run as an unprivileged user when
 * the tests run as root ({@link UnprivilegedPostgres}). One server per test JVM ({@link #shared()}), started on first
 * use and stopped when the JVM exits, and a new empty database on it for every test ({@link #newDatabase()}); or a
 * server of one's own on a data directory that survives a stop, for the tests that stop and restart it.
 */
public final class PostgresServer implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEMPLATE = "followup_template";
    private static PostgresServer shared;
    private static boolean templateReady;
    private EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** The server of this test JVM. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = new PostgresServer(builder().start(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return shared;
    }

    /**
     * A new database on the shared server with followup's schema: its JDBC URL (user postgres, no password). A copy of
     * a template database that followup migrated once (a copy takes milliseconds, migrating a new one a second).
     */
    public static String newDatabase() {
        PostgresServer server = shared();
        synchronized (PostgresServer.class) {
            if (!templateReady) {
                Database.open(server.createDatabase(TEMPLATE)).close();
                templateReady = true;
            }
        }
        return server.createDatabase("followup_" + DATABASES.incrementAndGet() + " TEMPLATE " + TEMPLATE);
    }

    /** A new empty database on the shared server, without any table. */
    public static String newEmptyDatabase() {
        return shared().createDatabase("empty_" + DATABASES.incrementAndGet());
    }

    /**
     * A server of its own, for a test that stops it ({@link #stop()}) and starts it again ({@link #restart()}) on the
     * same data and port. Its data directory is in the temporary directory, where the unprivileged user can reach it.
     */
    public static PostgresServer startOwn() throws IOException {
        Path parent = Files.createTempDirectory("followup-postgres-");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = parent.resolve("data");
        return new PostgresServer(builder().setDataDirectory(data).setCleanDataDirectory(false).start(), data);
    }

    /** Stops the server (pg_ctl stop, fast: open sessions are ended); the data stays. */
    public void stop() throws IOException {
        postgres.close();
    }

    /**
     * A server of its own configured as a deployment runs one, for the benchmarks: every commit flushed to the disk
     * before it returns ({@code fsync} and {@code synchronous_commit} on; the tests' servers have {@code fsync} off).
     */
    public static PostgresServer startDurable() throws IOException {
        return new PostgresServer(builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start(), null);
    }

    /** Starts a stopped server of its own again, on the same data and port. */
    public void restart() throws IOException {
        postgres = builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(postgres.getPort())
                .start();
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setPgBinaryResolver(UnprivilegedPostgres.INSTANCE)
                .setServerConfig("max_connections", "200").setServerConfig("fsync", "off")
                .setServerConfig("listen_addresses", "127.0.0.1");
    }

    /**
     * A server of its own ({@link #startOwn()}) as a deployment's: a login over TCP needs the role's password
     * (scram-sha-256), except that of the superuser postgres, with which the tests set it up.
     */
    public void requirePasswords() throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        execute("SELECT pg_reload_conf()");
    }

    /** Runs {@code sql} as the superuser postgres on its database postgres. */
    public void execute(String sql) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    public String createDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + ": " + e.getMessage(), e);
        }
        return url(name.split(" ")[0]);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database + "?user=postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
