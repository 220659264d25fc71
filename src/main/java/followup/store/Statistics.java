package followup.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PostgreSQL's statistics of tables that grow by a row per message (followup's messages; Quartz's jobs and
 * triggers) in step with their growth while this daemon adds rows: one instance per group of tables.
 *
 * <p>PostgreSQL chooses how to find a row by those statistics. A table that filled since it was last analysed (a new
 * database, thousands of records at the first start) has none; PostgreSQL then takes the smallest index whose
 * leading column matches, and for Quartz's triggers and jobs that is an index on the scheduler and the group, which
 * every send trigger shares: each lookup of one trigger by its key read every trigger (measured: 389 pages per lookup
 * among 4,000 triggers, so a start-up with 1,000 records read 2.6 million pages), and so did every foreign-key check
 * of an insert. Autovacuum analyses such a table too, but a minute or more later. So the tables are analysed here
 * after the first {@value #FIRST} rows this daemon added to them and again each time its additions doubled: a few
 * times per start-up, a few milliseconds each. H2 gathers its own statistics as rows change: nothing is done there.
 */
final class Statistics {
    private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);
    /** The rows added before the first analysis. */
    static final long FIRST = 200;
    /** followup's messages. */
    static final String MESSAGES = "fu_messages";
    /** Quartz's jobs and triggers: a send trigger adds a row to each. */
    static final String TRIGGERS = "qrtz_job_details, qrtz_triggers, qrtz_simple_triggers";

    private final Database db;
    private final String tables;
    private final AtomicLong added = new AtomicLong();
    private final ReentrantLock analysing = new ReentrantLock();
    /** The count of added rows at which the tables are analysed next. */
    private volatile long next = FIRST;

    /** @param tables the tables analysed together, as {@code ANALYZE} lists them */
    Statistics(Database db, String tables) {
        this.db = db;
        this.tables = tables;
    }

    /**
     * {@code rows} rows were added and committed. Analyses the tables on this thread when that crosses the next
     * threshold, unless another thread is already at it. A failure (no right to analyse, the server away) is logged
     * and changes nothing else: the statistics only make lookups faster.
     */
    void added(int rows) {
        long total = added.addAndGet(rows);
        if (total < next || !analysing.tryLock()) {
            return;
        }
        try {
            if (total < next) {
                return;
            }
            next = 2 * added.get();
            analyse();
        } finally {
            analysing.unlock();
        }
    }

    private void analyse() {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE " + tables);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not analyse {}: {}", tables, e.toString());
        }
    }
}
