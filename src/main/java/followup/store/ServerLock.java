package followup.store;

import followup.FollowupException;
import followup.config.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Who may run a daemon on one PostgreSQL database: a session-level advisory lock, held on a connection of its own
 * for as long as the daemon runs. A daemon without {@code cluster} takes it exclusively, so a second daemon on the
 * same database (whichever machine it runs on) is refused, as the lock file refuses it for H2; clustered daemons
 * take it shared, so any number of them run together, but never beside an unclustered one. PostgreSQL releases the
 * lock when the session ends, also when the process is killed, so a crashed daemon never blocks the next start.
 */
final class ServerLock implements HeldLock {
    /** "followup" in ASCII: the advisory lock key, the same in every followup daemon. */
    static final long KEY = 0x666f6c6c6f777570L;
    private final Settings.Store store;
    private final String server;
    private final boolean cluster;
    private Connection connection;

    private ServerLock(Connection connection, Settings.Store store, String server, boolean cluster) {
        this.connection = connection;
        this.store = store;
        this.server = server;
        this.cluster = cluster;
    }

    /**
     * PostgreSQL ends the lock with its session: a server restarted, or a connection cut, leaves the daemon without it,
     * and a second daemon could start beside this one. So the session is checked and, once gone, the lock is taken
     * again on a new one as soon as the server answers. False only if another daemon holds it by then.
     */
    @Override
    public synchronized boolean stillHeld() {
        try {
            if (connection != null && connection.isValid(2)) {
                return true;
            }
        } catch (SQLException e) {
            // as if invalid
        }
        closeQuietly(connection);
        connection = null;
        try {
            ServerLock again = acquire(store, server, cluster);
            connection = again.connection;
            // the server's loss and return have their warning and line (Outage): this is no second alarm
            LoggerFactory.getLogger(ServerLock.class).info("The daemon lock on the PostgreSQL server {} was lost with"
                    + " its session (a restart, a cut connection) and is taken again", server);
            return true;
        } catch (StoreException unreachable) {
            return true;            // not reachable yet: nobody else can take it meanwhile either; tried again later
        } catch (FollowupException takenByAnother) {
            LoggerFactory.getLogger(ServerLock.class).error("{}", takenByAnother.getMessage());
            return false;
        }
    }

    /** The login to {@code store}'s server, its session named {@code application}. */
    private static Properties login(Settings.Store store, String application) {
        Properties p = new Properties();
        if (store.username() != null) {
            p.setProperty("user", store.username());
        }
        if (store.password() != null) {
            p.setProperty("password", store.password().reveal());
        }
        p.setProperty("ApplicationName", application);
        p.setProperty("connectTimeout", "5");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /**
     * For {@code check}: the daemons running on this database now, and whether {@code run} (with or without
     * {@code cluster}) would be let in beside them; nothing is taken.
     */
    static Database.Daemons beside(Settings.Store store, String server, boolean cluster) {
        try (Connection c = DriverManager.getConnection(store.url(), login(store, "followup check"))) {
            Holders h = holders(c);
            if (h.count() == 0) {
                return new Database.Daemons(true, "no followup daemon is running on this database", null);
            }
            if (cluster && h.count() == h.clustered()) {
                return new Database.Daemons(true, h.clustered() + (h.clustered() == 1 ? " followup daemon with"
                        + " cluster = true is " : " followup daemons with cluster = true are ") + "running on this"
                        + " database (" + h.named().replaceFirst("^; ", "") + "); `followup run` joins the cluster",
                        null);
            }
            Refusal no = refusal(cluster, server, h);
            return new Database.Daemons(false, no.what() + ", so `followup run` would refuse to start", no.advice());
        } catch (SQLException e) {
            throw new StoreException("cannot see which followup daemons run on the PostgreSQL server " + server + ": "
                    + e.getMessage(), e);
        }
    }

    static ServerLock acquire(Settings.Store store, String server, boolean cluster) {
        Properties p = login(store, "followup daemon pid " + ProcessHandle.current().pid()
                + (cluster ? " (cluster)" : ""));
        Connection c = null;
        try {
            c = DriverManager.getConnection(store.url(), p);
            try (PreparedStatement ps = c.prepareStatement(cluster ? "SELECT pg_try_advisory_lock_shared(?)"
                    : "SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new ServerLock(c, store, server, cluster);
                    }
                }
            }
            Holders holders = holders(c);
            c.close();
            Refusal no = refusal(cluster, server, holders);
            throw new FollowupException(no.what() + "; " + no.advice());
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot take the daemon lock on the PostgreSQL server " + server + ": "
                    + e.getMessage(), e);
        }
    }

    /** Why a daemon with (or without) {@code cluster} cannot run beside others: who runs there, and what to do. */
    private record Refusal(String what, String advice) {
    }

    /** Why a daemon with (or without) {@code cluster} cannot run beside {@code holders}, and what to do. */
    private static Refusal refusal(boolean cluster, String server, Holders holders) {
        String where = "running on this database (PostgreSQL " + server + holders.named() + ")";
        if (cluster) {
            return new Refusal("a followup daemon without cluster = true is " + where, "stop it, or set"
                    + " followup.cluster = true for every daemon on it");
        }
        int clustered = holders.clustered();
        if (clustered > 0) {
            String them = clustered == 1 ? "it" : "them";
            return new Refusal(clustered + (clustered == 1 ? " followup daemon with cluster = true is "
                    : " followup daemons with cluster = true are ") + where, "set followup.cluster = true for this"
                    + " daemon too to run beside " + them + ", or stop " + them + " first");
        }
        return new Refusal("another followup daemon is already " + where, "stop it first, or set followup.cluster"
                + " = true for every daemon on it to run several; plan, status, hold and resume work alongside it");
    }

    /** For {@code status}: each daemon holding the lock of the database {@code c} is on, as its session names it. */
    static List<String> running(Connection c) throws SQLException {
        return holders(c).who();
    }

    /**
     * The daemons holding the lock of this database now, as {@code ; held by ...} for the message: an advisory lock
     * is a database's own, and the daemons of the server's other databases hold theirs with the same key.
     */
    private static Holders holders(Connection c) throws SQLException {
        List<String> who = new ArrayList<>();
        int clustered = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.application_name, a.client_addr, l.mode"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1"
                + " AND a.application_name LIKE 'followup daemon%'")) {
            ps.setLong(1, KEY >>> 32);                  // a bigint key is held as its two halves
            ps.setLong(2, KEY & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String addr = rs.getString(2);
                    who.add(rs.getString(1) + (addr == null ? "" : " from " + addr));
                    clustered += "ShareLock".equals(rs.getString(3)) ? 1 : 0;
                }
            }
        }
        return new Holders(who.isEmpty() ? "" : "; held by " + String.join(", ", who), who.size(), clustered,
                List.copyOf(who));
    }

    /**
     * @param named     {@code ; held by ...}, or empty when none could be seen
     * @param count     how many daemons hold it
     * @param clustered how many of them are clustered daemons (hold the lock shared)
     * @param who       each of them, as its session names it
     */
    private record Holders(String named, int count, int clustered, List<String> who) {
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing more to release
            }
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
        connection = null;
    }
}
