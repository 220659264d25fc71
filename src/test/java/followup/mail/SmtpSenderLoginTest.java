package followup.mail;

import static followup.mail.ScriptedSmtpServer.drop;
import static followup.mail.ScriptedSmtpServer.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Secret;
import followup.config.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging in and securing the connection, against a scripted server: failures map right, the password never shows. */
class SmtpSenderLoginTest {
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

    private SmtpSender sender(Settings.Server settings) {
        sender = new SmtpSender(settings);
        return sender;
    }

    @Test
    void with_a_user_name_and_password_the_sender_logs_in_before_sending() throws Exception {
        SendResult result = sender(Messages.plain(server.port(), "alex@example.com", "pw"))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, result);
        assertEquals("AUTH", server.verbs().get(1));
    }

    @Test
    void without_credentials_the_sender_does_not_log_in() throws Exception {
        SendResult result = sender(Messages.plain(server.port()))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, result);
        assertFalse(server.verbs().contains("AUTH"));
    }

    @Test
    void a_server_offering_only_cram_md5_is_not_reported_as_refusing_the_password() throws Exception {
        server.on("EHLO", reply("250-scripted.test\r\n250-AUTH CRAM-MD5\r\n250 8BITMIME"));

        SendResult result = sender(Messages.plain(server.port(), "alex@example.com", "s3cret-Pa55word"))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        SendResult.Permanent p = assertInstanceOf(SendResult.Permanent.class, result);
        assertEquals("SMTP 127.0.0.1:" + server.port() + " offers no sign-in followup can use with a password (it"
                + " offers only CRAM-MD5; followup signs in with PLAIN, LOGIN, DIGEST-MD5 or NTLM), so the password"
                + " was not sent", p.reply());
        assertTrue(p.noPasswordSignIn() && p.loginRefused(), "counted with the logins the daemon cannot make");
        assertFalse(p.reply().contains("refused"), p.reply());
        assertFalse(server.verbs().contains("AUTH"));
    }

    @Test
    void a_rejected_login_is_permanent_and_never_shows_the_password() throws Exception {
        String password = "s3cret-Pa55word";
        server.on("AUTH", reply("535 5.7.8 Authentication credentials invalid"));

        SendResult result = sender(Messages.plain(server.port(), "alex@example.com", password))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertEquals(new SendResult.Permanent("SMTP 127.0.0.1:" + server.port() + " refused the login of alex@example.com: 535"
                + " 5.7.8 Authentication credentials invalid"), result);
        String plainResponse = Base64.getEncoder().encodeToString(
                ("\0alex@example.com\0" + password).getBytes(StandardCharsets.UTF_8));
        assertFalse(result.toString().contains(password));
        assertFalse(result.toString().contains(plainResponse));
        assertFalse(server.verbs().contains("MAIL"));
    }

    @Test
    void a_password_echoed_by_the_server_is_hidden_in_the_result() throws Exception {
        String password = "s3cret-Pa55word";
        server.on("AUTH", reply("535 5.7.8 password " + password + " is wrong"));

        SendResult result = sender(Messages.plain(server.port(), "alex@example.com", password))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertEquals(new SendResult.Permanent("SMTP 127.0.0.1:" + server.port() + " refused the login of alex@example.com: 535"
                + " 5.7.8 password (hidden) is wrong"), result);
    }

    /** A server repeats a password outside ASCII as the UTF-8 bytes it was given. */
    @Test
    void a_password_outside_ascii_echoed_by_the_server_as_its_bytes_is_hidden_in_the_result() throws Exception {
        String password = "P\u00e4sswort-\u00dcn\u00efcode-9a3b";
        String bytes = new String(password.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        server.on("AUTH", reply("535 5.7.8 password " + bytes + " is wrong"));

        SendResult result = sender(Messages.plain(server.port(), "alex@example.com", password))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertEquals(new SendResult.Permanent("SMTP 127.0.0.1:" + server.port() + " refused the login of alex@example.com: 535"
                + " 5.7.8 password (hidden) is wrong"), result);
    }

    @Test
    void a_connection_dropped_during_login_is_temporary() throws Exception {
        server.on("AUTH", drop());

        SendResult result = sender(Messages.plain(server.port(), "alex@example.com", "pw"))
                .send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Temporary.class, result);
    }

    @Test
    void required_starttls_refuses_a_server_that_does_not_offer_it() throws Exception {
        SmtpSender s = sender(new Settings.Server("127.0.0.1", server.port(), Settings.Security.STARTTLS,
                "alex@example.com", Secret.of("pw"), Messages.TIMEOUT, Messages.TIMEOUT));

        SendResult result = s.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

        assertInstanceOf(SendResult.Temporary.class, result);
        assertTrue(((SendResult.Temporary) result).reply().contains("STARTTLS"), result.toString());
        assertFalse(server.verbs().contains("AUTH"));
        assertFalse(server.verbs().contains("MAIL"));
    }
}
