package followup.inbox;

import static followup.inbox.GreenMailAccounts.LOGIN;
import static followup.inbox.GreenMailAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Secret;
import followup.config.Settings;
import followup.mail.TestPki;
import followup.mail.TlsGreeter;
import followup.reliability.Figures;
import jakarta.mail.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * IMAP over implicit TLS to GreenMail's IMAPS, whose certificate (self-signed, for 127.0.0.1 and localhost) is
 * trusted only through {@code followup.mail.tls.trust-store}; and a server whose certificate is for another host.
 */
class ImapTlsTest {
    private static final TestPki PKI = TestPki.get();   // before GreenMail: it sets up GreenMail's certificate
    static final Figures.Tally TALLY = new Figures.Tally(
            "TLS: untrusted or other-host certificates refused (IMAPS)", ImapTlsTest.class);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort());

    private GreenMailUser alex;

    @BeforeEach
    void createMailbox() {
        alex = GreenMailAccounts.alex(greenMail);
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    private static ImapConnector imaps(int port, Settings.Tls tls) {
        return new ImapConnector(new Settings.Server("127.0.0.1", port, Settings.Security.SSL, LOGIN,
                Secret.of(PASSWORD), Duration.ofSeconds(5), Duration.ofSeconds(5), tls));
    }

    private static String refused(ImapConnector connector) {
        InboxUnavailableException e = assertThrows(InboxUnavailableException.class, connector::connect);
        TALLY.cases(1).lost(0).duplicates(0).crashes(0);
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        return e.getMessage();
    }

    @Test
    void login_and_poll_work_over_imaps_when_the_trust_store_holds_the_server_certificate() throws Exception {
        alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
        ImapConnector connector = imaps(greenMail.getImaps().getPort(), PKI.tls(PKI.trustStore()));
        try (Store store = connector.connect()) {
            assertTrue(store.isConnected());
        }

        try (ImapPoller poller = new ImapPoller(connector, List.of("INBOX"), new MemorySyncStateStore())) {
            List<InboxMessage> polled = poller.poll(Instant.now().minus(Duration.ofHours(1)));

            assertEquals(1, polled.size());
            assertEquals(Fixtures.read(Fixtures.HUMAN_REPLY).messageId(), polled.get(0).messageId());
        }
    }

    @Test
    void a_certificate_outside_the_trust_store_is_refused_with_the_server_and_what_to_do() {
        int port = greenMail.getImaps().getPort();

        String why = refused(imaps(port, PKI.tls(PKI.unrelatedTrustStore())));

        assertTrue(why.startsWith("IMAP 127.0.0.1:" + port + ": the server's certificate is not trusted ("), why);
        assertTrue(why.contains("the trust store " + PKI.unrelatedTrustStore() + " (followup.mail.tls.trust-store)"),
                why);
    }

    @Test
    void without_a_trust_store_a_self_signed_certificate_is_refused_and_the_trust_store_suggested() {
        int port = greenMail.getImaps().getPort();

        String why = refused(imaps(port, Settings.Tls.JDK_DEFAULT));

        assertTrue(why.startsWith("IMAP 127.0.0.1:" + port + ": the server's certificate is not trusted ("), why);
        assertTrue(why.contains("set followup.mail.tls.trust-store to a PKCS12 file"), why);
    }

    @Test
    void a_trusted_certificate_for_another_host_name_is_refused_and_the_poll_reports_it() throws Exception {
        try (TlsGreeter other = new TlsGreeter(PKI.otherHostKeystore(), TestPki.serverPassword(),
                "* OK mail.other.example IMAP4rev1 ready")) {
            ImapConnector connector = imaps(other.port(), PKI.tls(PKI.trustStore()));

            String why = refused(connector);

            assertEquals(0, other.handshakes(), "the client completed a handshake it should have refused");
            assertTrue(why.startsWith("IMAP 127.0.0.1:" + other.port() + ": the server's certificate is not for"
                    + " 127.0.0.1 ("), why);
            assertTrue(why.contains("set followup.mail.imap.host to a host name the certificate is for"), why);
            try (ImapPoller poller = new ImapPoller(connector, List.of("INBOX"), new MemorySyncStateStore())) {
                InboxUnavailableException e = assertThrows(InboxUnavailableException.class,
                        () -> poller.poll(Instant.now()));
                assertTrue(e.getMessage().contains("is not for 127.0.0.1"), e.getMessage());
            }
            assertEquals(0, other.handshakes());
        }
    }
}
