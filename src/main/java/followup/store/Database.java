package followup.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded state database: followup's tables and Quartz's (from the schema script Quartz ships), created and
 * migrated on open. H2 file databases are opened with {@code AUTO_SERVER=TRUE}, so {@code plan}, {@code status},
 * {@code hold} and {@code resume} can use the data while the daemon runs, and with {@code WRITE_DELAY=0}, so a
 * commit is in the file before the statement returns and survives a kill -9 of the process.
 *
 * <p>The file is opened through H2's {@code retry:} file system. H2's plain file access closes the database for
 * every connection when a thread is interrupted in the middle of a write (the JDK closes an interruptible channel),
 * and Quartz interrupts its scheduler thread, often inside a commit, whenever the daemon stops: the message in
 * flight then could not be marked sent. {@code retry:} reopens the file and repeats the write instead.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int VERSION = 1;
    private final JdbcConnectionPool pool;
    private final String url;
    private final Optional<SentMark> mark;

    private Database(JdbcConnectionPool pool, String url) {
        this.pool = pool;
        this.url = url;
        this.mark = h2File(url).map(SentMark::of);
    }

    /** Opens (creating and migrating if needed) the database at a JDBC URL. */
    public static Database open(String configuredUrl) {
        String url = effectiveUrl(configuredUrl);
        if (!url.startsWith("jdbc:h2:")) {
            throw new StoreException("only H2 databases are supported so far (store.url = \"" + redact(configuredUrl)
                    + "\"); PostgreSQL support is planned");
        }
        h2File(url).ifPresent(Database::prepareDirectory);
        JdbcConnectionPool pool = JdbcConnectionPool.create(interruptSafe(url), "sa", "");
        pool.setMaxConnections(8);
        Database db = new Database(pool, url);
        try {
            db.migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw StoreFailures.cannotOpen(redact(configuredUrl), h2File(url), e);
        }
        return db;
    }

    /**
     * Refuses a database that knows of fewer sent messages than {@code followup.sent-count} next to it says went
     * out: it went back to an earlier version (see {@link SentMark}), and sending from it could send a message
     * twice. The daemon calls this before it sends anything. Creates the count for a data directory without one.
     */
    public void requireNothingForgotten() {
        if (mark.isEmpty()) {
            return;
        }
        OptionalLong recorded = mark.get().read();   // read before counting: a send in between only raises the count
        long sent = countSent();
        if (recorded.isPresent() && sent < recorded.getAsLong()) {
            throw StoreFailures.forgotten(h2File(url).orElseThrow(), mark.get().file(), sent, recorded.getAsLong());
        }
        mark.get().raise(sent);
    }

    /** Called after a message was marked sent: raises the count of sent messages kept next to the database. */
    void sentOneMore() {
        if (mark.isEmpty()) {
            return;
        }
        try {
            mark.get().oneMore(this::countSent);
        } catch (RuntimeException e) {
            LOG.warn("Could not count the sent messages: {}", e.toString());
        }
    }

    private long countSent() {
        return new Jdbc(pool).tx("count the sent messages", c -> Jdbc.query(c,
                "SELECT COUNT(*) FROM fu_messages WHERE sent_at IS NOT NULL", rs -> rs.getLong(1)).get(0));
    }

    /** H2 file URLs get an absolute path and AUTO_SERVER, so every process finds the same database. */
    static String effectiveUrl(String url) {
        if (!url.startsWith("jdbc:h2:file:") && !(url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"))) {
            return url;
        }
        String rest = url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length())
                : url.substring("jdbc:h2:".length());
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
        return "jdbc:h2:file:" + absolute + options;
    }

    /** An H2 file URL as the connections use it: through the {@code retry:} file system (see the class comment). */
    static String interruptSafe(String effectiveUrl) {
        String file = "jdbc:h2:file:";
        return effectiveUrl.startsWith(file) ? "jdbc:h2:retry:" + effectiveUrl.substring(file.length()) : effectiveUrl;
    }

    /** The database file's base path (without {@code .mv.db}) for an H2 file URL. */
    public static Optional<Path> h2File(String url) {
        String effective = effectiveUrl(url);
        if (!effective.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        String rest = effective.substring("jdbc:h2:file:".length());
        int semi = rest.indexOf(';');
        return Optional.of(Path.of(semi < 0 ? rest : rest.substring(0, semi)));
    }

    /**
     * Creates the data directory of an H2 database (its base path without {@code .mv.db}) if needed and checks
     * that it can be written; a {@link StoreException} naming the directory and what is wrong with it otherwise.
     */
    public static void prepareDirectory(Path base) {
        StoreFailures.prepareDirectory(base.toAbsolutePath().getParent());
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
