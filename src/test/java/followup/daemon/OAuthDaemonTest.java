package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.auth.TestOAuthServer;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The daemon with {@code auth = oauth2} against GreenMail and the test OAuth2 server: it sends and checks the mailbox
 * with access tokens; while the refresh token does not work nothing is sent, the log has one error and
 * {@code status} says to run {@code followup login}; after {@code followup login} the waiting message goes out.
 */
class OAuthDaemonTest {
    private static final String ACME = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private TestOAuthServer oauth;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() throws Exception {
        oauth = new TestOAuthServer().publicClient().expiresIn(60);   // under the 5-minute margin: a refresh per use
        logs.start();
        rootLogger.addAppender(logs);
    }

    @AfterEach
    void stop() {
        rootLogger.detachAppender(logs);
        oauth.close();
    }

    @Test
    void a_sign_in_that_stops_working_holds_everything_says_so_once_and_login_fixes_it() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("thank-you { after = 1s }\n")) {
            GreenMailUser user = greenMail.getUserManager().getUserByEmail(SENDER);
            oauth.onAccessToken(user::setPassword);
            h.mail("""
                    auth = oauth2
                    oauth2 { provider = microsoft, client-id = "%s", token-endpoint = "%s",
                             device-authorization-endpoint = "%s" }
                    """.formatted(TestOAuthServer.CLIENT_ID, oauth.uri("/token"), oauth.uri("/devicecode")));
            oauth.devicePolls("token");
            DaemonHarness.CliResult login = h.cli("login");
            assertEquals(0, login.code(), login.toString());
            assertTrue(login.err().contains("enter the code " + TestOAuthServer.USER_CODE), login.toString());

            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            oauth.revoke();                     // revoked, expired, a password change: invalid_grant from now on
            h.start();
            h.awaitTrue("the thank-you to wait for the sign-in", () -> h.message(ACME).map(m -> m.attempts() >= 2
                    && m.reason().contains("run `followup login` again")).orElse(false));
            assertEquals(State.PLANNED, h.message(ACME).orElseThrow().state());
            assertEquals(0, greenMail.getReceivedMessages().length, "nothing sent");
            DaemonHarness.CliResult status = h.cli("status");
            assertTrue(status.out().contains("OAuth2 sign-in no longer works") && status.out().contains(
                    "run `followup login` again"), status.toString());
            long errors = logs.list.stream().filter(e -> e.getLevel() == Level.ERROR
                    && e.getFormattedMessage().contains("followup login")).count();
            assertEquals(1, errors, "one error in the log, however many tries");

            oauth.devicePolls("token");
            assertEquals(0, h.cli("login").code());
            StoredMessage sent = h.awaitState(ACME, State.SENT);
            assertTrue(h.messageIds("jane@acme.example").contains(sent.messageId()), "sent once signed in again");

            List<String> outputs = new ArrayList<>();
            logs.list.forEach(e -> outputs.add(e.getFormattedMessage()));
            outputs.add(status.toString());
            outputs.add(login.toString());
            outputs.add(h.cli("plan").toString());
            for (String out : outputs) {
                for (String secret : oauth.secrets()) {
                    assertFalse(out.contains(secret), "shows " + secret + ": " + out);
                }
            }
        }
    }
}
