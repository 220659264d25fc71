package followup.inbox;

import static followup.inbox.GreenMailAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import followup.config.Settings.Security;
import followup.mail.TestPki;
import jakarta.mail.Store;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TLS settings, timeouts, and failures that never show the password. */
class ImapConnectorTest {
    private static final TestPki PKI = TestPki.get();   // before any IMAPS server: it sets up GreenMail's certificate

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static Properties properties(Security security) {
        return new ImapConnector(GreenMailAccounts.server(993, security, PASSWORD)).properties();
    }

    @Test
    void ssl_uses_imaps_with_server_identity_check_and_the_configured_timeouts() {
        Properties p = properties(Security.SSL);
        assertEquals("true", p.getProperty("mail.imaps.ssl.enable"));
        assertEquals("true", p.getProperty("mail.imaps.ssl.checkserveridentity"));
        assertNull(p.getProperty("mail.imaps.ssl.trust"), "no blanket trust: the JVM's trust store decides");
        assertEquals("false", p.getProperty("mail.imaps.socketFactory.fallback"));
        assertEquals("5000", p.getProperty("mail.imaps.connectiontimeout"));
        assertEquals("5000", p.getProperty("mail.imaps.timeout"));
        assertEquals("5000", p.getProperty("mail.imaps.writetimeout"));
    }

    @Test
    void starttls_is_required_and_the_server_identity_checked() {
        Properties p = properties(Security.STARTTLS);
        assertEquals("true", p.getProperty("mail.imap.starttls.enable"));
        assertEquals("true", p.getProperty("mail.imap.starttls.required"));
        assertEquals("true", p.getProperty("mail.imap.ssl.checkserveridentity"));
        assertEquals("5000", p.getProperty("mail.imap.timeout"));
    }

    @Test
    void every_socket_sends_its_writes_at_once_with_tls_and_without() throws Exception {
        for (Security security : Security.values()) {
            Properties p = properties(security);
            String prefix = security == Security.SSL ? "mail.imaps." : "mail.imap.";
            try (java.net.ServerSocket listening = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                SocketFactory plain = (SocketFactory) p.get(prefix + "socketFactory");
                try (Socket s = plain.createSocket(listening.getInetAddress(), listening.getLocalPort())) {
                    assertTrue(s.getTcpNoDelay(), security + ": the plain socket");
                }
                if (security != Security.PLAIN) {
                    SSLSocketFactory tls = (SSLSocketFactory) p.get(prefix + "ssl.socketFactory");
                    try (Socket s = tls.createSocket()) {
                        assertTrue(s.getTcpNoDelay(), security + ": the TLS socket");
                    }
                }
            }
        }
    }

    @Test
    void plain_does_not_attempt_tls() {
        Properties p = properties(Security.PLAIN);
        assertEquals("false", p.getProperty("mail.imap.starttls.enable"));
        assertNull(p.getProperty("mail.imap.starttls.required"));
    }

    @Test
    void connects_and_logs_in_over_plain_imap() throws Exception {
        GreenMailAccounts.alex(greenMail);
        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            assertTrue(store.isConnected());
        }
    }

    @Test
    void open_connections_share_one_thread_for_their_write_timeouts() throws Exception {
        GreenMailAccounts.alex(greenMail);
        long before = writeTimerThreads();
        java.util.List<Store> stores = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                stores.add(GreenMailAccounts.connector(greenMail).connect());   // as ten candidates' mailboxes
            }
            assertTrue(stores.stream().allMatch(Store::isConnected));
            // Jakarta Mail's own timer would be a thread per connection, idle in a scheduled pool of its own
            assertEquals(before, writeTimerThreads(), "no thread of its own per connection");
            assertTrue(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("followup-write-timeouts")));
        } finally {
            for (Store s : stores) {
                s.close();
            }
        }
    }

    /** Threads of unnamed scheduled pools, waiting for work: what Jakarta Mail starts per socket to time writes. */
    private static long writeTimerThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("pool-"))
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith(
                        "java.util.concurrent.ScheduledThreadPoolExecutor")))
                .count();
    }

    @Test
    void a_refused_login_says_so_without_either_password() {
        GreenMailAccounts.alex(greenMail);
        String wrong = "Wrong-0b7d5e1f-password";
        ImapConnector connector = new ImapConnector(
                GreenMailAccounts.server(greenMail.getImap().getPort(), Security.PLAIN, wrong));
        InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
        assertTrue(e.getMessage().contains("refused the login of alex"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void a_password_echoed_by_the_server_is_hidden_and_the_cause_dropped() {
        ImapConnector connector = new ImapConnector(GreenMailAccounts.server(1, Security.PLAIN, PASSWORD));
        InboxUnavailableException e = connector.failure("cannot connect",
                new jakarta.mail.MessagingException("bad credentials " + PASSWORD));
        assertEquals("cannot connect: bad credentials (hidden)", e.getMessage());
        assertNull(e.getCause());
    }

    /**
     * IMAP's LOGIN sends the password as a quoted string, a quote or backslash in it escaped with a backslash: a server
     * that repeats the command in its NO repeats it so, where a search for the password as it is finds nothing.
     */
    @Test
    void a_password_with_quotes_and_backslashes_echoed_as_the_login_command_quoted_it_is_hidden() throws Exception {
        String password = "Pw-\"quoted\"-and-back\\slashed-4e1f";
        try (EchoingImapServer server = new EchoingImapServer()) {
            ImapConnector connector = new ImapConnector(GreenMailAccounts.server(server.port(), Security.PLAIN,
                    password));
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
            assertTrue(e.getMessage().contains("refused the login of alex"), e.getMessage());
            assertTrue(e.getMessage().contains("LOGIN alex \"(hidden)\""), "the echo is there, hidden: " + e.getMessage());
            for (String form : java.util.List.of(password, "quoted", "slashed-4e1f")) {
                assertFalse(e.getMessage().contains(form), form + " in: " + e.getMessage());
                for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                    assertFalse(String.valueOf(t).contains(form), form + " in the cause: " + t);
                }
            }
        }
    }

    @Test
    void nothing_listening_is_reported_with_host_and_port() throws Exception {
        int port = GreenMailAccounts.closedPort();
        ImapConnector connector = new ImapConnector(GreenMailAccounts.server(port, Security.PLAIN, PASSWORD));
        InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
        assertTrue(e.getMessage().startsWith("cannot connect to the IMAP server 127.0.0.1:" + port + " (PLAIN)"),
                e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void ssl_refuses_a_server_whose_certificate_is_not_trusted() {
        GreenMail imaps = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
        imaps.start();
        try {
            GreenMailAccounts.alex(imaps);
            ImapConnector connector = new ImapConnector(
                    GreenMailAccounts.server(imaps.getImaps().getPort(), Security.SSL, PASSWORD));
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
            assertTrue(e.getMessage().startsWith("IMAP 127.0.0.1:" + imaps.getImaps().getPort() + ": the server's"
                    + " certificate is not trusted (unable to find valid certification path"), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
        } finally {
            imaps.stop();
        }
    }

    @Test
    void starttls_refuses_to_log_in_over_an_unencrypted_connection() {
        GreenMailAccounts.alex(greenMail);
        ImapConnector connector = new ImapConnector(
                GreenMailAccounts.server(greenMail.getImap().getPort(), Settings.Security.STARTTLS, PASSWORD));
        InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
        assertTrue(e.getMessage().contains("STARTTLS required"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }
}
