package followup.mail;

import static followup.mail.ScriptedSmtpServer.END_OF_DATA;
import static followup.mail.ScriptedSmtpServer.GREETING;
import static followup.mail.ScriptedSmtpServer.drop;
import static followup.mail.ScriptedSmtpServer.reply;
import static followup.mail.ScriptedSmtpServer.silence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Settings;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SmtpSender against a scripted server: each way an SMTP conversation can end maps to the right SendResult. */
class SmtpSenderScriptedTest {
    private ScriptedSmtpServer server;
    private SmtpSender sender;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedSmtpServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (sender != null) {
            sender.close();
        }
        server.close();
    }

    private SmtpSender sender() {
        return sender(Messages.plain(server.port()));
    }

    private SmtpSender sender(Settings.Server settings) {
        sender = new SmtpSender(settings);
        return sender;
    }

    private SendResult sendOne() throws Exception {
        return sender().send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
    }

    @Test
    void a_message_answered_250_is_accepted_with_the_servers_reply() throws Exception {
        SendResult result = sendOne();

        assertEquals(new SendResult.Accepted("250 2.0.0 Ok: queued as Q1"), result);
        assertEquals(1, server.accepted().size());
        assertTrue(server.accepted().get(0).contains("Message-ID: <t1@followup.test>"));
    }

    @Test
    void two_sends_reuse_one_connection_probed_with_rset() throws Exception {
        SmtpSender s = sender();
        SendResult first = s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        SendResult second = s.send(Messages.thankYou("<t2@followup.test>", "raj@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, first);
        assertEquals(new SendResult.Accepted("250 2.0.0 Ok: queued as Q2"), second);
        assertEquals(1, server.connections());
        assertEquals(List.of("EHLO", "MAIL", "RCPT", "DATA", "RSET", "MAIL", "RCPT", "DATA"), server.verbs());
    }

    @Test
    void to_and_cc_recipients_each_get_a_rcpt() throws Exception {
        SendResult result = sender().send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example",
                "raj@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, result);
        assertEquals(List.of("1 RCPT TO:<jane.doe@acme.example>", "1 RCPT TO:<raj@acme.example>"),
                server.commands().stream().filter(c -> c.startsWith("1 RCPT")).toList());
    }

    @Test
    void a_421_greeting_is_temporary_and_the_next_attempt_delivers_exactly_once() throws Exception {
        server.on(GREETING, reply("421 4.3.2 Service not available, try later"));
        SmtpSender s = sender();

        SendResult first = s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        SendResult second = s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertEquals(new SendResult.Temporary("421 4.3.2 Service not available, try later"), first);
        assertEquals(new SendResult.Accepted("250 2.0.0 Ok: queued as Q1"), second);
        assertEquals(1, server.accepted().size());
        assertEquals(2, server.connections());
    }

    @Test
    void a_554_greeting_is_permanent() throws Exception {
        server.on(GREETING, reply("554 5.7.1 Your address is on a block list"));

        assertEquals(new SendResult.Permanent("554 5.7.1 Your address is on a block list"), sendOne());
    }

    @Test
    void a_451_to_the_end_of_data_is_temporary() throws Exception {
        server.on(END_OF_DATA, reply("451 4.3.0 Error: queue file write error"));

        assertEquals(new SendResult.Temporary("451 4.3.0 Error: queue file write error"), sendOne());
        assertTrue(server.accepted().isEmpty());
    }

    @Test
    void a_550_to_rcpt_is_permanent_with_the_reply_kept_verbatim() throws Exception {
        server.on("RCPT", reply("550 5.1.1 <x>: Recipient address rejected"));

        assertEquals(new SendResult.Permanent("550 5.1.1 <x>: Recipient address rejected"), sendOne());
        assertFalse(server.verbs().contains("DATA"));
    }

    @Test
    void a_450_to_rcpt_is_temporary() throws Exception {
        server.on("RCPT", reply("450 4.2.0 <x>: Recipient address rejected: Greylisted"));

        assertEquals(new SendResult.Temporary("450 4.2.0 <x>: Recipient address rejected: Greylisted"), sendOne());
    }

    @Test
    void a_copy_refused_at_rcpt_leaves_the_message_to_its_recipient_accepted_and_names_the_copy() throws Exception {
        server.on("RCPT", reply("250 2.1.5 Ok"), reply("550 5.1.1 <sam@frend.example>: Recipient address rejected:"
                + " User unknown in local recipient table"));

        SendResult result = sender().send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example",
                "sam@frend.example"));

        SendResult.Accepted accepted = assertInstanceOf(SendResult.Accepted.class, result);
        assertEquals("250 2.0.0 Ok: queued as Q1", accepted.reply());
        assertEquals(List.of(new SendResult.Refused("sam@frend.example", 550, "550 5.1.1 <sam@frend.example>:"
                + " Recipient address rejected: User unknown in local recipient table")), accepted.refusedCopies());
        assertEquals(1, server.messages().size(), "the message went to its recipient");
    }

    @Test
    void a_recipient_refused_while_its_copy_is_taken_is_a_failure_that_names_both() throws Exception {
        server.on("RCPT", reply("550 5.1.1 <jane.doe@acme.example>: unknown"), reply("250 2.1.5 Ok"));

        SendResult result = sender().send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example",
                "sam@frend.example"));

        SendResult.Permanent failed = assertInstanceOf(SendResult.Permanent.class, result);
        assertTrue(failed.reply().startsWith("550 5.1.1 <jane.doe@acme.example>: unknown")
                && failed.reply().contains("copies only"), failed.reply());
    }

    @Test
    void one_rejected_recipient_among_greylisted_ones_makes_the_message_permanent() throws Exception {
        server.on("RCPT", reply("450 4.2.0 Greylisted"), reply("550 5.1.1 <raj@acme.example>: unknown"));

        SendResult result = sender().send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example",
                "raj@acme.example"));

        assertEquals(new SendResult.Permanent("550 5.1.1 <raj@acme.example>: unknown"), result);
    }

    @Test
    void a_553_to_mail_from_is_permanent() throws Exception {
        server.on("MAIL", reply("553 5.7.1 <alex@example.com>: Sender address rejected: not owned by user"));

        assertEquals(new SendResult.Permanent(
                "553 5.7.1 <alex@example.com>: Sender address rejected: not owned by user"), sendOne());
    }

    @Test
    void a_554_to_the_end_of_data_is_permanent() throws Exception {
        server.on(END_OF_DATA, reply("554 5.7.1 Message rejected as spam"));

        assertEquals(new SendResult.Permanent("554 5.7.1 Message rejected as spam"), sendOne());
    }

    @Test
    void a_421_to_the_end_of_data_is_temporary_even_though_the_server_hangs_up_at_once() throws Exception {
        server.on(END_OF_DATA, reply("421 4.4.2 Shutting down, closing connection"));

        assertEquals(new SendResult.Temporary("421 4.4.2 Shutting down, closing connection"), sendOne());
    }

    @Test
    void an_unexpected_reply_to_the_end_of_data_is_uncertain() throws Exception {
        server.on(END_OF_DATA, reply("252 2.0.0 Maybe"));

        SendResult result = sendOne();

        assertInstanceOf(SendResult.Uncertain.class, result);
        assertTrue(((SendResult.Uncertain) result).why().contains("252 2.0.0 Maybe"), result.toString());
    }

    @Test
    void a_connection_dropped_after_the_data_before_its_reply_is_uncertain() throws Exception {
        server.on(END_OF_DATA, drop());

        SendResult result = sendOne();

        assertInstanceOf(SendResult.Uncertain.class, result);
        assertTrue(((SendResult.Uncertain) result).why().contains("127.0.0.1:" + server.port()), result.toString());
        assertEquals(1, server.messages().size(), "the server did receive the whole message");
    }

    @Test
    void no_answer_to_the_end_of_data_within_the_timeout_is_uncertain() throws Exception {
        server.on(END_OF_DATA, silence());

        SendResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), this::sendOne);

        assertInstanceOf(SendResult.Uncertain.class, result);
    }

    @Test
    void a_connection_dropped_after_rcpt_before_data_is_temporary() throws Exception {
        server.on("DATA", drop());

        SendResult result = sendOne();

        assertInstanceOf(SendResult.Temporary.class, result);
        assertTrue(server.messages().isEmpty());
    }

    @Test
    void a_server_that_never_answers_gives_temporary_within_the_timeout() throws Exception {
        server.on(GREETING, silence());
        Duration oneSecond = Duration.ofSeconds(1);
        SmtpSender s = sender(new Settings.Server("127.0.0.1", server.port(), Settings.Security.PLAIN, null, null,
                oneSecond, oneSecond));

        SendResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example")));

        assertInstanceOf(SendResult.Temporary.class, result);
        assertTrue(((SendResult.Temporary) result).reply().contains("127.0.0.1:" + server.port()), result.toString());
    }

    @Test
    void after_a_failure_the_next_send_starts_on_a_fresh_connection() throws Exception {
        server.on(END_OF_DATA, reply("451 4.3.0 try again"));
        SmtpSender s = sender();

        s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        SendResult retry = s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, retry);
        assertEquals(2, server.connections());
        assertTrue(server.commands().contains("1 QUIT"), server.commands().toString());
    }

    @Test
    void a_connection_the_server_dropped_while_idle_is_reopened() throws Exception {
        server.on("RSET", drop());
        SmtpSender s = sender();

        s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        SendResult second = s.send(Messages.thankYou("<t2@followup.test>", "raj@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, second);
        assertEquals(2, server.connections());
        assertEquals(2, server.accepted().size());
    }

    @Test
    void a_message_without_to_or_cc_is_permanent_and_nothing_connects() throws Exception {
        MimeMessage message = Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example");
        message.setRecipients(Message.RecipientType.TO, (Address[]) null);

        SendResult result = sender().send(message);

        assertInstanceOf(SendResult.Permanent.class, result);
        assertEquals(0, server.connections());
    }
}
