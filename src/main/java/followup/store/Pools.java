package followup.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import followup.config.Settings;
import java.sql.SQLException;

/**
 * The HikariCP pool of a {@link Database}: the kinds of URL it takes, how its pool is configured for H2 and for
 * PostgreSQL, and the look at a database without opening it for good ({@link Database#probe}).
 */
final class Pools {
    private Pools() {
    }

    /** See {@link Database#probe}. */
    static String probe(Settings.Store store) {
        String url = StoreUrl.effective(store.url());
        boolean postgres = StoreUrl.postgres(url);
        try {
            requireKnownKind(store, url);
            HikariConfig config = config(store, url, postgres);
            config.setMinimumIdle(0);
            config.setMaximumPoolSize(2);     // Flyway reads its history on a second connection
            try (HikariDataSource pool = new HikariDataSource(config)) {
                return Migrations.readiness(pool, postgres);
            } catch (HikariPool.PoolInitializationException e) {
                throw StoreFailures.cannotOpen(store, StoreUrl.h2File(url), sqlCause(e));
            } catch (SQLException e) {
                throw StoreFailures.cannotOpen(store, StoreUrl.h2File(url), e);
            }
        } catch (StoreException e) {
            throw postgres && store.origin() != null ? e.at(store.origin()) : e;
        }
    }

    static void requireKnownKind(Settings.Store store, String url) {
        if (!StoreUrl.postgres(url) && !StoreUrl.h2(url)) {
            throw new StoreException("store.url \"" + StoreUrl.redact(store.url()) + "\" is neither an H2 nor a"
                    + " PostgreSQL JDBC URL");
        }
    }

    static HikariConfig config(Settings.Store store, String url, boolean postgres) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("followup-store");
        c.setJdbcUrl(postgres ? url : StoreUrl.interruptSafe(url));
        c.setUsername(store.username() != null ? store.username() : postgres ? null : "sa");
        c.setPassword(store.password() != null ? store.password().reveal() : postgres ? null : "");
        c.setMaximumPoolSize(10);
        c.setMinimumIdle(1);
        // a server that does not answer is noticed within seconds (then statements wait for it, see Outage)
        c.setConnectionTimeout(postgres ? 5_000 : 30_000);
        c.setValidationTimeout(postgres ? 3_000 : 5_000);
        if (postgres) {
            c.addDataSourceProperty("ApplicationName", "followup pid " + ProcessHandle.current().pid());
            c.addDataSourceProperty("connectTimeout", "5");
            c.addDataSourceProperty("tcpKeepAlive", "true");
        }
        return c;
    }

    /** The SQL failure under a pool's failure to start. */
    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return new SQLException(e.getMessage(), e);
    }
}
