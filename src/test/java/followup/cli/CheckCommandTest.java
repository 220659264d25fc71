package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.auth.AccessTokens;
import followup.daemon.LiveConfig;
import followup.mail.TestPki;
import followup.testing.LoopbackServer;
import followup.testing.QuietLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup check} against GreenMail: each outcome with its message and exit code. */
class CheckCommandTest {
    private static final TestPki PKI = TestPki.get();
    private static final String USER = "alex@example.test";
    private static final String PASSWORD = "Check-Pw-3b9a71d0";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP, ServerSetupTest.SMTPS,
                    ServerSetupTest.IMAPS}));

    /** The sign-in error a test provokes, asserted there and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(AccessTokens.class);

    @TempDir
    Path tmp;

    private Path config(int smtpPort, int imapPort, String security, String password) throws IOException {
        return CheckConfigs.write(tmp, USER, password, "127.0.0.1", smtpPort, security, imapPort, security, "");
    }

    private Cli.Result check(Path config, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "check";
        args[1] = "--config=" + config;
        System.arraycopy(more, 0, args, 2, more.length);
        Cli.Result r = Cli.run(args);
        assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), "the password is shown:\n" + r.out());
        return r;
    }

    @Test
    void a_working_setup_reports_every_step_and_exits_0() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);

        Cli.Result r = check(config(greenMail.getSmtp().getPort(), greenMail.getImap().getPort(), "plain", PASSWORD),
                "--send-test");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("ok      authenticated as " + USER + " (LOGIN)"), r.out());
        assertTrue(r.out().contains("ok      watching \"INBOX\""), r.out());
        assertTrue(r.out().contains("ok      sent folder \"Sent\" (none found: created on first use)"), r.out());
        assertTrue(r.out().contains("ok      arrived in \"INBOX\""), r.out());
        assertTrue(r.out().endsWith("Everything works.\n"), r.out());
    }

    @Test
    void a_test_message_refused_for_its_sender_names_the_sender_key_not_a_java_object() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);
        try (LoopbackServer smtp = LoopbackServer.start("smtp-refusing-sender", (socket, n) -> {
            try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                OutputStream out = socket.getOutputStream();
                out.write("220 mx.example.test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                for (String line; (line = in.readLine()) != null; ) {
                    String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                    String reply = switch (verb) {
                        case "EHLO" -> "250-mx.example.test\r\n250 8BITMIME";
                        case "MAIL" -> "553 5.7.1 <" + USER + ">: Sender address rejected: not owned by user";
                        case "QUIT" -> "221 bye";
                        default -> "250 ok";
                    };
                    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away
            }
        })) {
            Cli.Result r = check(config(smtp.port(), greenMail.getImap().getPort(), "plain", PASSWORD), "--send-test");

            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("FAILED  sending to " + USER + " failed: 553 5.7.1"), r.out());
            assertFalse(r.out().contains("Permanent["), r.out());
            assertTrue(r.out().contains("set followup.sender.email (at "), r.out());
        }
    }

    @Test
    void a_wrong_password_says_the_login_was_refused_and_what_to_do() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);

        Cli.Result r = check(config(greenMail.getSmtp().getPort(), greenMail.getImap().getPort(), "plain",
                "not-the-password"));

        assertEquals(1, r.code());
        assertTrue(r.out().contains("FAILED  login refused for " + USER), r.out());
        assertTrue(r.out().contains("with two-step verification use an app password"), r.out());
        assertTrue(r.out().contains("FAILED  the IMAP server 127.0.0.1:" + greenMail.getImap().getPort()), r.out());
    }

    @Test
    void a_closed_port_is_named_with_the_key_to_check() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        Cli.Result r = check(config(closed, greenMail.getImap().getPort(), "plain", PASSWORD));

        assertEquals(1, r.code());
        assertTrue(r.out().contains("FAILED  port " + closed + " is closed or filtered"), r.out());
        assertTrue(r.out().contains("what to do: check followup.mail.smtp.port"), r.out());
    }

    @Test
    void an_untrusted_certificate_says_so_and_names_the_trust_store_key() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);

        Cli.Result r = check(config(greenMail.getSmtps().getPort(), greenMail.getImaps().getPort(), "ssl",
                PASSWORD));

        assertEquals(1, r.code());
        assertTrue(r.out().contains("the server's certificate is not trusted"), r.out());
        assertTrue(r.out().contains("set followup.mail.tls.trust-store"), r.out());
        assertEquals(2, r.out().split("what to do: see above", -1).length - 1, "SMTP and IMAP alike: " + r.out());
        assertFalse(r.out().contains("check followup.mail.imap.security and port"), "the port is right: " + r.out());
    }

    @Test
    void with_oauth2_both_servers_are_signed_in_to_over_xoauth2_and_no_token_is_shown() throws Exception {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.setUser(USER, USER, PASSWORD);
        try (followup.auth.TestOAuthServer oauth = new followup.auth.TestOAuthServer().publicClient()
                .devicePolls("token").onAccessToken(user::setPassword)) {
            Path config = config(greenMail.getSmtp().getPort(), greenMail.getImap().getPort(), "plain", PASSWORD);
            Files.writeString(config, Files.readString(config).replace("  mail {\n", "  mail {\n    auth = oauth2\n"
                    + "    oauth2 { provider = microsoft, client-id = \"" + followup.auth.TestOAuthServer.CLIENT_ID
                    + "\", token-endpoint = \"" + oauth.uri("/token") + "\", device-authorization-endpoint = \""
                    + oauth.uri("/devicecode") + "\" }\n"));
            Cli.Result login = Cli.run("login", "--config=" + config);
            assertEquals(0, login.code(), login.out() + login.err());

            Cli.Result r = check(config);

            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("ok      authenticated as " + USER + " (XOAUTH2)"), r.out());
            assertEquals(2, r.out().split("\\(XOAUTH2\\)", -1).length - 1, "SMTP and IMAP: " + r.out());
            for (String secret : oauth.secrets()) {
                assertFalse((r.out() + r.err() + login.out() + login.err()).contains(secret), secret);
            }
        }
    }

    @Test
    void login_with_password_auth_is_refused_as_bad_input() throws IOException {
        Path config = config(greenMail.getSmtp().getPort(), greenMail.getImap().getPort(), "plain", PASSWORD);

        Cli.Result r = Cli.run("login", "--config=" + config);

        assertEquals(2, r.code());
        assertTrue(r.err().contains("followup.mail.auth is password: `followup login` is for auth = oauth2"), r.err());
    }

    @Test
    void sandbox_mode_has_nothing_to_check() throws IOException {
        Path conf = Files.createDirectories(tmp.resolve("sandbox"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, "followup.sender { name = \"Alex\", email = \"" + USER
                + "\", zone = \"Europe/Berlin\" }\n");

        Cli.Result r = check(config);

        assertEquals(2, r.code());
        assertTrue(r.err().contains("mail.mode is sandbox"), r.err());
    }

    /** In a candidate's file the key is written without {@code followup.}, and the message says it so. */
    @Test
    void a_candidate_in_sandbox_mode_is_told_the_key_of_their_own_file() throws IOException {
        Path conf = Files.createDirectories(tmp.resolve("deployment"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, "followup.candidates = \"people\"\n");
        Path sam = Files.createDirectories(conf.resolve("people/sam/interviews")).getParent();
        Files.writeString(sam.resolve("candidate.conf"), "sender { name = \"Sam Roe\", email = \"sam@example.com\","
                + " zone = \"Europe/Berlin\" }\nmail { mode = sandbox }\n");

        Cli.Result r = check(config, "--candidate=sam");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("candidate.conf:2: mail.mode is sandbox: there is no mail server to check"),
                r.err());
        assertFalse(r.err().contains("followup.mail.mode"), r.err());
    }

    /** The advice about a server names the key as the candidate's own file writes it, with no {@code followup.}. */
    @Test
    void a_candidates_unreachable_servers_are_named_with_the_keys_of_their_own_file() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path conf = Files.createDirectories(tmp.resolve("deployment"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, "followup.candidates = \"people\"\n");
        Path sam = Files.createDirectories(conf.resolve("people/sam/interviews")).getParent();
        LiveConfig.secretFile(sam.resolve("password"), PASSWORD);
        Files.writeString(sam.resolve("candidate.conf"), """
                sender { name = "Sam Roe", email = "%s", zone = "Europe/Berlin" }
                mail {
                  mode = live
                  smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "password",
                         connect-timeout = 5s, timeout = 5s }
                  imap { host = "127.0.0.1", port = %d, security = ssl, username = "%s", password-file = "password",
                         connect-timeout = 5s, timeout = 5s }
                }
                """.formatted(USER, closed, USER, greenMail.getImaps().getPort(), USER));

        Cli.Result r = check(config, "--candidate=sam");

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAILED  port " + closed + " is closed or filtered"), r.out());
        assertTrue(r.out().contains("what to do: check mail.smtp.port"), r.out());
        assertTrue(r.out().contains("set at:     mail.smtp.port in " + sam.resolve("candidate.conf") + ":4\n"),
                r.out());
        assertTrue(r.out().contains("the server's certificate is not trusted"), r.out());
        assertTrue(r.out().contains("set mail.tls.trust-store"), r.out());
        assertFalse(r.out().contains("followup.mail"), r.out());
    }
    /**
     * The deployment's FOLLOWUP_SMTP_PASSWORD is never a candidate's password: a candidate whose login is refused is
     * told to look in their own candidate.conf, not at a variable that would change nothing for them.
     */
    @Test
    void a_candidates_refused_password_is_looked_for_in_their_own_file() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);
        Path conf = Files.createDirectories(tmp.resolve("deployment"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, "followup.candidates = \"people\"\n");
        Path sam = Files.createDirectories(conf.resolve("people/sam/interviews")).getParent();
        LiveConfig.secretFile(sam.resolve("password"), "Not-Sams-Pw-9d02");
        Files.writeString(sam.resolve("candidate.conf"), """
                sender { name = "Sam Roe", email = "%s", zone = "Europe/Berlin" }
                mail {
                  mode = live
                  smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "password" }
                  imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "password" }
                }
                """.formatted(USER, greenMail.getSmtp().getPort(), USER, greenMail.getImap().getPort(), USER));

        Cli.Result r = check(config, "--candidate=sam");

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("check the user name and the password (password-file, or the variable named at"
                + " password, in mail.smtp and mail.imap of their candidate.conf)"), r.out());
        assertFalse(r.out().contains("FOLLOWUP_SMTP_PASSWORD") || r.out().contains("FOLLOWUP_IMAP_PASSWORD"),
                r.out());
        assertFalse(r.out().contains("Not-Sams-Pw-9d02"), r.out());
    }

    /** Every command the advice of a candidate names is the one that candidate runs: with {@code --candidate}. */
    @Test
    void a_candidate_not_signed_in_is_told_to_run_login_with_their_name_and_then_check() throws Exception {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.setUser(USER, USER, PASSWORD);
        try (followup.auth.TestOAuthServer oauth = new followup.auth.TestOAuthServer().publicClient()
                .devicePolls("token").onAccessToken(user::setPassword)) {
            Path conf = Files.createDirectories(tmp.resolve("deployment"));
            Path config = conf.resolve("application.conf");
            Files.writeString(config, "followup.candidates = \"people\"\n");
            Path sam = Files.createDirectories(conf.resolve("people/sam/interviews")).getParent();
            Files.writeString(sam.resolve("candidate.conf"), """
                    sender { name = "Sam Roe", email = "%s", zone = "Europe/Berlin" }
                    mail {
                      mode = live
                      auth = oauth2
                      oauth2 { provider = microsoft, client-id = "%s", token-endpoint = "%s",
                               device-authorization-endpoint = "%s" }
                      smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", connect-timeout = 5s,
                             timeout = 5s }
                      imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", connect-timeout = 5s,
                             timeout = 5s }
                    }
                    """.formatted(USER, followup.auth.TestOAuthServer.CLIENT_ID, oauth.uri("/token"),
                    oauth.uri("/devicecode"), greenMail.getSmtp().getPort(), USER, greenMail.getImap().getPort(),
                    USER));

            Cli.Result before = check(config, "--candidate=sam");

            assertEquals(1, before.code(), before.out() + before.err());
            assertTrue(before.out().contains("not signed in yet (no token file "), before.out());
            assertTrue(before.out().contains("run `followup login --candidate sam`"), before.out());
            assertFalse(before.out().replace("`followup login --candidate sam`", "").contains("followup login"),
                    "every login named is sam's: " + before.out());
            assertEquals(1, log.errors().size(), log.toString());
            assertTrue(log.errors().get(0).contains("not signed in yet")
                    && log.errors().get(0).endsWith("run `followup login --candidate sam`"), log.toString());

            Cli.Result login = Cli.run("login", "--config=" + config, "--candidate=sam");

            assertEquals(0, login.code(), login.out() + login.err());
            assertTrue(login.out().contains("Next: `followup check --candidate sam`."), login.out());
            Cli.Result after = check(config, "--candidate=sam");
            assertEquals(0, after.code(), after.out() + after.err());
        }
    }
}
