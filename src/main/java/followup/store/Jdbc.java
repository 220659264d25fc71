package followup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A little JDBC help: parameter binding, row mapping and one transaction per call. */
final class Jdbc {
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final Outage outage;

    /**
     * The connection of {@link #inOneTransaction} on this thread, the database it belongs to, and what is to run once
     * it committed ({@link #afterCommit}).
     */
    private record Bound(DataSource dataSource, Connection connection, List<Runnable> afterCommit) {
    }

    private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

    Jdbc(Database db) {
        this.dataSource = db.dataSource();
        this.outage = db.outage();
    }

    /**
     * One transaction. While the daemon's PostgreSQL server is unreachable it waits and runs the work again (see
     * {@link Outage}), so {@code work} must do nothing but database work.
     */
    <T> T tx(String what, Work<T> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                T result = once(work);
                outage.succeeded();
                return result;
            } catch (SQLException e) {
                if (bound() != null || !outage.waitAfter(e, attempt)) {
                    throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * One transaction, tried once: while the daemon's PostgreSQL server is away it fails (within the pool's
     * connection timeout) instead of waiting for the server. For a reader that must answer now, such as a scrape of
     * the metrics.
     */
    <T> T txAtOnce(String what, Work<T> work) {
        try {
            T result = once(work);
            outage.succeeded();
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} with every statement this thread sends to {@code dataSource} in one transaction, committed
     * once at the end: many small changes (the plan of every record at start-up) cost one commit, not one each. If
     * anything fails, that transaction is rolled back and {@code work} runs once more, each statement in a
     * transaction of its own as usual (with its waits for a lost server), so a failure is reported as it would be
     * without this. {@code work} must be safe to run twice in that case; nested calls join the outer one.
     */
    static void inOneTransaction(DataSource dataSource, Runnable work) {
        Bound outer = BOUND.get();
        if (outer != null) {
            work.run();
            return;
        }
        boolean committed = false;
        List<Runnable> afterCommit = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            BOUND.set(new Bound(dataSource, c, afterCommit));
            try {
                work.run();
                c.commit();
                committed = true;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
            } finally {
                BOUND.remove();
            }
        } catch (SQLException e) {
            // no connection, or it failed: as below
        }
        if (committed) {
            afterCommit.forEach(Runnable::run);     // with the connection back in the pool
        } else {
            work.run();
        }
    }

    /**
     * Runs {@code then} once what this thread wrote so far is committed: now, or when the transaction of
     * {@link #inOneTransaction} it is in commits (not at all if that one is rolled back: its work then runs again
     * without it, and calls this again).
     */
    void afterCommit(Runnable then) {
        Bound bound = BOUND.get();
        if (bound != null && bound.dataSource() == dataSource) {
            bound.afterCommit().add(then);
        } else {
            then.run();
        }
    }

    /** This thread's connection of {@link #inOneTransaction} to this database, or null. */
    private Connection bound() {
        Bound bound = BOUND.get();
        return bound != null && bound.dataSource() == dataSource ? bound.connection() : null;
    }

    private <T> T once(Work<T> work) throws SQLException {
        Connection bound = bound();
        if (bound != null) {
            return work.run(bound);                         // committed by inOneTransaction
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone (the first failure says why); nothing was committed
        }
    }

    /**
     * Inserts a row unless one with the same key is there (a second daemon may insert it at the same moment):
     * false if it was. The same SQL on H2 and PostgreSQL: a savepoint and the unique violation (SQLState 23505),
     * which both report, instead of MERGE or ON CONFLICT.
     */
    static boolean insertUnlessPresent(Connection c, String sql, Object... args) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            update(c, sql, args);
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before);
            return false;
        }
    }

    int update(String sql, Object... args) {
        return tx("update the state database", c -> update(c, sql, args));
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return tx("read the state database", c -> query(c, sql, mapper, args));
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);   // untyped: PostgreSQL takes it for a BIGINT or a VARCHAR column
            } else if (a instanceof Instant instant) {
                ps.setLong(i + 1, instant.toEpochMilli());
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 3) + "...";
    }
}
