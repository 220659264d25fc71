package followup.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Deployment;
import followup.config.Secret;
import followup.config.Settings;
import followup.daemon.Daemon;
import followup.testing.PostgresServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code run} (and every command that opens the store) says when it cannot open a PostgreSQL database: each
 * cause with what to fix, on a server that asks for passwords as a deployment's does.
 */
class PostgresStartFailuresTest {
    private static final String PASSWORD = "Pg-6c1e94-Secret";
    private static PostgresServer server;
    private static String url;

    @BeforeAll
    static void serverAskingForPasswords() throws Exception {
        server = PostgresServer.startOwn();
        server.execute("CREATE ROLE followup LOGIN PASSWORD '" + PASSWORD + "'");
        server.execute("CREATE DATABASE followup OWNER followup");
        server.requirePasswords();
        url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/followup";
        awaitPasswordsRequired();
    }

    /** The server reloads pg_hba.conf on a signal: until then it still lets the role in without one. */
    private static void awaitPasswordsRequired() {
        org.awaitility.Awaitility.await("the server to ask followup for a password").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                    Properties p = new Properties();
                    p.setProperty("user", "followup");
                    try (var c = DriverManager.getConnection(url, p)) {
                        return false;
                    } catch (SQLException asksForOne) {
                        return true;
                    }
                });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String refusal(Settings.Store store) {
        return assertThrows(StoreException.class, () -> Database.open(store).close()).getMessage();
    }

    @Test
    void the_right_password_opens_the_database() {
        Database.open(new Settings.Store(url, "followup", Secret.of(PASSWORD))).close();
    }

    @Test
    void no_password_given_says_where_to_give_it_not_that_the_server_cannot_be_reached() {
        String message = refusal(new Settings.Store(url, "followup", null));
        assertTrue(message.contains("127.0.0.1:" + server.port() + "/followup"), message);
        assertTrue(message.contains("the server asks for the password of \"followup\" and none was given: set"
                + " FOLLOWUP_STORE_PASSWORD or followup.store.password-file"), message);
        assertFalse(message.contains("listen_addresses"), message);
        assertFalse(message.contains(".;"), message);
    }

    @Test
    void an_empty_password_says_so() {
        String message = refusal(new Settings.Store(url, "followup", Secret.of("")));
        assertTrue(message.contains("the server asks for the password of \"followup\" and the one given is empty:"
                + " set FOLLOWUP_STORE_PASSWORD or followup.store.password-file"), message);
        assertFalse(message.contains("listen_addresses"), message);
    }

    @Test
    void a_wrong_password_is_a_refused_login_and_is_never_shown() {
        String wrong = "Wrong-0d5b7a-Password";
        String message = refusal(new Settings.Store(url, "followup", Secret.of(wrong)));
        assertTrue(message.contains("the server refused the login of \"followup\""), message);
        assertFalse(message.contains(wrong), message);
    }

    @Test
    void a_database_that_does_not_exist_says_how_to_create_it_for_the_role() {
        String message = refusal(new Settings.Store(url + "x", "followup", Secret.of(PASSWORD)));
        assertTrue(message.contains("the database followupx does not exist on 127.0.0.1: create it there"
                + " (sudo -u postgres createdb --owner followup followupx) or fix followup.store.url"), message);
    }

    /**
     * The daemon of a config file that cannot open its PostgreSQL database: the message starts at the file and line
     * of store.url, as the config's own problems do, for each cause, and never shows the password.
     */
    @Test
    void a_daemon_that_cannot_open_its_database_names_the_file_and_line_of_store_url(@TempDir Path dir)
            throws Exception {
        for (String[] file : new String[][] {{"wrong-password", "Wrong-71ac02-Password"}, {"password", PASSWORD}}) {
            Path secret = Files.writeString(dir.resolve(file[0]), file[1]);
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Map<String, String> causes = Map.of(
                url, "the server refused the login of \"followup\"",
                url + "x", "the database followupx does not exist on 127.0.0.1",
                "jdbc:postgresql://127.0.0.1:" + closed + "/followup", "check that PostgreSQL runs on 127.0.0.1");
        for (Map.Entry<String, String> cause : causes.entrySet()) {
            String passwordFile = cause.getKey().equals(url) ? "wrong-password" : "password";
            Path config = dir.resolve("application.conf");
            Files.writeString(config, """
                    followup {
                      sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                      store {
                        username = "followup", password-file = "%s"
                        url = "%s"
                      }
                      web { enabled = false }
                    }
                    """.formatted(passwordFile, cause.getKey()));
            StoreException e = assertThrows(StoreException.class, () -> Daemon.start(Deployment.load(config),
                    Clock.systemUTC(), (m, mime) -> { }).close());
            String server = cause.getKey().substring("jdbc:postgresql://".length());
            assertTrue(e.getMessage().startsWith(config + ":5: followup.store.url: cannot open the state database on"
                    + " the PostgreSQL server " + server + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(cause.getValue()), e.getMessage());
            assertFalse(e.getMessage().contains("Wrong-71ac02-Password") || e.getMessage().contains(PASSWORD),
                    e.getMessage());
        }
    }

    @Test
    void a_host_name_that_cannot_be_resolved_is_named_as_such() {
        String message = refusal(new Settings.Store("jdbc:postgresql://db.invalid:5432/followup", "followup",
                Secret.of(PASSWORD)));
        assertTrue(message.contains("the host name db.invalid cannot be resolved: check the host in"
                + " followup.store.url (and this machine's DNS)"), message);
        assertFalse(message.contains("listen_addresses"), message);
    }
}
