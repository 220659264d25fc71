package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import followup.testing.QuietLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the filter keeps out of the log (a library's report of a lost connection) and what it lets through. */
class ConnectionLossFilterTest {
    @RegisterExtension
    final QuietLog log = QuietLog.of(Outage.class);     // the warnings an outage starts here are provoked
    private final LoggerContext context = new LoggerContext();
    private final ConnectionLossFilter filter = new ConnectionLossFilter();

    private FilterReply decide(String logger, Level level, String format, Object[] params, Throwable t) {
        Logger l = context.getLogger(logger);
        return filter.decide(null, l, level, format, params, t);
    }

    @Test
    void a_lost_connection_reported_by_quartz_or_the_pool_is_kept_out_and_starts_the_outage() {
        Outage outage = new Outage("127.0.0.1:5432/followup", "127.0.0.1");
        outage.enable();
        try {
            Exception quartz = new RuntimeException("Failed to obtain DB connection",
                    new SQLTransientConnectionException("followup-store - Connection is not available", null,
                            new SQLException("refused", "08001", new ConnectException("Connection refused"))));
            assertEquals(FilterReply.DENY, decide("org.quartz.core.ErrorLogger", Level.ERROR,
                    "An error occurred while scanning for the next triggers to fire.", null, quartz));
            assertTrue(outage.lost(), "the outage starts, so its one warning is logged");
            assertEquals(FilterReply.DENY, decide("com.zaxxer.hikari.pool.PoolBase", Level.WARN,
                    "{} - Pool is empty, failed to create/setup connection ({})", new Object[] {"followup-store", "x",
                    new SQLException("Connection to 127.0.0.1:5432 refused", "08001")}, null));
            assertEquals(FilterReply.DENY, decide("com.zaxxer.hikari.pool.ProxyConnection", Level.WARN,
                    "{} - Connection {} marked as broken because of SQLSTATE({}), ErrorCode({})", new Object[] {
                        "followup-store", "c", "57P01", 0, new SQLException("terminating connection", "57P01")}, null));
            assertEquals(FilterReply.DENY, decide("com.zaxxer.hikari.pool.PoolBase", Level.WARN,
                    "{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.",
                    new Object[] {"followup-store", "c", "This connection has been closed."}, null));
        } finally {
            outage.stop();
        }
    }

    /**
     * The scheduler keeps using a connection the pool closed when the server went away: each use is reported with the
     * pool's "Connection is closed" and a stack trace, which the outage's one warning already says.
     */
    @Test
    void the_schedulers_reports_of_a_connection_the_pool_closed_in_an_outage_are_kept_out() {
        Outage outage = new Outage("127.0.0.1:5432/followup", "127.0.0.1");
        outage.enable();
        try {
            assertEquals(FilterReply.DENY, decide("org.quartz.impl.jdbcjobstore.JobStoreTX", Level.ERROR,
                    "Unable to set trigger state to ERROR.", null, new SQLException("Connection is closed")));
            assertEquals(FilterReply.DENY, decide(
                    "org.quartz.impl.jdbcjobstore.AttributeRestoringConnectionInvocationHandler", Level.WARN,
                    "Failed restore connection's original auto commit setting.", null,
                    new SQLException("Connection is closed")));
            assertEquals(FilterReply.NEUTRAL, decide("org.quartz.impl.jdbcjobstore.JobStoreTX", Level.ERROR,
                    "Unable to set trigger state to ERROR.", null, new SQLException("disk full", "53100")),
                    "another failure still passes");
        } finally {
            outage.stop();
        }
        assertEquals(FilterReply.NEUTRAL, decide("org.quartz.impl.jdbcjobstore.JobStoreTX", Level.ERROR,
                "Unable to set trigger state to ERROR.", null, new SQLException("Connection is closed")),
                "without a watched outage nothing else would say it");
    }

    /** With no daemon watching a PostgreSQL database (H2, a command), nothing else would report it: all passes. */
    @Test
    void without_a_watched_outage_even_a_lost_connection_passes() {
        assertEquals(FilterReply.NEUTRAL, decide("org.quartz.core.ErrorLogger", Level.ERROR,
                "An error occurred while scanning for the next triggers to fire.", null,
                new SQLTransientConnectionException("followup-store - Connection is not available")));
        assertEquals(FilterReply.NEUTRAL, decide("com.zaxxer.hikari.pool.PoolBase", Level.WARN,
                "{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.",
                new Object[] {"followup-store", "c", "This connection has been closed."}, null));
    }

    /**
     * A rollback that fails because the pool already closed the connection (the server went, or the daemon stopped and
     * closed the pool under the scheduler): the transaction died with the connection, so there is nothing to report,
     * outage watched or not. A rollback that fails for another reason still passes.
     */
    @Test
    void a_rollback_on_a_connection_already_closed_is_kept_out_even_without_a_watched_outage() {
        String logger = "org.quartz.impl.jdbcjobstore.JobStoreTX";
        assertEquals(FilterReply.DENY, decide(logger, Level.ERROR, "Couldn't rollback jdbc connection. Connection is"
                + " closed", null, new SQLException("Connection is closed")), "the pool's closed connection");
        assertEquals(FilterReply.DENY, decide(logger, Level.ERROR, "Couldn't rollback jdbc connection. This"
                + " connection has been closed.", null, new SQLException("This connection has been closed.", "08003")),
                "the driver's");
        assertEquals(FilterReply.NEUTRAL, decide(logger, Level.ERROR, "Couldn't rollback jdbc connection. disk full",
                null, new SQLException("disk full", "53100")));
        assertEquals(FilterReply.NEUTRAL, decide("followup.daemon.Dispatcher", Level.ERROR,
                "Couldn't rollback jdbc connection. Connection is closed", null,
                new SQLException("Connection is closed", "08003")), "the daemon's own logs pass");
    }

    @Test
    void every_other_report_passes() {
        Outage outage = new Outage("127.0.0.1:5432/followup", "127.0.0.1");
        outage.enable();
        try {
            assertEquals(FilterReply.NEUTRAL, decide("org.quartz.core.ErrorLogger", Level.ERROR,
                    "Job threw an unhandled exception.", null, new SQLException("syntax error", "42601")));
            assertEquals(FilterReply.NEUTRAL, decide("org.quartz.core.ErrorLogger", Level.ERROR,
                    "Job threw an unhandled exception.", null, new IllegalStateException("a bug")));
            assertEquals(FilterReply.NEUTRAL, decide("com.zaxxer.hikari.pool.HikariPool", Level.WARN,
                    "{} - Thread starvation or clock leap detected", new Object[] {"followup-store"}, null));
            assertEquals(FilterReply.NEUTRAL, decide("followup.daemon.Dispatcher", Level.ERROR, "Failed {}: {}",
                    new Object[] {"k", new SQLException("refused", "08001")}, null), "the daemon's own logs pass");
            assertEquals(FilterReply.NEUTRAL, decide("org.quartz.core.QuartzSchedulerThread", Level.DEBUG,
                    "batch acquisition of {} triggers", null, new SQLException("refused", "08001")));
            assertFalse(outage.lost(), "no outage without a lost connection");
        } finally {
            outage.stop();
        }
    }
}
