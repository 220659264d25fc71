package followup.config;

import followup.plan.Policy;
import followup.plan.Sender;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything in {@code application.conf}, read once and validated.
 *
 * @param file        the config file it came from
 * @param interviews  the directory of interview records
 * @param templates   the directory of message templates
 * @param renderTimeLimit the longest one message may take to render before its template is reported as stuck
 * @param holidays    {@code followup.policy.send-window.holidays}
 * @param web         the local page
 * @param operations  metrics and log format
 * @param candidates  {@code followup.candidates}: the directory of candidates (absolute), or null for one job seeker
 *                    whose sender and mail are in this file
 * @param candidate   the job seeker these settings are for: the folder name under {@code candidates}, or
 *                    {@link #SINGLE} ({@code ""}) for the one job seeker of a config without candidates (and for
 *                    the deployment's own settings, whose {@code sender} and {@code mail} are then null)
 */
public record Settings(Path file, Sender sender, Mail mail, Policy policy, Path interviews, Path templates,
                       Store store, boolean cluster, Duration renderTimeLimit, Holidays holidays, Web web,
                       Operations operations, Path candidates, String candidate) {

    /** The name of the one job seeker of a config without {@code candidates}. */
    public static final String SINGLE = "";

    public Settings {
        Objects.requireNonNull(candidate, "candidate");
    }

    /**
     * {@code key} (a path under {@code followup}, e.g. {@code mail.auth}) as it is written in this person's file:
     * {@code followup.mail.auth} in a config file, {@code mail.auth} in a candidate's {@code candidate.conf}.
     */
    public String key(String key) {
        return key(key, candidate);
    }

    /** {@code key} (a path under {@code followup}) as {@code candidate}'s file writes it (see {@link #key(String)}). */
    static String key(String key, String candidate) {
        return candidate == null || candidate.isEmpty() ? "followup." + key : key;
    }

    /**
     * Where {@code key} (a path under {@code followup}, e.g. {@code mail.smtp.username}) is set, as
     * {@code file:line}: in this candidate's {@code candidate.conf} or in the config file; the closest enclosing object
     * the file sets when it does not set the key itself, or the file alone.
     */
    public String where(String key) {
        String path = key(key);
        try {
            com.typesafe.config.Config c = ConfigFiles.parse(file);
            while (!path.isEmpty()) {
                if (c.hasPathOrNull(path)) {
                    int line = c.getValue(path).origin().lineNumber();
                    return Display.path(file) + (line > 0 ? ":" + line : "");
                }
                path = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            }
        } catch (RuntimeException e) {
            // unreadable now: the file alone
        }
        return Display.path(file);
    }

    /**
     * A warning at {@code sender.zone} when it is a fixed offset ({@code GMT+1}): a record without a zone of its own is
     * then read an hour off for half the year; or when it names no place ({@code CET}, {@code EST5EDT}): the send
     * window of such a record then knows no public holiday; or when it is in a country whose nations keep different
     * holidays and none is named ({@code Europe/London}, see {@link Nations}). The last two not with holidays turned
     * off. Empty otherwise.
     */
    public Optional<Problem> senderZoneWarning() {
        if (sender == null) {
            return Optional.empty();
        }
        // an offset puts the hours an hour off for half the year, holidays or not; a zone of no place only those
        Optional<Problem> offset = ZoneNames.fixedOffset(sender.zone().getId(), sender.zone()).map(w -> new Problem(
                Display.path(file), Math.max(0, Deployment.line(file, key("sender.zone"))), key("sender.zone"),
                "warning: " + w + " (records without a zone of their own)"));
        if (offset.isPresent() || !holidays.enabled()) {
            return offset;
        }
        return ZoneNames.noCountry(sender.zone()).map(w -> w + " (records without a zone and a country of their own)")
                .or(() -> Nations.ofZone(sender.zone(), holidays, null)).map(w -> new Problem(Display.path(file),
                Math.max(0, Deployment.line(file, key("sender.zone"))), key("sender.zone"), "warning: " + w));
    }

    /** {@code followup NAME} as this job seeker runs it: with {@code --candidate} in a deployment of candidates. */
    public String command(String name) {
        return command(name, candidate);
    }

    /**
     * {@code followup NAME}, with {@code --candidate CANDIDATE} unless {@code candidate} is {@link #SINGLE}: a command
     * named in advice, as the person the advice is for must run it.
     */
    public static String command(String name, String candidate) {
        return "followup " + name + (candidate == null || candidate.isEmpty() ? "" : " --candidate " + candidate);
    }

    /** True for a deployment of many candidates ({@code followup.candidates} set). */
    public boolean hasCandidates() {
        return candidates != null;
    }

    /** {@code followup.store.url}: the JDBC URL of the state database. */
    public String storeUrl() {
        return store.url();
    }

    /** {@code followup.store.url} as messages show it: any password in it hidden ({@link Store#shown}). */
    public String shownStoreUrl() {
        return Store.shown(store.url());
    }

    /**
     * {@code followup.store}: the state database, H2 ({@code jdbc:h2:...}) or PostgreSQL ({@code jdbc:postgresql:...}).
     * {@code toString()} never shows the password.
     *
     * @param username null for H2's default user, or PostgreSQL's default (the name of the user running followup)
     * @param password from {@code FOLLOWUP_STORE_PASSWORD} or {@code password-file}, or null
     * @param origin   where the URL is set, as the config's problems start ({@code conf/application.conf:12:
     *                 followup.store.url}), for a database that cannot be opened; null when not read from a file
     */
    public record Store(String url, String username, Secret password, String origin) {
        public Store {
            Objects.requireNonNull(url, "url");
        }

        public Store(String url, String username, Secret password) {
            this(url, username, password, null);
        }

        /** A database without user name or password (H2, or a PostgreSQL that trusts this user). */
        public static Store at(String url) {
            return new Store(url, null, null);
        }

        public boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        /**
         * A parameter of a JDBC URL that holds a password, refused in {@code followup.store.url}: PostgreSQL's
         * {@code password} and {@code sslpassword} ({@code ?...&name=value}), H2's {@code PASSWORD} and
         * {@code FILE_PASSWORD} ({@code ;NAME=value}).
         */
        static final Pattern PASSWORD_PARAMETER = Pattern.compile(
                "(?i)[?&;]\\s*(password|sslpassword|file_password)\\s*=");
        /** Any parameter whose name says password, and its value up to the next parameter: hidden when shown. */
        private static final Pattern PASSWORD_LIKE = Pattern.compile(
                "(?i)([?&;][\\sa-z0-9_.-]*password[\\sa-z0-9_.-]*=)[^;&]*");
        /** {@code user:password@} before a host: no driver of ours reads it, but it is hidden all the same. */
        private static final Pattern USER_INFO = Pattern.compile(
                "(//[^/?;@:]*:)[^/?;@]*@");

        /**
         * {@code url} as a message, a log line or a page may show it: the value of every parameter whose name holds
         * "password" (and a {@code user:password@}) replaced by {@code ***}, whatever the URL's scheme.
         */
        public static String shown(String url) {
            if (url == null) {
                return null;
            }
            String hidden = PASSWORD_LIKE.matcher(url).replaceAll("$1***");
            return USER_INFO.matcher(hidden).replaceAll("$1***@");
        }

        /** {@link #url} as messages show it ({@link #shown}). */
        public String shownUrl() {
            return shown(url);
        }

        /**
         * What a PostgreSQL or H2 server URL ({@code jdbc:h2:tcp:} or {@code jdbc:h2:ssl:}) writes before its host
         * ({@code user} of {@code //user@host}, {@code user:password} of {@code //user:password@host}), or null: neither
         * driver reads them there, each takes them for part of the host's name (and H2 repeats it in its error).
         */
        static String beforeHost(String url) {
            Matcher m = BEFORE_HOST.matcher(url);
            return m.find() ? m.group(1) : null;
        }

        private static final Pattern BEFORE_HOST = Pattern.compile("^jdbc:(?:postgresql|h2:tcp|h2:ssl)://([^/?#@]*)@");

        /** True if {@code url} holds a password parameter ({@link #PASSWORD_PARAMETER}), which is refused. */
        static boolean holdsPassword(String url) {
            return PASSWORD_PARAMETER.matcher(url).find();
        }

        @Override
        public String toString() {
            return "Store[" + shown(url) + " user=" + username + " password=" + (password == null ? "(none)"
                    : "(hidden)") + "]";
        }
    }

    /**
     * {@code followup.policy.send-window.holidays}: the send window stays shut on the recipient's public holidays.
     *
     * @param extra   dates that count as holidays for every recipient
     * @param ignore  dates that never count as holidays
     * @param regions by ISO 3166 country ({@code GB}), the region ({@code GB-ENG}) whose holidays count for a
     *                recipient there when neither the record nor the interviewer names one
     */
    public record Holidays(boolean enabled, Set<LocalDate> extra, Set<LocalDate> ignore, Map<String, String> regions) {
        public static final Holidays NONE = new Holidays(false, Set.of(), Set.of());

        public Holidays {
            extra = Set.copyOf(extra);
            ignore = Set.copyOf(ignore);
            regions = Map.copyOf(regions);
        }

        public Holidays(boolean enabled, Set<LocalDate> extra, Set<LocalDate> ignore) {
            this(enabled, extra, ignore, Map.of());
        }
    }

    public enum LogFormat { TEXT, JSON }

    /**
     * {@code followup.metrics} and {@code followup.log}.
     *
     * @param metricsPort where {@code /metrics} is served while the daemon runs (0: any free port); null: off
     * @param metricsBind the address it listens on
     */
    public record Operations(Integer metricsPort, String metricsBind, LogFormat logFormat) {
    }

    public enum Mode { SANDBOX, LIVE }

    public enum Security { SSL, STARTTLS, PLAIN }

    /** {@code followup.mail.provider}: a preset of hosts, ports, security, auth and save-sent (providers.conf). */
    public enum Provider { GMAIL, OUTLOOK, OFFICE365, FASTMAIL, ICLOUD, YAHOO, CUSTOM }

    /** {@code followup.mail.auth}: how both servers are signed in to. */
    public enum Auth { PASSWORD, OAUTH2 }

    /**
     * {@code followup.mail}.
     *
     * @param oauth2 the OAuth2 client with {@code auth = oauth2}, else null
     */
    public record Mail(Mode mode, Provider provider, Auth auth, Server smtp, Imap imap, OAuth2 oauth2, int maxPerHour,
                       int maxPerDay, Duration retryFirst, Duration retryMax, Sandbox sandbox) {
        /**
         * @param oauth2 the OAuth2 client with {@code auth = oauth2}; null otherwise, and in sandbox mode before a
         *               client id is set (the sandbox signs in with passwords, and only live mode needs one)
         */
        public Mail {
            if (auth == Auth.OAUTH2 && oauth2 == null && mode == Mode.LIVE) {
                throw new IllegalArgumentException("auth = oauth2 in live mode without an oauth2 client");
            }
        }
    }

    /** {@code followup.mail.oauth2.provider}: whose endpoints and scopes are the defaults, and how to log in. */
    public enum IdentityProvider { MICROSOFT, GOOGLE, CUSTOM }

    /**
     * {@code followup.mail.oauth2}, with the provider's endpoints and scopes filled in where none is set.
     * {@code toString()} never shows the client secret.
     *
     * @param deviceAuthorization the device authorization endpoint (RFC 8628), or null (Google)
     * @param authorization       the authorization endpoint for the loopback flow, or null (device flow only)
     * @param tokenFile           where the refresh token is kept (absolute)
     * @param candidate           the job seeker who signs in ({@link Settings#candidate}), named in the command that
     *                            renews the sign-in ({@link #loginCommand()}); null is {@link Settings#SINGLE}
     */
    public record OAuth2(IdentityProvider provider, String clientId, Secret clientSecret, URI deviceAuthorization,
                         URI token, URI authorization, List<String> scopes, Path tokenFile, String candidate) {
        public OAuth2 {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(tokenFile, "tokenFile");
            scopes = List.copyOf(scopes);
            candidate = candidate == null ? SINGLE : candidate;
        }

        /** The sign-in of the one job seeker of a config without candidates. */
        public OAuth2(IdentityProvider provider, String clientId, Secret clientSecret, URI deviceAuthorization,
                      URI token, URI authorization, List<String> scopes, Path tokenFile) {
            this(provider, clientId, clientSecret, deviceAuthorization, token, authorization, scopes, tokenFile, null);
        }

        /** The command that signs this job seeker in (again): {@code followup login}, with its candidate. */
        public String loginCommand() {
            return command("login", candidate);
        }

        /** {@code key} of these settings as the person's file writes it: {@code followup.mail.oauth2.scopes}. */
        public String key(String key) {
            return Settings.key("mail.oauth2." + key, candidate);
        }

        /** Google's device flow does not grant the mail scope: it signs in through a browser on this machine. */
        public boolean loopbackLogin() {
            return provider == IdentityProvider.GOOGLE || deviceAuthorization == null;
        }

        @Override
        public String toString() {
            return "OAuth2[" + provider + " client=" + clientId + " secret=" + (clientSecret == null ? "(none)"
                    : "(hidden)") + " token=" + token + " scopes=" + scopes + " token-file=" + tokenFile + "]";
        }
    }

    /**
     * One mail server, and whom to trust for its TLS certificate. {@code toString()} never shows the password.
     *
     * @param candidate the job seeker whose mail settings this server was read from ({@link Settings#candidate}),
     *                  for the keys and commands named in advice: {@code mail.smtp} of a candidate's
     *                  {@code candidate.conf} or {@code followup.mail.smtp} ({@link #keys(String)}), and
     *                  {@code followup login --candidate NAME} or {@code followup login}; null, for a server not read
     *                  from a file, is {@link Settings#SINGLE}
     */
    public record Server(String host, int port, Security security, String username, Secret password,
                         Duration connectTimeout, Duration timeout, Tls tls, String candidate) {
        public Server {
            Objects.requireNonNull(tls, "tls");
            candidate = candidate == null ? SINGLE : candidate;
        }

        /** A server of {@code followup.mail} (see {@link #keys(String)}). */
        public Server(String host, int port, Security security, String username, Secret password,
                      Duration connectTimeout, Duration timeout, Tls tls) {
            this(host, port, security, username, password, connectTimeout, timeout, tls, null);
        }

        /** A server whose certificate is checked against the JDK's default trust (the public CAs). */
        public Server(String host, int port, Security security, String username, Secret password,
                      Duration connectTimeout, Duration timeout) {
            this(host, port, security, username, password, connectTimeout, timeout, Tls.JDK_DEFAULT);
        }

        /**
         * This server's block as the person's file writes it, for the advice of a message: {@code mail.smtp} in a
         * candidate's {@code candidate.conf}, {@code followup.mail.smtp} in a config file.
         *
         * @param protocol {@code smtp} or {@code imap}: which block this server is
         */
        public String keys(String protocol) {
            return key("mail." + protocol.toLowerCase(Locale.ROOT), candidate);
        }

        /** {@code tls.trust-store} beside this server's block, as the person's file writes it. */
        public String trustStoreKey() {
            return key("mail.tls.trust-store", candidate);
        }

        /**
         * Where this server's password is set, for the advice after a refused login: the deployment's environment
         * variables are never a candidate's (their password is in their own {@code candidate.conf}).
         *
         * @param protocols the blocks named, {@code smtp}, {@code imap} or both
         */
        public String passwordSource(String... protocols) {
            if (candidate.isEmpty()) {
                return java.util.Arrays.stream(protocols).map(p -> "FOLLOWUP_" + p.toUpperCase(Locale.ROOT)
                        + "_PASSWORD").collect(java.util.stream.Collectors.joining(" / ")) + " or password-file";
            }
            return "password-file, or the variable named at password, in " + java.util.Arrays.stream(protocols)
                    .map(this::keys).collect(java.util.stream.Collectors.joining(" and ")) + " of their "
                    + Deployment.CANDIDATE_FILE;
        }

        /** The command that renews this server's OAuth2 sign-in, as its job seeker runs it. */
        public String loginCommand() {
            return command("login", candidate);
        }

        @Override
        public String toString() {
            return "Server[" + host + ":" + port + " " + security + " user=" + username + " password="
                    + (password == null ? "(none)" : "(hidden)") + " " + tls + "]";
        }
    }

    /**
     * {@code followup.mail.tls}: the certificates trusted for the SMTP and IMAP servers. Without a trust store the
     * JDK's default trust (the public CAs) applies; with one, exactly the certificates read from it at start-up.
     * {@code toString()} never shows the password.
     *
     * @param trustStore         the PKCS12 file the certificates were read from, or null for the JDK's trust
     * @param trustStorePassword its password (from the environment), or null
     * @param trusted            the certificates it holds, read once when the settings were loaded
     */
    public record Tls(Path trustStore, Secret trustStorePassword, List<X509Certificate> trusted) {
        public static final Tls JDK_DEFAULT = new Tls(null, null, List.of());

        public Tls {
            trusted = List.copyOf(trusted);
            if (trustStore == null && !trusted.isEmpty()) {
                throw new IllegalArgumentException("trusted certificates without the trust store they came from");
            }
            if (trustStore != null && trusted.isEmpty()) {
                throw new IllegalArgumentException("the trust store " + trustStore + " holds no certificate");
            }
        }

        /** True when the JDK's default trust applies (no {@code trust-store}). */
        public boolean jdkDefault() {
            return trustStore == null;
        }

        @Override
        public String toString() {
            return jdkDefault() ? "Tls[JDK default trust]" : "Tls[trust-store=" + trustStore + " ("
                    + trusted.size() + " certificate" + (trusted.size() == 1 ? "" : "s") + ") password="
                    + (trustStorePassword == null ? "(none)" : "(hidden)") + "]";
        }
    }

    /**
     * {@code followup.mail.imap}: the server plus what to watch.
     *
     * @param sentFolder the sent folder's name, or null to find it on the server (SPECIAL-USE {@code \Sent}, else
     *                   the usual names)
     */
    public record Imap(Server server, List<String> folders, String sentFolder, boolean saveSent,
                       Duration pollInterval, String draftsFolder) {
        public Imap {
            folders = List.copyOf(folders);
        }

        public Imap(Server server, List<String> folders, String sentFolder, boolean saveSent, Duration pollInterval) {
            this(server, folders, sentFolder, saveSent, pollInterval, "Drafts");
        }
    }

    /** {@code followup.mail.sandbox}: the embedded loopback mail server used in sandbox mode. */
    public record Sandbox(int smtpPort, int imapPort) {
    }

    /**
     * {@code followup.web}: the local page {@code run} serves.
     *
     * @param bind the address to listen on (loopback unless the user says otherwise)
     */
    public record Web(boolean enabled, String bind, int port) {
    }
}
