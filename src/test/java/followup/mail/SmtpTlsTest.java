package followup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Secret;
import followup.config.Settings;
import followup.reliability.Figures;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SMTP over implicit TLS to GreenMail's SMTPS, whose certificate (self-signed, for 127.0.0.1 and localhost) is
 * trusted only through {@code followup.mail.tls.trust-store}; and a server whose certificate is for another host.
 */
class SmtpTlsTest {
    private static final TestPki PKI = TestPki.get();   // before GreenMail: it sets up GreenMail's certificate
    private static final String USER = "alex@example.com";
    private static final String PASSWORD = "Smtps-Pw-51a7c3e0";
    static final Figures.Tally TALLY = new Figures.Tally(
            "TLS: untrusted or other-host certificates refused (SMTPS)", SmtpTlsTest.class);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

    private SmtpSender sender;

    @BeforeEach
    void createAccount() {
        greenMail.setUser(USER, USER, PASSWORD);
    }

    @AfterEach
    void closeSender() {
        if (sender != null) {
            sender.close();
        }
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    private static Settings.Server smtps(String host, int port, Settings.Tls tls) {
        return new Settings.Server(host, port, Settings.Security.SSL, USER, Secret.of(PASSWORD),
                Duration.ofSeconds(5), Duration.ofSeconds(5), tls);
    }

    private SendResult send(Settings.Server server, String messageId) throws Exception {
        sender = new SmtpSender(server);
        return sender.send(Messages.thankYou(messageId, "jane.doe@acme.example"));
    }

    /** A refused handshake: counted, and nothing may have been delivered. */
    private static void refused(SendResult result, int delivered) {
        TALLY.cases(1).lost(0).duplicates(delivered).crashes(0);
        assertEquals(0, delivered, "a message went out over a connection that should have been refused");
        assertInstanceOf(SendResult.Temporary.class, result, result.toString());
        assertFalse(result.toString().contains(PASSWORD), result.toString());
    }

    @Test
    void a_message_goes_out_over_smtps_when_the_trust_store_holds_the_server_certificate() throws Exception {
        int port = greenMail.getSmtps().getPort();

        SendResult result = send(smtps("127.0.0.1", port, PKI.tls(PKI.trustStore())), "<tls-1@followup.test>");

        assertInstanceOf(SendResult.Accepted.class, result, result.toString());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("<tls-1@followup.test>", received[0].getMessageID());
    }

    @Test
    void the_host_name_localhost_named_by_the_certificate_is_accepted_too() throws Exception {
        SendResult result = send(smtps("localhost", greenMail.getSmtps().getPort(), PKI.tls(PKI.trustStore())),
                "<tls-2@followup.test>");

        assertInstanceOf(SendResult.Accepted.class, result, result.toString());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
    }

    @Test
    void a_certificate_outside_the_trust_store_is_refused_with_the_server_and_what_to_do() throws Exception {
        int port = greenMail.getSmtps().getPort();

        SendResult result = send(smtps("127.0.0.1", port, PKI.tls(PKI.unrelatedTrustStore())), "<tls-3@followup.test>");

        refused(result, greenMail.getReceivedMessages().length);
        String why = ((SendResult.Temporary) result).reply();
        assertTrue(why.startsWith("SMTP 127.0.0.1:" + port + ": the server's certificate is not trusted ("), why);
        assertTrue(why.contains("the trust store " + PKI.unrelatedTrustStore()), why);
        assertTrue(why.contains("followup.mail.tls.trust-store"), why);
    }

    @Test
    void without_a_trust_store_a_self_signed_certificate_is_refused_and_the_trust_store_suggested() throws Exception {
        int port = greenMail.getSmtps().getPort();

        SendResult result = send(smtps("127.0.0.1", port, Settings.Tls.JDK_DEFAULT), "<tls-4@followup.test>");

        refused(result, greenMail.getReceivedMessages().length);
        String why = ((SendResult.Temporary) result).reply();
        assertTrue(why.startsWith("SMTP 127.0.0.1:" + port + ": the server's certificate is not trusted ("), why);
        assertTrue(why.contains("set followup.mail.tls.trust-store to a PKCS12 file"), why);
    }

    @Test
    void a_trusted_certificate_for_another_host_name_is_refused() throws Exception {
        try (TlsGreeter other = new TlsGreeter(PKI.otherHostKeystore(), TestPki.serverPassword(),
                "220 mail.other.example ESMTP")) {
            SendResult result = send(smtps("127.0.0.1", other.port(), PKI.tls(PKI.trustStore())),
                    "<tls-5@followup.test>");

            refused(result, other.handshakes());
            String why = ((SendResult.Temporary) result).reply();
            assertTrue(why.startsWith("SMTP 127.0.0.1:" + other.port() + ": the server's certificate is not for"
                    + " 127.0.0.1 ("), why);
            assertTrue(why.contains("set followup.mail.smtp.host to a host name the certificate is for"), why);
        }
    }
}
