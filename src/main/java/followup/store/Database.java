package followup.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded state database: followup's tables and Quartz's (from the schema script Quartz ships), created and
 * migrated on open. H2 file databases are opened with {@code AUTO_SERVER=TRUE}, so {@code plan}, {@code status},
 * {@code hold} and {@code resume} can use the data while the daemon runs, with {@code WRITE_DELAY=0}, so a
 * commit is in the file before the statement returns and survives a kill -9 of the process, and through H2's
 * {@code retry:} file system, so a thread interrupted while it writes (Quartz interrupts its scheduler thread when
 * the daemon stops) does not close the file for every other thread.
 */
public final class Database implements AutoCloseable {
    private static final int VERSION = 1;
    /** H2 file databases, opened through H2's file system that reopens a channel closed by an interrupt. */
    private static final String RETRY = "jdbc:h2:retry:";
    private final JdbcConnectionPool pool;
    private final String url;

    private Database(JdbcConnectionPool pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /** Opens (creating and migrating if needed) the database at a JDBC URL. */
    public static Database open(String configuredUrl) {
        String url = effectiveUrl(configuredUrl);
        if (!url.startsWith("jdbc:h2:")) {
            throw new StoreException("only H2 databases are supported so far (store.url = \"" + redact(configuredUrl)
                    + "\"); PostgreSQL support is planned");
        }
        h2File(url).ifPresent(Database::checkWritable);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        Database db = new Database(pool, url);
        try {
            db.migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("cannot open the state database " + redact(configuredUrl) + ": "
                    + e.getMessage(), e);
        }
        return db;
    }

    /**
     * H2 file URLs get an absolute path and AUTO_SERVER, so every process finds the same database, and the
     * {@code retry:} file system: a plain file channel is closed for good by an interrupt that lands during a read or
     * write (java.nio's rule), and H2 then closes the whole database ("The database has been closed") under every
     * other thread, so the send in flight while the daemon stops could not be marked {@code sent}.
     */
    static String effectiveUrl(String url) {
        if (!url.startsWith("jdbc:h2:file:") && !(url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"))) {
            return url;
        }
        String rest = url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length())
                : url.startsWith(RETRY) ? url.substring(RETRY.length()) : url.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        String path = semi < 0 ? rest : rest.substring(0, semi);
        String options = semi < 0 ? "" : rest.substring(semi);
        String absolute = Path.of(path).toAbsolutePath().normalize().toString();
        String upper = options.toUpperCase(Locale.ROOT);
        if (!upper.contains("AUTO_SERVER")) {
            options += ";AUTO_SERVER=TRUE";
        }
        if (!upper.contains("WRITE_DELAY")) {
            // H2 writes commits to the file in the background every 500 ms by default: a kill -9 would lose the
            // last "sending" or "sent" and a restart would send the message again. Every commit goes to the file.
            options += ";WRITE_DELAY=0";
        }
        return RETRY + absolute + options;
    }

    /** The database file's base path (without {@code .mv.db}) for an H2 file URL. */
    public static java.util.Optional<Path> h2File(String url) {
        String effective = effectiveUrl(url);
        if (!effective.startsWith(RETRY)) {
            return java.util.Optional.empty();
        }
        String rest = effective.substring(RETRY.length());
        int semi = rest.indexOf(';');
        return java.util.Optional.of(Path.of(semi < 0 ? rest : rest.substring(0, semi)));
    }

    private static void checkWritable(Path base) {
        Path dir = base.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("the data directory " + dir + " is not writable; fix its permissions or point"
                    + " followup.store.url elsewhere");
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public String url() {
        return url;
    }

    private void migrate() throws SQLException {
        try (Connection c = pool.getConnection()) {
            if (!tableExists(c, "FU_SCHEMA")) {
                runScript(c, "/followup/store/schema-1.sql");
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO fu_schema (version) VALUES (" + VERSION + ")");
                }
            }
            if (!tableExists(c, "QRTZ_JOB_DETAILS")) {
                runScript(c, "/org/quartz/impl/jdbcjobstore/tables_h2.sql");
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, table, null)) {
            if (rs.next()) {
                return true;
            }
        }
        try (ResultSet rs = meta.getTables(null, null, table.toLowerCase(Locale.ROOT), null)) {
            return rs.next();
        }
    }

    /** Runs a script of statements separated by semicolons at line ends; lines starting with -- are comments. */
    static void runScript(Connection c, String resource) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (InputStream in = Database.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SQLException("missing schema script " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder current = new StringBuilder();
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.startsWith("--") || t.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (t.endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new SQLException("cannot read " + resource, e);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
