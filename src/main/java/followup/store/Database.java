package followup.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import followup.config.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state database, H2 or PostgreSQL behind a HikariCP pool ({@link Pools}): followup's tables and Quartz's,
 * migrated at open ({@link Migrations}).
 *
 * <p>H2 file databases are opened with {@code AUTO_SERVER=TRUE}, so {@code plan}, {@code status}, {@code hold} and
 * {@code resume} can use the data while the daemon runs, and with {@code WRITE_DELAY=0}, so a commit is in the file
 * before the statement returns and survives a kill -9 of the process. The file is opened through H2's {@code retry:}
 * file system. H2's plain file access closes the database for every connection when a thread is interrupted in the
 * middle of a write (the JDK closes an interruptible channel), and Quartz interrupts its scheduler thread, often
 * inside a commit, whenever the daemon stops: the message in flight then could not be marked sent. {@code retry:}
 * reopens the file and repeats the write instead.
 *
 * <p>PostgreSQL is a server that can go away while the daemon runs: after {@link #waitWhenLost()} (the daemon's
 * database), a statement that finds the server gone waits for it and runs again ({@link Outage}), so the send path
 * pauses instead of losing or repeating work.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource pool;
    private final Settings.Store store;
    private final String url;
    private final Optional<SentMark> mark;
    private final Outage outage;
    /** On PostgreSQL: the statistics of the messages' table and of Quartz's send triggers. */
    private final Optional<Statistics> messageStatistics;
    private final Optional<Statistics> triggerStatistics;

    private Database(HikariDataSource pool, Settings.Store store, String url) {
        this.pool = pool;
        this.store = store;
        this.url = url;
        this.mark = StoreUrl.h2File(url).map(SentMark::of);
        boolean postgres = StoreUrl.postgres(url);
        this.outage = new Outage(postgres ? StoreUrl.server(url) : StoreUrl.redact(url),
                postgres ? StoreUrl.host(url) : null);
        this.messageStatistics = postgres ? Optional.of(new Statistics(this, Statistics.MESSAGES)) : Optional.empty();
        this.triggerStatistics = postgres ? Optional.of(new Statistics(this, Statistics.TRIGGERS)) : Optional.empty();
    }

    /** Opens (creating and migrating if needed) an H2 database, or a PostgreSQL one that trusts this user. */
    public static Database open(String url) {
        return open(Settings.Store.at(url));
    }

    /**
     * Opens (creating and migrating if needed) the database of {@code followup.store}. A PostgreSQL server that cannot
     * be reached, refuses the login or has no such database is told at the file and line of {@code store.url} (its
     * {@link Settings.Store#origin}), as the config's own problems are: the URL there names the server.
     */
    public static Database open(Settings.Store store) {
        try {
            return openStore(store);
        } catch (StoreException e) {
            throw StoreUrl.postgres(store.url()) && store.origin() != null ? e.at(store.origin()) : e;
        }
    }

    /**
     * Whether {@code run} could open the database of {@code followup.store}, found without changing it: signs in,
     * then reads what the next start would do to followup's tables (none are created or migrated). Failures are
     * told as {@link #open(Settings.Store)} tells them.
     */
    public static String probe(Settings.Store store) {
        return Pools.probe(store);
    }

    private static Database openStore(Settings.Store store) {
        String url = StoreUrl.effective(store.url());
        boolean postgres = StoreUrl.postgres(url);
        Pools.requireKnownKind(store, url);
        StoreUrl.h2File(url).ifPresent(Database::prepareDirectory);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(Pools.config(store, url, postgres));
        } catch (HikariPool.PoolInitializationException e) {
            throw StoreFailures.cannotOpen(store, StoreUrl.h2File(url), Pools.sqlCause(e));
        }
        Database db = new Database(pool, store, url);
        try {
            Migrations.migrate(pool, postgres);
        } catch (SQLException e) {
            pool.close();
            throw StoreFailures.cannotOpen(store, StoreUrl.h2File(url), e);
        }
        return db;
    }

    /**
     * Statements wait while the PostgreSQL server is unreachable instead of failing (the daemon's database); until
     * {@link #close()}. No effect on H2.
     */
    public void waitWhenLost() {
        if (postgres()) {
            outage.enable();
        }
    }

    /** Statements waiting for a lost server give up now and fail (the daemon stops). */
    public void stopWaiting() {
        outage.stop();
    }

    /** False while the daemon's PostgreSQL server cannot be reached (see {@link #waitWhenLost()}). */
    public boolean reachable() {
        return !outage.lost();
    }

    Outage outage() {
        return outage;
    }

    public boolean postgres() {
        return StoreUrl.postgres(url);
    }

    /** {@code host:port/database} for PostgreSQL, the file URL for H2: where the state is, for messages. */
    public String where() {
        return postgres() ? "PostgreSQL " + StoreUrl.server(url) : StoreUrl.redact(url);
    }

    /**
     * The followup daemons running on a PostgreSQL database, as {@code check} reports them.
     *
     * @param letIn  {@code run} would start beside them
     * @param what   who runs there
     * @param advice what to do when {@code run} would be refused, else null
     */
    public record Daemons(boolean letIn, String what, String advice) {
    }

    /** Who runs on {@code store}'s PostgreSQL database now, and whether {@code run} would be let in beside them. */
    public static Daemons daemonsOn(Settings.Store store, boolean cluster) {
        return ServerLock.beside(store, StoreUrl.server(StoreUrl.effective(store.url())), cluster);
    }

    /**
     * The followup daemons running on this PostgreSQL database now, each as its session names it ({@code followup
     * daemon pid 4242 (cluster) from 10.0.0.5}); nothing is taken. Empty for H2, whose lock is a file beside it.
     */
    public List<String> daemonsRunning() {
        if (!postgres()) {
            return List.of();
        }
        try (Connection c = connection()) {
            return ServerLock.running(c);
        } catch (SQLException e) {
            throw new StoreException("cannot see which followup daemons run on " + where() + ": " + e.getMessage(), e);
        }
    }

    /** {@link #where()} of {@code store} before it is opened. */
    public static String where(Settings.Store store) {
        return StoreUrl.postgres(store.url()) ? "PostgreSQL " + StoreUrl.server(store.url())
                : StoreUrl.redact(store.url());
    }

    /**
     * Refuses a database that knows of fewer sent messages than {@code followup.sent-count} next to it says went
     * out: it went back to an earlier version (see {@link SentMark}), and sending from it could send a message
     * twice. The daemon calls this before it sends anything. Creates the count for a data directory without one.
     * Only H2 files have the mark: PostgreSQL keeps its own durability (WAL), and a shared server has no directory
     * next to it that every daemon could write.
     */
    public void requireNothingForgotten() {
        if (mark.isEmpty()) {
            return;
        }
        OptionalLong recorded = mark.get().read();   // read before counting: a send in between only raises the count
        long sent = countSent();
        if (recorded.isPresent() && sent < recorded.getAsLong()) {
            throw StoreFailures.forgotten(StoreUrl.h2File(url).orElseThrow(), mark.get().file(), sent,
                    recorded.getAsLong());
        }
        mark.get().raise(sent);
    }

    /**
     * {@code rows} messages were added and committed: on PostgreSQL, the statistics of their table are refreshed as it
     * grows (see {@link Statistics}). No effect on H2.
     */
    void messagesAdded(int rows) {
        messageStatistics.ifPresent(s -> s.added(rows));
    }

    /** The same for {@code rows} send triggers added or moved, and Quartz's tables. */
    public void triggersAdded(int rows) {
        triggerStatistics.ifPresent(s -> s.added(rows));
    }

    /** Called after a message was marked sent: raises the count of sent messages kept next to an H2 database. */
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
        return new Jdbc(this).tx("count the sent messages", c -> Jdbc.query(c,
                "SELECT COUNT(*) FROM fu_messages WHERE sent_at IS NOT NULL", rs -> rs.getLong(1)).get(0));
    }

    /**
     * One daemon per PostgreSQL database, or any number of clustered ones: see {@link ServerLock}. Empty for H2,
     * whose daemon lock is a file next to the database.
     */
    public Optional<HeldLock> lockForDaemon(boolean cluster) {
        return postgres() ? Optional.of(ServerLock.acquire(store, StoreUrl.server(url), cluster)) : Optional.empty();
    }

    /** The database file's base path (without {@code .mv.db}) for an H2 file URL. */
    public static Optional<Path> h2File(String url) {
        return StoreUrl.h2File(url);
    }

    /** The same as the URL writes it: relative paths are from the working directory. */
    public static Optional<Path> h2FileAsWritten(String url) {
        return StoreUrl.h2FileAsWritten(url);
    }

    /**
     * Creates the data directory of an H2 database (its base path without {@code .mv.db}) if needed and checks
     * that it can be written; a {@link StoreException} naming the directory and what is wrong with it otherwise.
     */
    public static void prepareDirectory(Path base) {
        StoreFailures.prepareDirectory(base.toAbsolutePath().getParent());
    }

    /**
     * Throws the {@link StoreException} that {@link #open} would for an H2 file whose data directory is a file (or
     * lies under one), without creating anything: for the commands that only read, where no file would otherwise
     * mean that nothing has run yet.
     *
     * @param base the database file's base path ({@link #h2File})
     */
    public static void refuseFileInTheWay(Path base) {
        StoreFailures.refuseFileInTheWay(base.toAbsolutePath().getParent());
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Runs {@code work} with the statements this thread sends to this database in one transaction (see
     * {@link Jdbc#inOneTransaction}): run again, a transaction per statement, if anything in it fails.
     */
    public void inOneTransaction(Runnable work) {
        Jdbc.inOneTransaction(pool, work);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        outage.stop();
        pool.close();
    }
}
