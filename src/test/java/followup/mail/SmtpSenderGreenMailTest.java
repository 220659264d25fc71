package followup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SmtpSender against GreenMail on dynamic ports. */
class SmtpSenderGreenMailTest {
    private static final TestPki PKI = TestPki.get();   // before GreenMail's SMTPS: it sets up its certificate

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()});

    private SmtpSender sender;

    @AfterEach
    void stop() {
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void an_accepted_message_arrives_exactly_once_with_its_message_id() throws Exception {
        sender = new SmtpSender(Messages.plain(greenMail.getSmtp().getPort()));

        SendResult result = sender.send(Messages.thankYou("<thank-you.jane@followup.test>",
                "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, result);
        assertTrue(((SendResult.Accepted) result).reply().startsWith("250"), result.toString());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("<thank-you.jane@followup.test>", received[0].getMessageID());
        assertEquals("Thank you for today", received[0].getSubject());
    }

    @Test
    void two_messages_on_one_sender_each_arrive_once() throws Exception {
        sender = new SmtpSender(Messages.plain(greenMail.getSmtp().getPort()));

        SendResult first = sender.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        SendResult second = sender.send(Messages.thankYou("<t2@followup.test>", "raj@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, first);
        assertInstanceOf(SendResult.Accepted.class, second);
        assertTrue(greenMail.waitForIncomingEmail(5_000, 2));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals("<t1@followup.test>", received[0].getMessageID());
        assertEquals("<t2@followup.test>", received[1].getMessageID());
    }

    @Test
    void implicit_tls_refuses_a_certificate_it_cannot_verify() throws Exception {
        Settings.Server smtps = new Settings.Server("127.0.0.1", greenMail.getSmtps().getPort(),
                Settings.Security.SSL, null, null, Messages.TIMEOUT, Messages.TIMEOUT);
        sender = new SmtpSender(smtps);

        SendResult result = sender.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Temporary.class, result);
        assertTrue(((SendResult.Temporary) result).reply().contains("certificate is not trusted (unable to find valid"
                + " certification path"), result.toString());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }
}
