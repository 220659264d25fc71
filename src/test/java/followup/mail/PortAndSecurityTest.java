package followup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Settings;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The usual mix-up of port and security (starttls on 465, ssl on 587): it fails after a long wait for a greeting, or
 * with a TLS error, that says nothing of the cause, so {@code check} says what to set from the port alone.
 */
class PortAndSecurityTest {
    private static Settings.Server server(int port, Settings.Security security) {
        return new Settings.Server("mail.example.com", port, security, "alex@example.com", null,
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "smtp | 465 | STARTTLS | port 465 speaks TLS from the first byte: set followup.mail.smtp.security = ssl (or use port 587 with starttls)",
        "smtp | 465 | PLAIN    | port 465 speaks TLS from the first byte: set followup.mail.smtp.security = ssl (or use port 587 with starttls)",
        "smtp | 587 | SSL      | port 587 begins in plain text and switches to TLS with STARTTLS: set followup.mail.smtp.security = starttls (or use port 465 with ssl)",
        "imap | 993 | STARTTLS | port 993 speaks TLS from the first byte: set followup.mail.imap.security = ssl (or use port 143 with starttls)",
        "imap | 143 | SSL      | port 143 begins in plain text and switches to TLS with STARTTLS: set followup.mail.imap.security = starttls (or use port 993 with ssl)",
    })
    void a_well_known_port_with_the_other_security_says_what_to_set(String protocol, int port,
                                                                     Settings.Security security, String advice) {
        assertEquals(Optional.of(advice), SmtpCheck.portAndSecurity(server(port, security), protocol));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "smtp | 465 | SSL", "smtp | 587 | STARTTLS", "smtp | 2525 | SSL", "imap | 993 | SSL", "imap | 143 | STARTTLS",
        "imap | 10143 | SSL",
    })
    void a_port_and_security_that_match_or_an_unknown_port_give_no_advice(String protocol, int port,
                                                                          Settings.Security security) {
        assertTrue(SmtpCheck.portAndSecurity(server(port, security), protocol).isEmpty());
    }

    /** The daemon's failure says it too, in the message's reason (plan, status): the send is retried meanwhile. */
    @org.junit.jupiter.api.Test
    void a_send_that_could_not_connect_on_such_a_port_names_what_to_set_in_its_failure() {
        jakarta.mail.MessagingException timedOut = new jakarta.mail.MessagingException(
                "Exception reading response", new java.net.SocketTimeoutException("Read timed out"));

        SendResult result = Outcomes.failed(timedOut, null, server(465, Settings.Security.STARTTLS));

        SendResult.Temporary t = assertInstanceOf(SendResult.Temporary.class, result);
        assertTrue(t.reply().startsWith("SMTP mail.example.com:465 while connecting: ") && t.reply().endsWith(
                "(port 465 speaks TLS from the first byte: set followup.mail.smtp.security = ssl (or use port 587"
                        + " with starttls))"), t.reply());
        SendResult.Temporary plain = assertInstanceOf(SendResult.Temporary.class,
                Outcomes.failed(timedOut, null, server(465, Settings.Security.SSL)));
        assertTrue(!plain.reply().contains("speaks TLS"), plain.reply());
    }
}
