package followup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Secret;
import followup.config.Settings;
import followup.inbox.ImapConnector;
import followup.inbox.InboxUnavailableException;
import followup.mail.StartTlsProxy.Protocol;
import followup.reliability.Figures;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * STARTTLS (SMTP and IMAP) uses the same trust store and host-name check as implicit TLS: GreenMail behind a
 * STARTTLS proxy that presents the test server certificate (for 127.0.0.1) or another host's.
 */
class StartTlsTest {
    private static final TestPki PKI = TestPki.get();
    private static final String USER = "alex@example.com";
    private static final String PASSWORD = "StartTls-Pw-90d1e3";
    static final Figures.Tally TALLY = new Figures.Tally(
            "TLS: untrusted or other-host certificates refused (STARTTLS, SMTP and IMAP)", StartTlsTest.class);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            ServerSetupTest.SMTP_IMAP));

    @BeforeEach
    void createAccount() {
        greenMail.setUser(USER, USER, PASSWORD);
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    private static Settings.Server starttls(int port, Settings.Tls tls) {
        return new Settings.Server("127.0.0.1", port, Settings.Security.STARTTLS, USER, Secret.of(PASSWORD),
                Duration.ofSeconds(5), Duration.ofSeconds(5), tls);
    }

    private static StartTlsProxy proxy(Protocol protocol, int backend, Path keystore) throws Exception {
        return new StartTlsProxy(protocol, backend, keystore, TestPki.serverPassword());
    }

    private SendResult send(StartTlsProxy proxy, Settings.Tls tls) throws Exception {
        try (SmtpSender sender = new SmtpSender(starttls(proxy.port(), tls))) {
            return sender.send(Messages.thankYou("<starttls@followup.test>", "jane.doe@acme.example"));
        }
    }

    private static String refusedSend(SendResult result, StartTlsProxy proxy) {
        TALLY.cases(1).duplicates(greenMail.getReceivedMessages().length).crashes(0);
        assertEquals(0, proxy.handshakes());
        assertEquals(0, greenMail.getReceivedMessages().length);
        assertInstanceOf(SendResult.Temporary.class, result, result.toString());
        String why = ((SendResult.Temporary) result).reply();
        assertFalse(why.contains(PASSWORD), why);
        return why;
    }

    private static String refusedLogin(ImapConnector connector, StartTlsProxy proxy) {
        InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
        TALLY.cases(1).crashes(0);
        assertEquals(0, proxy.handshakes());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        return e.getMessage();
    }

    @Test
    void smtp_starttls_sends_when_the_trust_store_holds_the_certificate() throws Exception {
        try (StartTlsProxy proxy = proxy(Protocol.SMTP, greenMail.getSmtp().getPort(), PKI.serverKeystore())) {
            SendResult result = send(proxy, PKI.tls(PKI.trustStore()));

            assertInstanceOf(SendResult.Accepted.class, result, result.toString());
            assertEquals(1, proxy.handshakes());
            assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        }
    }

    @Test
    void smtp_starttls_refuses_a_certificate_outside_the_trust_store() throws Exception {
        try (StartTlsProxy proxy = proxy(Protocol.SMTP, greenMail.getSmtp().getPort(), PKI.serverKeystore())) {
            String why = refusedSend(send(proxy, PKI.tls(PKI.unrelatedTrustStore())), proxy);

            assertTrue(why.startsWith("SMTP 127.0.0.1:" + proxy.port() + ": the server's certificate is not trusted"),
                    why);
            assertTrue(why.contains("followup.mail.tls.trust-store"), why);
        }
    }

    @Test
    void smtp_starttls_refuses_a_trusted_certificate_for_another_host() throws Exception {
        try (StartTlsProxy proxy = proxy(Protocol.SMTP, greenMail.getSmtp().getPort(), PKI.otherHostKeystore())) {
            String why = refusedSend(send(proxy, PKI.tls(PKI.trustStore())), proxy);

            assertTrue(why.startsWith("SMTP 127.0.0.1:" + proxy.port() + ": the server's certificate is not for"
                    + " 127.0.0.1"), why);
        }
    }

    @Test
    void imap_starttls_logs_in_when_the_trust_store_holds_the_certificate() throws Exception {
        try (StartTlsProxy proxy = proxy(Protocol.IMAP, greenMail.getImap().getPort(), PKI.serverKeystore());
             Store store = new ImapConnector(starttls(proxy.port(), PKI.tls(PKI.trustStore()))).connect()) {
            assertTrue(store.isConnected());
            assertEquals(1, proxy.handshakes());
            assertTrue(store.getFolder("INBOX").exists());
        }
    }

    @Test
    void imap_starttls_refuses_a_certificate_outside_the_trust_store() throws Exception {
        try (StartTlsProxy proxy = proxy(Protocol.IMAP, greenMail.getImap().getPort(), PKI.serverKeystore())) {
            String why = refusedLogin(new ImapConnector(starttls(proxy.port(), PKI.tls(PKI.unrelatedTrustStore()))),
                    proxy);

            assertTrue(why.startsWith("IMAP 127.0.0.1:" + proxy.port() + ": the server's certificate is not trusted"),
                    why);
        }
    }

    @Test
    void imap_starttls_refuses_a_trusted_certificate_for_another_host() throws Exception {
        try (StartTlsProxy proxy = proxy(Protocol.IMAP, greenMail.getImap().getPort(), PKI.otherHostKeystore())) {
            String why = refusedLogin(new ImapConnector(starttls(proxy.port(), PKI.tls(PKI.trustStore()))), proxy);

            assertTrue(why.startsWith("IMAP 127.0.0.1:" + proxy.port() + ": the server's certificate is not for"
                    + " 127.0.0.1"), why);
        }
    }
}
