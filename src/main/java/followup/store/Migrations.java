package followup.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, migrated by Flyway at every start, the same for H2 and PostgreSQL: version 1 is Quartz's own schema
 * script for the database (from {@code followup/store/migration/h2} or {@code .../postgresql}), version 2 and later
 * followup's tables, one script for both ({@code followup/store/migration/common}).
 *
 * <p>A database made before the migrations (the tables of both versions, created by the code of that time, and no
 * Flyway history) is baselined at version 2: its tables are kept as they are and later versions apply on top.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String BEFORE_MIGRATIONS = "2";
    private static final String HISTORY = "flyway_schema_history";

    private Migrations() {
    }

    /** The migrations of the database's kind and the common ones, with their history in {@link #HISTORY}. */
    private static Flyway flyway(DataSource dataSource, boolean postgres) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY)
                .locations("classpath:followup/store/migration/" + (postgres ? "postgresql" : "h2"),
                        "classpath:followup/store/migration/common")
                .baselineVersion(BEFORE_MIGRATIONS)
                .baselineDescription("tables made before migrations")
                .load();
    }

    static void migrate(DataSource dataSource, boolean postgres) throws SQLException {
        Flyway flyway = flyway(dataSource, postgres);
        boolean existing = hasHistory(dataSource);
        try {
            if (madeBeforeMigrations(dataSource)) {
                LOG.info("The state database was made before schema migrations: keeping its tables as version {}",
                        BEFORE_MIGRATIONS);
                flyway.baseline();
            }
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (existing) {
                // the tables do not match the history of migrations applied to them: a file that went back to an
                // earlier version part-way (H2 commits DDL at once), or one changed by hand
                throw new SchemaMismatch("its tables do not match the migrations it records ("
                        + (sql != null ? sql.getMessage() : e.getMessage()) + ")", e);
            }
            throw sql != null ? sql : new SQLException("schema migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * What the next start would do to the tables, found without changing anything: the sentence {@code check}
     * shows ("followup's tables are up to date", "... creates followup's tables", "... brings them to version 7").
     */
    static String readiness(DataSource dataSource, boolean postgres) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c, HISTORY)) {
                return exists(c, "fu_messages") ? "followup's tables are there, made before schema migrations; the"
                        + " first start keeps them and brings them up to date"
                        : "the database has no followup tables yet; the first start creates them";
            }
        }
        try {
            org.flywaydb.core.api.MigrationInfoService info = flyway(dataSource, postgres).info();
            int pending = info.pending().length;
            org.flywaydb.core.api.MigrationInfo current = info.current();
            String version = current == null ? "none" : current.getVersion().getVersion();
            return pending == 0 ? "followup's tables are up to date (version " + version + ")"
                    : "followup's tables are at version " + version + "; the first start brings them up to date ("
                    + pending + (pending == 1 ? " change)" : " changes)");
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            throw sql != null ? sql : new SQLException("cannot read the schema's history: " + e.getMessage(), e);
        }
    }

    /** A database whose tables and recorded migrations disagree: damaged, or changed by hand. */
    static final class SchemaMismatch extends SQLException {
        SchemaMismatch(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static boolean hasHistory(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return exists(c, HISTORY);
        }
    }

    /** followup's tables (and Quartz's) are there, but no migration history. */
    private static boolean madeBeforeMigrations(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return !exists(c, HISTORY) && exists(c, "fu_messages") && exists(c, "qrtz_job_details");
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE", "BASE TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
