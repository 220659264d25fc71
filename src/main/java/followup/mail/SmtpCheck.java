package followup.mail;

import followup.config.Secret;
import followup.config.Settings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * {@code followup check} for the SMTP server: the name, the port, TLS and the login, each as a step, exactly as
 * {@link SmtpSender} connects (the same session properties and sign-in). Stops at the first step that fails.
 */
public final class SmtpCheck {
    private static final List<String> PASSWORD_MECHANISMS = TrackingTransport.PASSWORD_MECHANISMS;
    private static final List<String> EXTENSIONS = List.of("STARTTLS", "AUTH", "PIPELINING", "8BITMIME", "SMTPUTF8",
            "SIZE");

    private SmtpCheck() {
    }

    public static List<CheckStep> run(Settings.Server server, Login login) {
        List<CheckStep> steps = new ArrayList<>();
        if (!reach(server, "smtp", steps)) {
            return steps;
        }
        RecordingSocketFactory tls = RecordingSocketFactory.wrap(TlsTrust.socketFactory(server.tls()));
        Session session = SmtpSessions.create(server, login, Optional.of(tls));
        Secret secret = null;
        TrackingTransport t = null;
        try {
            boolean auth = SmtpSessions.authenticates(server, login);
            secret = auth ? login.secret() : null;
            t = (TrackingTransport) session.getTransport(SmtpSessions.protocol(server));
            try {
                t.connect(server.host(), server.port(), auth ? server.username() : null,
                        secret == null ? null : secret.reveal());
                steps.add(CheckStep.ok(tls.describe().map(d -> "TLS " + d).orElse("no TLS (security = plain)")));
                if (auth && !t.supportsExtension("AUTH")) {  // Angus then goes on without signing in
                    steps.add(noAuth(server));
                    if (!steps.get(steps.size() - 1).ok()) {
                        return steps;
                    }
                } else {
                    steps.add(CheckStep.ok(auth ? "authenticated as " + server.username() + " ("
                            + mechanism(t, login) + ")" : "no login (no user name or password set)"));
                }
                List<String> used = EXTENSIONS.stream().filter(t::supportsExtension).toList();
                steps.add(CheckStep.ok("capabilities: " + (used.isEmpty() ? "(none)" : String.join(", ", used))));
            } finally {
                t.close();
            }
        } catch (SignInException e) {
            steps.add(CheckStep.failed("sign-in: " + e.getMessage(), "run `" + server.loginCommand() + "`"));
        } catch (AuthenticationFailedException e) {
            if (t != null && t.mechanismNotOffered() != null) {
                steps.add(CheckStep.failed(Outcomes.failed(e, t, server) instanceof SendResult.Permanent p
                        ? p.reply() : Outcomes.summary(e), notOfferedAdvice(server, "smtp")));
            } else if (t != null && login.mechanism() == null && t.noPasswordMechanismOffered()) {
                steps.add(CheckStep.failed("no sign-in followup can use: the server offers only " + (t.authOffered()
                        .isEmpty() ? "an empty AUTH" : t.authOffered()) + " (followup signs in with PLAIN, LOGIN,"
                        + " DIGEST-MD5 or NTLM), so the password was not sent", "set " + server.keys("smtp")
                        + ".port to the server's port for mail programs (587 with security = starttls, or 465 with"
                        + " ssl), where it offers PLAIN or LOGIN, or ask its administrator to offer one of them"));
            } else {
                steps.add(CheckStep.failed(redact("login refused for " + server.username() + ": "
                        + Outcomes.summary(e), secret), loginAdvice(login, server)));
            }
        } catch (MessagingException | RuntimeException e) {
            Optional<String> imap = greeting(Outcomes.summary(e), "\\* OK");
            if (imap.isPresent()) {
                steps.add(CheckStep.failed("port " + server.port() + " answers as an IMAP server, not SMTP ("
                        + imap.get() + ")", "set " + server.keys("smtp") + ".port to the SMTP server's port (587"
                        + " with security = starttls, or 465 with ssl), not the IMAP one"));
                return steps;
            }
            Optional<String> why = TlsTrust.explain(e, server, "SMTP");
            steps.add(CheckStep.failed(redact(why.orElse("the SMTP conversation failed: " + Outcomes.summary(e)),
                    secret), why.isPresent() ? "see above" : portAndSecurity(server, "smtp").orElse("check "
                    + server.keys("smtp") + ".security and port (465 for ssl, 587 for starttls)")));
        }
        return steps;
    }

    /**
     * The greeting of another protocol in a failure's text: what an IMAP server ({@code * OK}) or an SMTP server
     * ({@code 220}) says first, when the port configured for the one is the other's.
     *
     * @param start a regular expression for how the greeting starts
     */
    public static Optional<String> greeting(String text, String start) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|: |response: )(" + start + "[ -].*)$")
                .matcher(text == null ? "" : text.strip());
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /**
     * What to set when the port is a well-known one of the other kind of security (RFC 8314): 465 and 993 speak TLS
     * from the first byte, 587, 25 and 143 begin in plain text and switch with STARTTLS. Either mix-up fails after a
     * long wait for a greeting, or with a TLS error, that says nothing of the cause.
     *
     * @param protocol {@code smtp} or {@code imap}: the keys named
     */
    public static Optional<String> portAndSecurity(Settings.Server server, String protocol) {
        boolean implicit = server.port() == (protocol.equals("smtp") ? 465 : 993);
        boolean upgrade = protocol.equals("smtp") ? server.port() == 587 || server.port() == 25 : server.port() == 143;
        String key = server.keys(protocol);
        String other = protocol.equals("smtp") ? "465" : "993";
        String plainPort = protocol.equals("smtp") ? "587" : "143";
        if (implicit && server.security() != Settings.Security.SSL) {
            return Optional.of("port " + server.port() + " speaks TLS from the first byte: set " + key + ".security"
                    + " = ssl (or use port " + plainPort + " with starttls)");
        }
        if (upgrade && server.security() == Settings.Security.SSL) {
            return Optional.of("port " + server.port() + " begins in plain text and switches to TLS with STARTTLS:"
                    + " set " + key + ".security = starttls (or use port " + other + " with ssl)");
        }
        return Optional.empty();
    }

    /** What to do about a refused login to {@code server}. */
    public static String loginAdvice(Login login, Settings.Server server) {
        return login.mechanism() != null
                ? "the access token was refused: run `" + server.loginCommand() + "` again; for Microsoft 365, SMTP"
                + " AUTH must be enabled for the mailbox and the app needs IMAP.AccessAsUser.All and SMTP.Send"
                : "check the user name and the password (" + server.passwordSource("smtp", "imap") + "); with two-step verification use an app password, or set auth = oauth2 and run"
                + " `" + server.loginCommand() + "`";
    }

    /**
     * What to do when the server does not offer OAuth2 sign-in (XOAUTH2), which {@code auth = oauth2} needs.
     *
     * @param protocol {@code smtp} or {@code imap}: the keys named
     */
    public static String notOfferedAdvice(Settings.Server server, String protocol) {
        String key = server.keys(protocol);
        return "check " + key + ".host and " + key + ".port: OAuth2 sign-in is offered by the provider's own servers"
                + " (" + (protocol.equals("smtp") ? "smtp.gmail.com, smtp.office365.com" : "imap.gmail.com,"
                + " outlook.office365.com") + "); for another server, set auth = password";
    }

    /**
     * The server's EHLO offered no AUTH, so no password was sent: fine for a relay on this machine, which may take
     * mail from it without one; a server elsewhere listens there for mail between servers, which it does not relay.
     */
    private static CheckStep noAuth(Settings.Server server) {
        if (followup.config.SettingsLoader.isLoopback(server.host())) {
            return CheckStep.ok("no sign-in: the server offers no AUTH, so mail goes out without one (the password"
                    + " is not used)");
        }
        return CheckStep.failed("no sign-in: the server offers no AUTH on port " + server.port() + ", so the"
                + " password was not sent and the server would not relay the mail", "set " + server.keys("smtp")
                + ".port to the server's port for mail programs (587 with security = starttls, or 465 with ssl);"
                + " port 25 is for mail between servers");
    }

    private static String mechanism(SMTPTransport t, Login login) {
        if (login.mechanism() != null) {
            return login.mechanism();
        }
        String offered = " " + String.valueOf(t.getExtensionParameter("AUTH")).toUpperCase(Locale.ROOT) + " ";
        return PASSWORD_MECHANISMS.stream().filter(m -> offered.contains(" " + m + " ")).findFirst()
                .orElse("password");
    }

    /**
     * The DNS name and the TCP port, before anything else, so that each failure says which it was.
     *
     * @param protocol {@code smtp} or {@code imap}: the keys named in the advice
     */
    public static boolean reach(Settings.Server server, String protocol, List<CheckStep> steps) {
        String key = server.keys(protocol);
        InetAddress address;
        try {
            address = InetAddress.getByName(server.host());
        } catch (UnknownHostException e) {
            steps.add(CheckStep.failed("DNS: the name " + server.host() + " does not resolve", "check " + key
                    + ".host (a typo?) and this machine's network"));
            return false;
        }
        steps.add(CheckStep.ok("DNS: " + server.host() + " is " + address.getHostAddress()));
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, server.port()),
                    (int) Math.min(Integer.MAX_VALUE, server.connectTimeout().toMillis()));
        } catch (IOException e) {
            steps.add(CheckStep.failed("port " + server.port() + " is closed or filtered (" + e.getClass()
                    .getSimpleName() + ")", "check " + key + ".port (" + ("smtp".equals(protocol)
                    ? "465 for ssl, 587 for starttls" : "993 for ssl, 143 for starttls")
                    + ") and whether a firewall blocks it"));
            return false;
        }
        steps.add(CheckStep.ok("connected to port " + server.port() + " (" + server.security().name()
                .toLowerCase(Locale.ROOT) + ")"));
        return true;
    }

    static String redact(String text, Secret secret) {
        return secret == null ? text : secret.redact(text);
    }
}
