package followup.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Secret;
import followup.config.Settings;
import followup.inbox.ImapCheck;
import followup.inbox.ImapConnector;
import followup.inbox.InboxUnavailableException;
import followup.mail.CheckStep;
import followup.mail.Login;
import followup.mail.SendResult;
import followup.mail.SmtpCheck;
import followup.mail.SmtpSender;
import followup.testing.LoopbackServer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * With {@code auth = oauth2}, a server that does not offer XOAUTH2 never gets the access token: IMAP would otherwise
 * fall back to the plain LOGIN command with the token as the password (Angus Mail does), and both SMTP and IMAP
 * said the token was refused and sent the user to {@code followup login}, which cannot help. Scripted servers that
 * offer only password mechanisms record every line they are sent.
 */
class OAuthNotOfferedTest {
    private static final String TOKEN = "ya29.a0-access-token-not-for-this-server";
    private static final String USER = "sam@example.org";

    /** An OAuth2 login whose token this test knows; counts the refreshes asked for. */
    private static final class TokenLogin implements Login {
        final AtomicInteger renewals = new AtomicInteger();

        @Override
        public String mechanism() {
            return "XOAUTH2";
        }

        @Override
        public Secret secret() {
            return Secret.of(TOKEN);
        }

        @Override
        public boolean renew() {
            renewals.incrementAndGet();
            return true;
        }
    }

    private static Settings.Server server(int port) {
        return new Settings.Server("127.0.0.1", port, Settings.Security.PLAIN, USER, null, Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    /** An IMAP server offering {@code capabilities} that refuses every login; {@code lines} gets what it is sent. */
    private static LoopbackServer imap(String capabilities, List<String> lines) throws IOException {
        return LoopbackServer.start("imap-no-xoauth2", (socket, n) -> converse(socket, lines,
                "* OK [CAPABILITY " + capabilities + "] ready", line -> {
                    String[] w = line.split(" ", 3);
                    String tag = w[0];
                    String command = w.length > 1 ? w[1].toUpperCase() : "";
                    return switch (command) {
                        case "CAPABILITY" -> "* CAPABILITY " + capabilities + "\r\n" + tag + " OK done";
                        case "LOGOUT" -> "* BYE\r\n" + tag + " OK bye";
                        case "LOGIN", "AUTHENTICATE" -> tag + " NO [AUTHENTICATIONFAILED] Invalid credentials";
                        default -> tag + " BAD not in this script";
                    };
                }));
    }

    /** An SMTP server whose EHLO offers {@code auth} ("" for no AUTH) and refuses every AUTH. */
    private static LoopbackServer smtp(String auth, List<String> lines) throws IOException {
        return LoopbackServer.start("smtp-no-xoauth2", (socket, n) -> converse(socket, lines,
                "220 mx.example.org ESMTP", line -> {
                    String command = line.split(" ", 2)[0].toUpperCase();
                    return switch (command) {
                        case "EHLO" -> "250-mx.example.org" + (auth.isEmpty() ? "" : "\r\n250-AUTH " + auth)
                                + "\r\n250 8BITMIME";
                        case "AUTH" -> "535 5.7.8 Authentication credentials invalid";
                        case "QUIT" -> "221 bye";
                        default -> "502 5.5.2 not in this script";
                    };
                }));
    }

    private static void converse(Socket socket, List<String> lines, String greeting,
                                 java.util.function.Function<String, String> answer) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII))) {
            OutputStream out = socket.getOutputStream();
            out.write((greeting + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                out.write((answer.apply(line) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (line.toUpperCase().endsWith("LOGOUT") || line.equalsIgnoreCase("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void neverSentTheToken(List<String> lines) {
        for (String line : lines) {
            assertFalse(line.contains(TOKEN), "the server was sent the token: " + line);
            assertFalse(line.toUpperCase().matches("\\S+ (LOGIN|AUTHENTICATE)\\b.*") || line.startsWith("AUTH"),
                    "the server was sent a login: " + line);
        }
    }

    @Test
    void an_imap_server_without_xoauth2_is_never_sent_the_token_through_login_and_check_says_which_server_to_use()
            throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LoopbackServer server = imap("IMAP4rev1 AUTH=PLAIN", lines)) {
            TokenLogin login = new TokenLogin();
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class,
                    () -> new ImapConnector(server(server.port()), login).connect().close());
            assertEquals("the IMAP server 127.0.0.1:" + server.port() + " (PLAIN) does not offer XOAUTH2 (OAuth2)"
                    + " sign-in (it offers LOGIN command, PLAIN), so the access token was not sent", e.getMessage());
            assertEquals(0, login.renewals.get(), "a token the server never saw is not refreshed");

            List<CheckStep> steps = ImapCheck.run(new Settings.Imap(server(server.port()), List.of("INBOX"), null,
                    true, Duration.ofMinutes(1)), login);
            CheckStep last = steps.get(steps.size() - 1);
            assertFalse(last.ok(), steps.toString());
            assertTrue(last.advice().contains("followup.mail.imap.host"), last.advice());
            assertTrue(last.advice().contains("auth = password"), last.advice());
            assertFalse(last.advice().contains("refused"), "the token was not refused: " + last.advice());
            assertEquals(3, server.connections(), "the connector, the check's look at the port and its sign-in");
        }
        neverSentTheToken(lines);
    }

    @Test
    void an_imap_server_that_offers_xoauth2_is_signed_in_to_with_it_and_not_through_login() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LoopbackServer server = imap("IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2", lines)) {
            TokenLogin login = new TokenLogin();
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class,
                    () -> new ImapConnector(server(server.port()), login).connect().close());
            assertTrue(e.getMessage().contains("refused the login of " + USER), e.getMessage());
            assertEquals(1, login.renewals.get(), "a refused token is refreshed once and tried again");
        }
        assertEquals(2, lines.stream().filter(l -> l.toUpperCase().matches("\\S+ AUTHENTICATE XOAUTH2\\b.*")).count(),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.toUpperCase().matches("\\S+ LOGIN\\b.*")), lines.toString());
    }

    @Test
    void an_smtp_server_without_xoauth2_fails_the_send_with_what_it_offers_and_is_not_asked_again_with_a_new_token()
            throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LoopbackServer server = smtp("PLAIN LOGIN", lines)) {
            TokenLogin login = new TokenLogin();
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            m.setFrom(new InternetAddress(USER));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane.doe@acme.example"));
            m.setSubject("Thank you");
            m.setText("Thank you.");
            SendResult r;
            try (SmtpSender sender = new SmtpSender(server(server.port()), Clock.systemUTC(), login)) {
                r = sender.send(m);
            }
            SendResult.Permanent p = assertInstanceOf(SendResult.Permanent.class, r);
            assertEquals("SMTP 127.0.0.1:" + server.port() + " does not offer XOAUTH2 (OAuth2) sign-in (it offers"
                    + " PLAIN LOGIN), so the access token was not sent", p.reply());
            assertTrue(p.loginRefused() && p.mechanismNotOffered(), "every send of this sender stops on it");
            assertEquals(0, login.renewals.get(), "a token the server never saw is not refreshed");

            List<CheckStep> steps = SmtpCheck.run(server(server.port()), login);
            CheckStep last = steps.get(steps.size() - 1);
            assertFalse(last.ok(), steps.toString());
            assertTrue(last.what().contains("does not offer XOAUTH2"), last.what());
            assertTrue(last.advice().contains("followup.mail.smtp.host"), last.advice());
            assertFalse(last.advice().contains("refused"), "the token was not refused: " + last.advice());
        }
        neverSentTheToken(lines);
        assertTrue(lines.stream().noneMatch(l -> l.toUpperCase().startsWith("MAIL")), lines.toString());
    }
}
