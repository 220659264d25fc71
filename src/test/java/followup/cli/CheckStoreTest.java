package followup.cli;

import followup.store.Database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Deployment;
import followup.daemon.Daemon;
import followup.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followup check} also says whether {@code run} could open the store: an H2 file's data directory and its
 * lock, a PostgreSQL server's answer and login; each failure with what to do and where the key is set.
 */
class CheckStoreTest {
    private static final String USER = "alex@example.test";
    private static final String MAIL_PASSWORD = "Check-Pw-51c0e2a8";
    private static final String DB_PASSWORD = "Pg-Check-7d20b4";
    private static PostgresServer postgres;

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP}));

    @TempDir
    Path tmp;

    @BeforeAll
    static void serverAskingForPasswords() throws Exception {
        postgres = PostgresServer.startOwn();
        postgres.execute("CREATE ROLE followup LOGIN PASSWORD '" + DB_PASSWORD + "'");
        postgres.execute("CREATE DATABASE followup OWNER followup");
        postgres.requirePasswords();
        Awaitility.await("the server to ask for a password").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                    Properties p = new Properties();
                    p.setProperty("user", "followup");
                    try (var c = DriverManager.getConnection(postgresUrl("followup"), p)) {
                        return false;
                    } catch (SQLException asksForOne) {
                        return true;
                    }
                });
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void mailbox() {
        greenMail.setUser(USER, USER, MAIL_PASSWORD);
    }

    private static String postgresUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database;
    }

    /** A live config whose mail works, with {@code store} on line 10. */
    private Path config(String store) throws IOException {
        return config(store, "application.conf", "");
    }

    /** The same, in the file {@code name}, with {@code more} on line 11 (say {@code cluster = true}). */
    private Path config(String store, String name, String more) throws IOException {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        Files.createDirectories(conf.resolve("interviews"));
        for (String[] secret : new String[][] {{"password", MAIL_PASSWORD}, {"db-password", DB_PASSWORD},
                {"wrong-db-password", "Wrong-Pg-9e3f11"}}) {
            Path file = conf.resolve(secret[0]);
            Files.writeString(file, secret[1]);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Path config = conf.resolve(name);
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "%s", zone = "Europe/Berlin" }
                  mail {
                    mode = live
                    smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "password" }
                    imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "password" }
                  }
                  web { enabled = false }
                  templates = "%s"
                  store { %s }
                  %s
                }
                """.formatted(USER, greenMail.getSmtp().getPort(), USER, greenMail.getImap().getPort(), USER,
                        Path.of("templates").toAbsolutePath(), store, more));
        return config;
    }

    private static Cli.Result check(Path config) {
        Cli.Result r = Cli.run("check", "--config=" + config).assertNoStackTrace();
        assertFalse((r.out() + r.err()).contains(MAIL_PASSWORD), r::toString);
        assertFalse((r.out() + r.err()).contains(DB_PASSWORD), r::toString);
        assertFalse((r.out() + r.err()).contains("Wrong-Pg-9e3f11"), r::toString);
        return r;
    }

    @Test
    void a_data_directory_that_can_be_written_and_no_daemon_on_it_works() throws IOException {
        Path data = tmp.resolve("state");
        Cli.Result r = check(config("url = \"jdbc:h2:file:" + data.resolve("followup") + "\""));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Store H2 file " + data.resolve("followup") + ".mv.db\n"), r::toString);
        assertTrue(r.out().contains("ok      the data directory " + data + " does not exist yet; the first start"
                + " creates it in " + tmp), r::toString);
        assertTrue(r.out().contains("ok      no daemon is running on it"), r::toString);
        assertFalse(Files.exists(data), "check creates nothing");
        assertTrue(r.out().endsWith("Everything works.\n"), r::toString);
    }

    @Test
    void a_file_where_the_data_directory_should_be_is_named_with_the_key_to_change() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("state"), "not a directory");
        Path config = config("url = \"jdbc:h2:file:" + blocker.resolve("data/followup") + "\"");
        Cli.Result r = check(config);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("FAILED  the data directory " + blocker.resolve("data") + " cannot be created: "
                + blocker + " is a file, not a directory"), r::toString);
        assertTrue(r.out().contains("what to do: move that file away, or point followup.store.url at a directory"
                + " you can write"), r::toString);
        assertTrue(r.out().contains("set at:     followup.store.url in " + config + ":10"), r::toString);
        assertTrue(r.out().endsWith("Something does not work: see FAILED above.\n"), r::toString);
    }

    @Test
    void a_daemon_already_running_on_the_data_is_named_with_its_process() throws IOException {
        Path config = config("url = \"jdbc:h2:file:" + tmp.resolve("data/followup") + "\"");
        try (Daemon running = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { })) {
            Cli.Result r = check(config);
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.out().contains("ok      the data directory " + tmp.resolve("data") + " is writable"),
                    r::toString);
            assertTrue(r.out().contains("FAILED  a followup daemon is already running on this data ("
                    + tmp.resolve("data") + ", pid " + ProcessHandle.current().pid() + "), so `followup run` would"
                    + " refuse to start"), r::toString);
            assertTrue(r.out().contains("what to do: stop that daemon first"), r::toString);
        }
        Cli.Result after = check(config);
        assertEquals(0, after.code(), after::toString);
        assertTrue(after.out().contains("ok      no daemon is running on it"), after::toString);
    }

    /**
     * A new database: check signs in and says the first start will create followup's tables, and creates none
     * itself (a check is no start); once a start made them, it says they are up to date.
     */
    @Test
    void postgresql_with_the_right_password_works_and_check_changes_nothing_in_it() throws Exception {
        postgres.execute("CREATE DATABASE fresh OWNER followup");
        Path config = config("url = \"" + postgresUrl("fresh") + "\", username = \"followup\","
                + " password-file = \"db-password\"");
        Cli.Result r = check(config);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Store PostgreSQL 127.0.0.1:" + postgres.port() + "/fresh\n"), r::toString);
        assertTrue(r.out().contains("ok      signed in to PostgreSQL 127.0.0.1:" + postgres.port() + "/fresh as"
                + " followup; the database has no followup tables yet; the first start creates them"), r::toString);
        Properties login = new Properties();
        login.setProperty("user", "followup");
        login.setProperty("password", DB_PASSWORD);
        try (var c = DriverManager.getConnection(postgresUrl("fresh"), login);
             var tables = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'public'")) {
            tables.next();
            assertEquals(0, tables.getInt(1), "check created tables in the database");
        }

        Database.open(Deployment.load(config).settings().store()).close();     // what run does first
        Cli.Result after = check(config);
        assertEquals(0, after.code(), after::toString);
        assertTrue(after.out().contains("/fresh as followup; followup's tables are up to date (version "),
                after::toString);
    }

    @Test
    void postgresql_refusing_the_password_says_what_to_check_and_never_shows_it() throws IOException {
        Path config = config("url = \"" + postgresUrl("followup") + "\", username = \"followup\","
                + " password-file = \"wrong-db-password\"");
        Cli.Result r = check(config);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("FAILED  " + config + ":10: followup.store.url: cannot open the state database"
                + " on the PostgreSQL server 127.0.0.1:" + postgres.port() + "/followup: "), r::toString);
        assertTrue(r.out().contains("what to do: the server refused the login of \"followup\": check"
                + " followup.store.username and the password"), r::toString);
        assertTrue(r.out().contains("followup.store.username in " + config + ":10"), r::toString);
    }

    @Test
    void postgresql_without_the_database_or_not_listening_says_which() throws IOException {
        Cli.Result missing = check(config("url = \"" + postgresUrl("nosuch") + "\", username = \"followup\","
                + " password-file = \"db-password\""));
        assertEquals(1, missing.code(), missing::toString);
        assertTrue(missing.out().contains("what to do: the database nosuch does not exist on 127.0.0.1: create it"),
                missing::toString);

        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Cli.Result away = check(config("url = \"jdbc:postgresql://127.0.0.1:" + closed + "/followup\", username ="
                + " \"followup\", password-file = \"db-password\""));
        assertEquals(1, away.code(), away::toString);
        assertTrue(away.out().contains(":10: followup.store.url: cannot open the state database on the PostgreSQL"
                + " server 127.0.0.1:" + closed + "/followup"), away::toString);
        assertTrue(away.out().contains("what to do: check that PostgreSQL runs on 127.0.0.1, listens on that port"),
                away::toString);
    }

    /**
     * As for an H2 file, check says whether {@code run} would be let onto the PostgreSQL database beside the daemons
     * running on it: a second machine set up with {@code cluster = true} beside a daemon without it (or the other way
     * round) is refused by {@code run}, so check must not say that everything works.
     */
    @Test
    void postgresql_with_a_daemon_running_says_whether_run_would_be_let_in_beside_it() throws Exception {
        postgres.execute("CREATE DATABASE shared OWNER followup");
        String store = "url = \"" + postgresUrl("shared") + "\", username = \"followup\", password-file = \"db-password\"";
        Path alone = config(store);
        Path clustered = config(store, "clustered.conf", "cluster = true");
        Cli.Result before = check(clustered);
        assertEquals(0, before.code(), before::toString);
        assertTrue(before.out().contains("ok      no followup daemon is running on this database"), before::toString);

        try (Daemon running = Daemon.start(Deployment.load(alone), Clock.systemUTC(), (m, mime) -> { })) {
            Cli.Result beside = check(clustered);
            assertEquals(1, beside.code(), beside::toString);
            assertTrue(beside.out().contains("FAILED  a followup daemon without cluster = true is running on this"
                    + " database (PostgreSQL 127.0.0.1:" + postgres.port() + "/shared; held by followup daemon pid "
                    + ProcessHandle.current().pid()), beside::toString);
            assertTrue(beside.out().contains("so `followup run` would refuse to start"), beside::toString);
            assertTrue(beside.out().contains("set at:     followup.cluster in " + clustered + ":11"),
                    beside::toString);

            Cli.Result second = check(alone);
            assertEquals(1, second.code(), second::toString);
            assertTrue(second.out().contains("FAILED  another followup daemon is already running on this database"),
                    second::toString);
        }
        try (Daemon running = Daemon.start(Deployment.load(clustered), Clock.systemUTC(), (m, mime) -> { })) {
            Cli.Result joins = check(clustered);
            assertEquals(0, joins.code(), joins::toString);
            assertTrue(joins.out().contains("ok      1 followup daemon with cluster = true is running on this"
                    + " database (held by followup daemon pid " + ProcessHandle.current().pid() + " (cluster)"),
                    joins::toString);
            assertTrue(joins.out().contains("`followup run` joins the cluster"), joins::toString);
        }
    }
}
