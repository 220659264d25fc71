package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.testing.LoopbackServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followup check} against SMTP servers whose sign-in is not what the daemon can use: no AUTH at all, or only
 * mechanisms Angus Mail does not speak. IMAP is a real GreenMail server.
 */
class CheckSignInTest {
    private static final String USER = "alex@example.test";
    private static final String PASSWORD = "Sign-In-Pw-51c2e0";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.IMAP}));

    @TempDir
    Path tmp;

    private Path config(String smtpHost, int smtpPort) throws IOException {
        return CheckConfigs.write(tmp, USER, PASSWORD, smtpHost, smtpPort, "plain", greenMail.getImap().getPort(),
                "plain", "");
    }

    /** An SMTP server whose EHLO reply ends with {@code ehloTail}; AUTH is refused as not offered. */
    private static LoopbackServer smtp(String ehloTail) throws IOException {
        return LoopbackServer.start("smtp-sign-in", (socket, n) -> {
            try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                OutputStream out = socket.getOutputStream();
                out.write("220 mx.example.test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                for (String line; (line = in.readLine()) != null; ) {
                    String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                    String reply = switch (verb) {
                        case "EHLO" -> "250-mx.example.test\r\n" + ehloTail;
                        case "AUTH" -> "504 5.7.4 Unrecognized authentication type";
                        case "QUIT" -> "221 bye";
                        default -> "250 ok";
                    };
                    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away
            }
        });
    }

    private static Cli.Result check(Path config) {
        Cli.Result r = Cli.run("check", "--config=" + config);
        assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), r.out());
        return r;
    }

    /**
     * Angus Mail skips the login when the EHLO offers no AUTH: check must not claim one happened. A relay on this
     * machine may need none; a server elsewhere without AUTH is a port for mail between servers and fails the check.
     */
    @Test
    void a_server_offering_no_sign_in_is_not_reported_as_authenticated() throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);
        try (LoopbackServer smtp = smtp("250 8BITMIME")) {
            Cli.Result r = check(config("127.0.0.1", smtp.port()));

            assertEquals(0, r.code(), r.out() + r.err());
            assertFalse(r.out().contains("authenticated as " + USER + " (password)"), r.out());
            assertTrue(r.out().contains("ok      no sign-in: the server offers no AUTH, so mail goes out without"
                    + " one (the password is not used)"), r.out());
        }
    }

    @Test
    void a_server_offering_only_mechanisms_followup_cannot_use_names_them_and_does_not_blame_the_password()
            throws IOException {
        greenMail.setUser(USER, USER, PASSWORD);
        try (LoopbackServer smtp = smtp("250-AUTH CRAM-MD5\r\n250 8BITMIME")) {
            Cli.Result r = check(config("127.0.0.1", smtp.port()));

            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("FAILED  no sign-in followup can use: the server offers only CRAM-MD5"
                    + " (followup signs in with PLAIN, LOGIN, DIGEST-MD5 or NTLM), so the password was not sent"),
                    r.out());
            assertFalse(r.out().contains("login refused"), r.out());
            assertFalse(r.out().contains("check the user name and the password"), r.out());
            assertTrue(r.out().contains("ok      authenticated as " + USER + " (LOGIN)"), "IMAP still works: "
                    + r.out());
        }
    }
}
