package followup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Secret;
import followup.config.Settings;
import followup.config.Settings.Security;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

/** The Jakarta Mail session built from the SMTP settings. */
class SmtpSessionsTest {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration READ = Duration.ofSeconds(30);

    private static Settings.Server server(Security security, String user, String password) {
        return new Settings.Server("smtp.example.com", 587, security, user, Secret.of(password), CONNECT, READ);
    }

    @Test
    void the_session_hands_out_the_tracking_transport_for_smtp_and_smtps() throws Exception {
        Session session = SmtpSessions.create(server(Security.PLAIN, null, null));

        Transport smtp = session.getTransport("smtp");
        Transport smtps = session.getTransport("smtps");

        assertEquals(TrackingTransport.class, smtp.getClass());
        assertEquals(TrackingTransport.Ssl.class, smtps.getClass());
        assertFalse(session.getDebug());
    }

    @Test
    void timeouts_are_set_for_smtp_and_smtps() {
        Properties p = SmtpSessions.properties(server(Security.PLAIN, null, null));

        for (String prefix : new String[] {"mail.smtp.", "mail.smtps."}) {
            assertEquals("10000", p.getProperty(prefix + "connectiontimeout"));
            assertEquals("30000", p.getProperty(prefix + "timeout"));
            assertEquals("30000", p.getProperty(prefix + "writetimeout"));
        }
    }

    @Test
    void ssl_is_implicit_tls_on_smtps_with_the_server_identity_checked() {
        Settings.Server ssl = server(Security.SSL, null, null);
        Properties p = SmtpSessions.properties(ssl);

        assertEquals("smtps", SmtpSessions.protocol(ssl));
        assertEquals("true", p.getProperty("mail.smtps.ssl.enable"));
        assertEquals("true", p.getProperty("mail.smtps.ssl.checkserveridentity"));
        assertNull(p.getProperty("mail.smtp.starttls.enable"));
    }

    @Test
    void starttls_is_required_with_the_server_identity_checked() {
        Settings.Server starttls = server(Security.STARTTLS, null, null);
        Properties p = SmtpSessions.properties(starttls);

        assertEquals("smtp", SmtpSessions.protocol(starttls));
        assertEquals("true", p.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", p.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
    }

    @Test
    void without_a_trust_store_the_jdk_default_trust_applies_and_no_other_factory_is_tried() {
        Properties p = SmtpSessions.properties(server(Security.SSL, null, null));

        for (String prefix : new String[] {"mail.smtp.", "mail.smtps."}) {
            assertNull(p.get(prefix + "ssl.socketFactory"));
            assertEquals("false", p.getProperty(prefix + "socketFactory.fallback"));
            assertEquals("true", p.getProperty(prefix + "ssl.checkserveridentity"));
        }
    }

    @Test
    void the_trust_store_socket_factory_serves_implicit_tls_and_starttls() {
        TestPki pki = TestPki.get();
        for (Security security : new Security[] {Security.SSL, Security.STARTTLS}) {
            Settings.Server withStore = new Settings.Server("smtp.example.com", 587, security, null, null, CONNECT,
                    READ, pki.tls(pki.trustStore()));

            Properties p = SmtpSessions.properties(withStore);

            for (String prefix : new String[] {"mail.smtp.", "mail.smtps."}) {
                assertInstanceOf(SSLSocketFactory.class, p.get(prefix + "ssl.socketFactory"), prefix);
                assertEquals("false", p.getProperty(prefix + "socketFactory.fallback"));
                assertEquals("true", p.getProperty(prefix + "ssl.checkserveridentity"));
            }
        }
    }

    @Test
    void plain_uses_no_tls() {
        Settings.Server plain = server(Security.PLAIN, null, null);
        Properties p = SmtpSessions.properties(plain);

        assertEquals("smtp", SmtpSessions.protocol(plain));
        assertNull(p.getProperty("mail.smtp.starttls.enable"));
        assertNull(p.getProperty("mail.smtps.ssl.enable"));
    }

    @Test
    void authentication_only_with_both_a_user_name_and_a_password() {
        assertEquals("true", SmtpSessions.properties(server(Security.STARTTLS, "alex@example.com", "pw"))
                .getProperty("mail.smtp.auth"));
        assertEquals("true", SmtpSessions.properties(server(Security.SSL, "alex@example.com", "pw"))
                .getProperty("mail.smtps.auth"));
        assertEquals("false", SmtpSessions.properties(server(Security.STARTTLS, "alex@example.com", null))
                .getProperty("mail.smtp.auth"));
        assertEquals("false", SmtpSessions.properties(server(Security.STARTTLS, null, "pw"))
                .getProperty("mail.smtp.auth"));
        assertEquals("false", SmtpSessions.properties(server(Security.STARTTLS, "alex@example.com", ""))
                .getProperty("mail.smtp.auth"));
    }

    @Test
    void the_password_is_never_a_session_property() {
        Properties p = SmtpSessions.properties(server(Security.STARTTLS, "alex@example.com", "s3cret-Pa55word"));

        assertTrue(p.values().stream().noneMatch(v -> v.toString().contains("s3cret-Pa55word")));
    }

    @Test
    void a_zero_timeout_is_refused_because_it_would_wait_forever() {
        Settings.Server forever = new Settings.Server("smtp.example.com", 587, Security.PLAIN, null, null,
                CONNECT, Duration.ZERO);

        assertThrows(IllegalArgumentException.class, () -> SmtpSessions.properties(forever));
    }
}
