package followup.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Reads {@code followup.mail}: mode, provider preset, servers, how they are signed in to, caps and retries. */
final class MailSettings {
    private MailSettings() {
    }

    /**
     * @param base        the config file's directory: relative paths in it are resolved against it
     * @param senderEmail the sender's address, the user name with a provider preset when none is set; null if bad
     * @param candidate   the job seeker these are the mail settings of ({@link Settings#candidate}), for the keys
     *                    and commands named in advice
     */
    static Settings.Mail read(Fields f, Path base, String senderEmail, String candidate) {
        Settings.Mode mode = f.choice("mode", Settings.Mode.class, true);
        Settings.Provider provider = f.choice("provider", Settings.Provider.class, true);
        Settings.Auth auth = f.choice("auth", Settings.Auth.class, true);
        boolean live = mode == Settings.Mode.LIVE;
        String defaultUser = provider != null && provider != Settings.Provider.CUSTOM ? senderEmail : null;
        Settings.OAuth2 oauth2 = auth == Settings.Auth.OAUTH2 ? OAuthSettings.read(f.at("oauth2"), base, live,
                candidate) : null;
        Login login = new Login(live, auth == Settings.Auth.PASSWORD, defaultUser);
        Settings.Tls tls = TlsSettings.read(f.at("tls"), base);
        Settings.Server smtp = server(f.at("smtp"), login, "FOLLOWUP_SMTP_PASSWORD", "smtp", tls, base, candidate);
        Fields imapFields = f.at("imap");
        Settings.Server imapServer = server(imapFields, login, "FOLLOWUP_IMAP_PASSWORD", "imap", tls, base,
                candidate);
        List<String> folders = imapFields.lines("folders", "[\"INBOX\"]");
        if (folders.isEmpty()) {
            imapFields.problem("folders", "lists no folder; replies are looked for there (a valid value looks like"
                    + " folders = [\"INBOX\"])");
        }
        String sentFolder = imapFields.line("sent-folder", false, "\"Sent\"");
        if (sentFolder != null && sentFolder.isBlank()) {
            sentFolder = null;
        }
        String draftsFolder = imapFields.line("drafts-folder", true, "\"Drafts\"");
        Boolean saveSent = imapFields.bool("save-sent", true);
        Duration poll = imapFields.duration("poll-interval", true, "5m");
        if (poll != null && poll.compareTo(Duration.ofSeconds(1)) < 0) {
            imapFields.problem("poll-interval", "must be at least 1s (a valid value looks like poll-interval = 5m)");
        }
        Integer perHour = f.positiveInt("max-per-hour", true, "60");
        Integer perDay = f.positiveInt("max-per-day", true, "400");
        Duration retryFirst = f.duration("retry.first", true, "1m");
        Duration retryMax = f.duration("retry.max", true, "1h");
        if (retryFirst != null && retryFirst.isZero()) {
            f.problem("retry.first", "must be more than 0 (a valid value looks like retry.first = 1m)");
        }
        Fields sandboxFields = f.at("sandbox");
        Integer smtpPort = sandboxPort(sandboxFields, "smtp-port", "3025");
        Integer imapPort = sandboxPort(sandboxFields, "imap-port", "3143");
        if (mode == null || provider == null || auth == null || smtp == null || imapServer == null
                || draftsFolder == null || saveSent == null || poll == null || perHour == null || perDay == null || smtpPort == null
                || imapPort == null || retryFirst == null || retryMax == null
                || live && auth == Settings.Auth.OAUTH2 && oauth2 == null) {
            return null;
        }
        return new Settings.Mail(mode, provider, auth, smtp,
                new Settings.Imap(imapServer, folders, sentFolder, saveSent, poll, draftsFolder), oauth2, perHour, perDay,
                retryFirst, retryMax, new Settings.Sandbox(smtpPort, imapPort));
    }

    /**
     * How a server block is read: whether its host and user are required (live mode), whether it needs a
     * password (auth = password), and the user name when none is set (a provider preset's: the sender's address).
     */
    private record Login(boolean live, boolean password, String defaultUser) {
    }

    /**
     * A port of a server followup runs (the sandbox's, the page's): 0 means any free port.
     *
     * @param example a valid value, for the advice when the value is not one
     */
    static Integer sandboxPort(Fields f, String key, String example) {
        if (f.has(key) && f.rawString(key).strip().equals("0")) {
            return 0;
        }
        if (f.has(key) && f.rawString(key).strip().startsWith("-")) {
            f.problem(key, "must be 0 (any free port) or a port number from 1 to 65535 (a valid value looks like "
                    + key + " = " + example + ")");
            return null;
        }
        return port(f, key, example);
    }

    static Integer port(Fields f, String key, String example) {
        Integer port = f.positiveInt(key, true, example);
        if (port != null && port > 65_535) {
            f.problem(key, port + " is not a port number (1 to 65535)");
            return null;
        }
        return port;
    }

    /** @param candidate whose mail settings these are, for the keys and commands named in advice */
    private static Settings.Server server(Fields f, Login login, String env, String protocol, Settings.Tls tls,
                                          Path base, String candidate) {
        String host = f.line("host", login.live(), "\"" + protocol + ".example.com\"");
        Integer port = port(f, "port", protocol.equals("smtp") ? "587" : "993");
        Settings.Security security = f.choice("security", Settings.Security.class, true);
        String username = f.line("username", login.live() && login.defaultUser() == null, "\"alex@example.com\"");
        if (username == null && !f.has("username")) {
            username = login.defaultUser();
        }
        Duration connectTimeout = f.duration("connect-timeout", true, "30s");
        Duration timeout = f.duration("timeout", true, "60s");
        Secret password = password(f, login.live() && login.password(), env, base, candidate);
        if (!login.password()) {
            password = null;       // signed in with an OAuth2 access token, which replaces the password
        }
        if (login.live() && security == Settings.Security.PLAIN && host != null && !isLoopback(host)) {
            f.problem("security", "plain (unencrypted) is refused for " + host + ": the password would cross the"
                    + " network in clear (use security = ssl or starttls; plain is only for a loopback host)");
        }
        if (port == null || security == null || connectTimeout == null || timeout == null || tls == null) {
            return null;
        }
        return new Settings.Server(host, port, security, username, password, connectTimeout, timeout, tls, candidate);
    }

    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    /**
     * The password comes from the environment or a private file (a relative path is resolved against the config
     * file's directory, like every other path in it), never written in the config itself. The variable {@code env}
     * ({@code FOLLOWUP_SMTP_PASSWORD}, ...) is the default of a config without candidates only: a candidate's
     * password comes from their candidate.conf ({@code password-file}, or {@code password = ${?VARIABLE}} there),
     * else it would be the deployment's, sent to the candidate's own server.
     *
     * @param candidate who signs in with it, named in the advice to sign in with OAuth2 instead
     */
    static Secret password(Fields f, boolean required, String env, Path base, String candidate) {
        boolean single = candidate == null || candidate.isEmpty();
        String variable = single ? env : ownVariable(candidate, env);
        boolean inline = f.has("password");
        String fileName = f.line("password-file", false, "\"/home/alex/.config/followup/smtp-password\"");
        if (inline && fileName != null) {
            f.problem("password-file", single && !f.setInOwnFile("password")
                    ? env + " is set in the environment and password-file too; unset one"
                    : "both password and password-file are set; keep one");
            return null;
        }
        if (inline) {
            if (f.writtenInFile("password")) {
                f.problem("password", "is written into the config file; put it in " + (single
                        ? "the environment variable " + env : "an environment variable of this candidate's")
                        + " (password = ${?" + variable + "}) or in a file named by password-file, never in the"
                        + " config");
                return null;
            }
            return f.secret("password");
        }
        if (fileName != null && !f.secretsNeeded()) {
            return null;    // a command that never signs in: the file may be readable only where the daemon runs
        }
        if (fileName != null) {
            return readPasswordFile(f, base.resolve(fileName).normalize());
        }
        if (required && f.secretsNeeded()) {
            f.problem("password", (single ? "missing: set the environment variable " + env
                    + " or password-file = \"...\"" : "missing: set password-file = \"...\" (a file in this"
                    + " candidate's folder) or password = ${?" + variable + "} with a variable of their own ("
                    + env + " is for a config without candidates, never a candidate's)")
                    + " (or sign in with OAuth2: auth = oauth2 and `" + Settings.command("login", candidate) + "`)");
        }
        return null;
    }

    /**
     * The variable a candidate's password could come from, for advice: {@code FOLLOWUP_SMTP_PASSWORD} of {@code
     * alice} is {@code ALICE_SMTP_PASSWORD}.
     */
    static String ownVariable(String candidate, String env) {
        String name = candidate.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return (Character.isDigit(name.charAt(0)) ? "CANDIDATE_" : "") + name
                + env.substring(env.indexOf('_'));
    }

    private static Secret readPasswordFile(Fields f, Path path) {
        PasswordFile.Read read = PasswordFile.read(path);
        if (read.problem() != null) {
            f.problem("password-file", read.problem());
        }
        return read.secret();
    }
}
