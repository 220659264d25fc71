package followup.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daemon closes the SMTP connection between messages once it has been idle long enough. */
class SmtpSenderIdleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T19:00:00Z"));
    private ScriptedSmtpServer server;
    private SmtpSender sender;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedSmtpServer.start();
        sender = new SmtpSender(Messages.plain(server.port()), clock);
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        server.close();
    }

    @Test
    void a_connection_idle_for_less_than_the_limit_stays_open() throws Exception {
        sender.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        clock.advance(Duration.ofSeconds(30));

        sender.closeIfIdle(Duration.ofMinutes(1));
        sender.send(Messages.thankYou("<t2@followup.test>", "raj@acme.example"));

        assertEquals(1, server.connections());
        assertFalse(server.verbs().contains("QUIT"));
    }

    @Test
    void a_connection_idle_for_longer_than_the_limit_is_closed_with_quit() throws Exception {
        sender.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        clock.advance(Duration.ofMinutes(2));

        sender.closeIfIdle(Duration.ofMinutes(1));
        await("the server saw QUIT").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> server.commands().contains("1 QUIT"));
        SendResult next = sender.send(Messages.thankYou("<t2@followup.test>", "raj@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, next);
        assertEquals(2, server.connections());
    }

    /**
     * The machine slept for hours with the connection open (the daemon's watch had no chance to close it): the next
     * send opens a new connection at once instead of probing the old one, whose network may be gone (an RSET there
     * would wait for the whole timeout).
     */
    @Test
    void a_connection_that_outlived_a_sleeping_machine_is_replaced_without_a_probe() throws Exception {
        sender.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));
        server.on("RSET", ScriptedSmtpServer.silence());
        clock.advance(Duration.ofHours(9));

        SendResult next = sender.send(Messages.thankYou("<t2@followup.test>", "raj@acme.example"));

        assertInstanceOf(SendResult.Accepted.class, next);
        assertEquals(2, server.connections());
        assertFalse(server.verbs().contains("RSET"), server.verbs().toString());
    }

    @Test
    void closing_an_unused_sender_does_nothing() {
        sender.closeIfIdle(Duration.ZERO);
        sender.close();

        assertEquals(0, server.connections());
    }
}
