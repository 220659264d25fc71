package followup.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import followup.inbox.ImapConnector;
import followup.inbox.InboxUnavailableException;
import followup.mail.SendResult;
import followup.mail.SmtpSender;
import followup.testing.QuietLog;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * SMTP and IMAP signed in with OAuth2 access tokens (XOAUTH2) against GreenMail, which checks the token as the
 * user's password; the test OAuth2 server makes each token it issues the password. Tokens are refreshed before they
 * expire, once more when a server refuses one, and a refresh token that no longer works sends nothing and says so.
 */
class OAuthMailTest {
    private static final String USER = "alex@example.test";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** The errors the refusals provoke here, asserted by their tests; any other logger's lines still show. */
    @RegisterExtension
    final QuietLog quiet = QuietLog.of(AccessTokens.class);

    @TempDir
    Path tmp;

    private TestOAuthServer oauth;
    private GreenMailUser user;
    private AccessTokens tokens;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<String> outputs = new ArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void signIn() throws Exception {
        logs.start();
        root.addAppender(logs);
        user = greenMail.setUser(USER, USER, "no-password-before-sign-in");
        oauth = new TestOAuthServer().devicePolls("token").onAccessToken(user::setPassword);
        TokenFile file = new TokenFile(tmp.resolve("oauth-token.json"));
        OAuthClient client = new OAuthClient(oauth.client(Settings.IdentityProvider.MICROSOFT, file.path()));
        new DeviceLogin(client, file, new java.io.PrintWriter(java.io.Writer.nullWriter()), d -> { }, clock).run();
        tokens = new AccessTokens(client, file, clock);
    }

    @AfterEach
    void noSecretAnywhere() {
        root.detachAppender(logs);
        oauth.close();
        for (ILoggingEvent e : logs.list) {
            outputs.add(e.getFormattedMessage());
        }
        outputs.addAll(quiet.messages());
        for (String out : outputs) {
            for (String secret : oauth.secrets()) {
                assertFalse(out.contains(secret), "a log line, result or error shows " + secret + ": " + out);
            }
        }
    }

    private Settings.Server server(int port) {
        return new Settings.Server("127.0.0.1", port, Settings.Security.PLAIN, USER, null, Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    private SendResult send(String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(USER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane.doe@acme.example"));
        m.setSubject(subject);
        m.setText("Thank you.");
        try (SmtpSender sender = new SmtpSender(server(greenMail.getSmtp().getPort()), clock, tokens)) {
            SendResult r = sender.send(m);
            outputs.add(r.toString());
            return r;
        }
    }

    @Test
    void smtp_and_imap_sign_in_with_the_access_token_over_xoauth2() throws Exception {
        assertInstanceOf(SendResult.Accepted.class, send("Thank you"));
        try (Store store = new ImapConnector(server(greenMail.getImap().getPort()), tokens).connect()) {
            assertTrue(store.isConnected());
        }
        assertEquals(1, greenMail.getReceivedMessages().length);
        assertEquals(1, oauth.refreshes(), "one access token for both servers");
    }

    @Test
    void a_token_close_to_its_expiry_is_refreshed_before_it_is_used() throws Exception {
        assertInstanceOf(SendResult.Accepted.class, send("First"));
        clock.advance(Duration.ofMinutes(54));       // 6 minutes of its hour left: still used
        assertInstanceOf(SendResult.Accepted.class, send("Second"));
        assertEquals(1, oauth.refreshes());

        clock.advance(Duration.ofMinutes(2));        // 4 minutes left: refreshed first
        assertInstanceOf(SendResult.Accepted.class, send("Third"));

        assertEquals(2, oauth.refreshes());
        assertEquals(3, greenMail.getReceivedMessages().length);
    }

    @Test
    void a_token_the_server_refuses_before_its_expiry_is_refreshed_once_and_the_send_goes_through() throws Exception {
        assertInstanceOf(SendResult.Accepted.class, send("First"));
        user.setPassword("the-server-no-longer-takes-that-token");  // as a server ending a session with BYE

        assertInstanceOf(SendResult.Accepted.class, send("Second"));
        assertEquals(2, oauth.refreshes());
        user.setPassword("refused-again");
        try (Store store = new ImapConnector(server(greenMail.getImap().getPort()), tokens).connect()) {
            assertTrue(store.isConnected(), "IMAP reconnects with a fresh token too");
        }
        assertEquals(3, oauth.refreshes());
    }

    @Test
    void a_refresh_token_that_no_longer_works_sends_nothing_and_says_to_log_in_again() throws Exception {
        oauth.revoke();
        clock.advance(Duration.ofHours(2));

        SendResult result = send("Thank you");
        InboxUnavailableException imap = assertThrows(InboxUnavailableException.class,
                () -> new ImapConnector(server(greenMail.getImap().getPort()), tokens).connect());
        outputs.add(imap.getMessage());

        assertInstanceOf(SendResult.Temporary.class, result, "kept for a retry once signed in again");
        String why = ((SendResult.Temporary) result).reply();
        assertTrue(why.startsWith("SMTP 127.0.0.1:" + greenMail.getSmtp().getPort() + ": the OAuth2 sign-in no"
                + " longer works"), why);
        assertTrue(why.contains("invalid_grant") && why.endsWith("run `followup login` again"), why);
        assertTrue(imap.getMessage().contains("run `followup login` again"), imap.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length, "nothing sent");
        assertEquals(1, quiet.errors().size(), "one error in the log, not one per try: " + quiet);
        String error = quiet.errors().get(0);
        assertTrue(error.startsWith("Nothing can be sent or checked: the OAuth2 sign-in no longer works")
                && error.endsWith("run `followup login` again"), error);
    }

    /**
     * The provider refuses the app itself (its client secret expired in the console): the user is sent to the client
     * id and secret, not to {@code followup login}, which the same refusal would end.
     */
    @Test
    void an_app_registration_the_provider_refuses_sends_nothing_and_points_at_the_client_id_and_secret()
            throws Exception {
        oauth.refuseClient();
        clock.advance(Duration.ofHours(2));

        SendResult result = send("Thank you");

        assertInstanceOf(SendResult.Temporary.class, result, "kept for a retry once the app is mended");
        String why = ((SendResult.Temporary) result).reply();
        assertTrue(why.contains("refused followup's app registration") && why.contains("invalid_client"), why);
        assertTrue(why.contains("mail.oauth2.client-id") && why.contains("FOLLOWUP_OAUTH_CLIENT_SECRET"), why);
        assertFalse(why.contains("run `followup login` again"), why);
        assertEquals(0, greenMail.getReceivedMessages().length, "nothing sent");
        assertEquals(1, quiet.errors().size(), quiet.toString());
        assertTrue(quiet.errors().get(0).contains("refused followup's app registration")
                && quiet.errors().get(0).contains("mail.oauth2.client-id"), quiet.toString());
    }

    @Test
    void a_refusal_that_repeats_the_request_shows_neither_the_client_secret_nor_the_refresh_token() throws Exception {
        oauth.repeatingTheRequestInErrors().revoke();
        clock.advance(Duration.ofHours(2));

        SendResult result = send("Thank you");
        InboxUnavailableException imap = assertThrows(InboxUnavailableException.class,
                () -> new ImapConnector(server(greenMail.getImap().getPort()), tokens).connect());
        outputs.add(imap.getMessage());

        String why = ((SendResult.Temporary) result).reply();
        assertTrue(why.contains("invalid_grant (Bad request: grant_type=refresh_token&client_id=followup-test-client"
                + "&client_secret=(hidden)&refresh_token=(hidden)"), why);
        assertTrue(why.endsWith("run `followup login` again"), why);
        assertTrue(quiet.errors().stream().anyMatch(m -> m.contains("refresh_token=(hidden)")),
                "the error in the log, hidden: " + quiet);
        // noSecretAnywhere: neither in the log, the result nor the IMAP error
    }

    /** A clock the test moves. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
