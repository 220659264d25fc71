package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.SendWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code application.conf} over the defaults in {@code reference.conf} into {@link Settings}, failing with
 * every problem at once.
 */
public final class SettingsLoader {
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    private SettingsLoader() {
    }

    public static Settings load(Path file) {
        return load(file, ConfigFactory.empty());
    }

    /**
     * @param overrides values that win over the file (used by {@code demo} to compress the policy)
     */
    public static Settings load(Path file, Config overrides) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, "no such config file (create it from the sample in the README, or"
                    + " pass --config FILE)");
        }
        Config reference = ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(), "reference.conf");
        List<Problem> problems = new ArrayList<>();
        Config user;
        Config merged;
        try {
            user = ConfigFactory.parseFile(file.toFile(),
                    ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
            rejectUnknown(user.root(), reference.root(), "", name, problems);
            merged = overrides.withFallback(user).withFallback(reference).resolve();
        } catch (ConfigException e) {
            problems.add(ConfigProblems.of(e, name));
            throw new BadInputException(problems);
        } catch (StackOverflowError e) {
            throw new BadInputException(List.of(tooDeep(name)));
        }
        List<Problem> shape = new ArrayList<>();
        checkShape(reference.root(), merged.root(), "", name, shape);
        if (!shape.isEmpty()) {
            problems.addAll(shape);
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        Config root = merged.getConfig("followup");
        Fields f = new Fields(root, name, "followup.", 1, problems, user.root());
        Settings settings = read(file, f);
        if (!problems.isEmpty()) {
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        return settings;
    }

    /** The config library's parser and resolver recurse: thousands of nested brackets overflow the stack. */
    private static Problem tooDeep(String file) {
        return new Problem(file, 0, "", "nests too deeply to be read (thousands of { or [ inside each other); the"
                + " config needs a few levels, as in the sample in the README");
    }

    /**
     * Every key the user wrote must exist in reference.conf. Both objects are walked unresolved (the user's file may
     * hold substitutions such as {@code password = ${?FOLLOWUP_SMTP_PASSWORD}}), so only their structure is read.
     */
    private static void rejectUnknown(ConfigObject object, ConfigObject reference, String path, String file,
                                      List<Problem> problems) {
        for (Map.Entry<String, ConfigValue> e : object.entrySet()) {
            String key = path.isEmpty() ? quote(e.getKey()) : path + "." + quote(e.getKey());
            ConfigValue known = reference.get(e.getKey());
            if (known == null) {
                Set<String> siblings = reference.keySet();
                String hint = Suggest.closest(e.getKey(), siblings).map(k -> "did you mean " + k + "?")
                        .orElse(siblings.isEmpty() ? "see the README for the keys"
                                : "known keys here: " + String.join(", ", siblings.stream().sorted().toList()));
                problems.add(new Problem(fileOf(e.getValue().origin(), file), Fields.lineOf(e.getValue()), key,
                        "unknown key (" + hint + ")"));
            } else if (e.getValue() instanceof ConfigObject child && known instanceof ConfigObject knownChild) {
                try {
                    rejectUnknown(child, knownChild, key, file, problems);
                } catch (ConfigException.NotResolved unresolved) {
                    // an object merged with a substitution ({ ... } ${base}): its keys are known only once resolved
                }
            }
        }
    }

    /**
     * Every object of reference.conf must still be an object once the user's file is merged in ({@code sender =
     * "Alex"} is not), else reading it would fail without saying where.
     */
    private static void checkShape(ConfigObject reference, ConfigObject merged, String path, String file,
                                   List<Problem> problems) {
        for (Map.Entry<String, ConfigValue> e : reference.entrySet()) {
            if (!(e.getValue() instanceof ConfigObject knownChild)) {
                continue;
            }
            String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            ConfigValue v = merged.get(e.getKey());
            if (v instanceof ConfigObject child) {
                checkShape(knownChild, child, key, file, problems);
            } else if (v != null) {
                problems.add(new Problem(fileOf(v.origin(), file), Fields.lineOf(v), key, "expected an object but"
                        + " found " + Fields.typeName(v) + " (a valid value looks like " + e.getKey() + " { ... })"));
            }
        }
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }

    static String fileOf(ConfigOrigin origin, String fallback) {
        return origin != null && origin.filename() != null ? origin.filename() : fallback;
    }

    private static Settings read(Path file, Fields f) {
        Path base = file.toAbsolutePath().getParent();
        Sender sender = sender(f.at("sender"));
        Settings.Mail mail = mail(f.at("mail"), base);
        Policy policy = policy(f.at("policy"));
        String interviews = f.line("interviews", true, "\"interviews\"");
        String templates = f.line("templates", true, "\"../templates\"");
        String storeUrl = f.line("store.url", true, "\"jdbc:h2:file:./data/followup\"");
        Boolean cluster = f.bool("cluster", true);
        Duration renderTimeLimit = f.duration("render-time-limit", true, "2s");
        if (renderTimeLimit != null && renderTimeLimit.isZero()) {
            f.problem("render-time-limit", "must be more than 0 (a valid value looks like render-time-limit = 2s)");
        }
        if (storeUrl != null && !storeUrl.startsWith("jdbc:")) {
            f.problem("store.url", "\"" + storeUrl + "\" is not a JDBC URL (a valid value looks like"
                    + " store.url = \"jdbc:h2:file:./data/followup\")");
        }
        Settings.Web web = web(f.at("web"));
        if (!f.problems().isEmpty()) {
            return null;
        }
        return new Settings(file, sender, mail, policy, base.resolve(interviews).normalize(),
                base.resolve(templates).normalize(), storeUrl, cluster, renderTimeLimit, web);
    }

    private static Settings.Web web(Fields f) {
        Boolean enabled = f.bool("enabled", true);
        String bind = f.line("bind", true, "\"127.0.0.1\"");
        Integer port = sandboxPort(f, "port");
        if (bind != null && !bind.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            f.problem("bind", "\"" + bind + "\" is not a host name or an IP address (a valid value looks like"
                    + " bind = \"127.0.0.1\")");
            return null;
        }
        if (enabled == null || bind == null || port == null) {
            return null;
        }
        return new Settings.Web(enabled, bind, port);
    }

    private static Sender sender(Fields f) {
        String name = f.line("name", true, "\"Alex Morgan\"");
        String email = f.email("email", true);
        String phone = f.line("phone", false, "\"+1 555 0100\"");
        ZoneId zone = f.zone("zone", true);
        String notify = f.email("notify", false);
        String debriefWith = f.email("debrief-with", false);
        if (name == null || email == null || zone == null) {
            return null;
        }
        return new Sender(name, email, phone, zone, notify, debriefWith);
    }

    private static Settings.Mail mail(Fields f, Path base) {
        Settings.Mode mode = f.choice("mode", Settings.Mode.class, true);
        boolean live = mode == Settings.Mode.LIVE;
        Settings.Tls tls = TlsSettings.read(f.at("tls"), base);
        Settings.Server smtp = server(f.at("smtp"), live, "FOLLOWUP_SMTP_PASSWORD", "smtp", tls, base);
        Fields imapFields = f.at("imap");
        Settings.Server imapServer = server(imapFields, live, "FOLLOWUP_IMAP_PASSWORD", "imap", tls, base);
        List<String> folders = imapFields.lines("folders", "[\"INBOX\"]");
        if (folders.isEmpty()) {
            imapFields.problem("folders", "lists no folder; replies are looked for there (a valid value looks like"
                    + " folders = [\"INBOX\"])");
        }
        String sentFolder = imapFields.line("sent-folder", true, "\"Sent\"");
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
        Integer smtpPort = sandboxPort(sandboxFields, "smtp-port");
        Integer imapPort = sandboxPort(sandboxFields, "imap-port");
        if (mode == null || smtp == null || imapServer == null || sentFolder == null || saveSent == null
                || poll == null || perHour == null || perDay == null || smtpPort == null || imapPort == null
                || retryFirst == null || retryMax == null) {
            return null;
        }
        return new Settings.Mail(mode, smtp, new Settings.Imap(imapServer, folders, sentFolder, saveSent, poll),
                perHour, perDay, retryFirst, retryMax, new Settings.Sandbox(smtpPort, imapPort));
    }

    /** A sandbox port: 0 means any free port. */
    private static Integer sandboxPort(Fields f, String key) {
        if (f.has(key) && f.rawString(key).strip().equals("0")) {
            return 0;
        }
        return port(f, key);
    }

    private static Integer port(Fields f, String key) {
        Integer port = f.positiveInt(key, true, "3025");
        if (port != null && port > 65_535) {
            f.problem(key, port + " is not a port number (1 to 65535)");
            return null;
        }
        return port;
    }

    private static Settings.Server server(Fields f, boolean live, String env, String protocol, Settings.Tls tls,
                                          Path base) {
        String host = f.line("host", live, "\"" + protocol + ".example.com\"");
        Integer port = port(f, "port");
        Settings.Security security = f.choice("security", Settings.Security.class, true);
        String username = f.line("username", live, "\"alex@example.com\"");
        Duration connectTimeout = f.duration("connect-timeout", true, "30s");
        Duration timeout = f.duration("timeout", true, "60s");
        Secret password = password(f, live, env, base);
        if (live && security == Settings.Security.PLAIN && host != null && !isLoopback(host)) {
            f.problem("security", "plain (unencrypted) is refused for " + host + ": the password would cross the"
                    + " network in clear (use security = ssl or starttls; plain is only for a loopback host)");
        }
        if (port == null || security == null || connectTimeout == null || timeout == null || tls == null) {
            return null;
        }
        return new Settings.Server(host, port, security, username, password, connectTimeout, timeout, tls);
    }

    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    /**
     * The password comes from the environment or a private file (a relative path is resolved against the config
     * file's directory, like every other path in it), never written in the config itself.
     */
    private static Secret password(Fields f, boolean live, String env, Path base) {
        boolean inline = f.has("password");
        String fileName = f.line("password-file", false, "\"/home/alex/.config/followup/smtp-password\"");
        if (inline && fileName != null) {
            f.problem("password-file", "both password and password-file are set; keep one");
            return null;
        }
        if (inline) {
            if (f.writtenInFile("password")) {
                f.problem("password", "is written into the config file; put it in the environment variable " + env
                        + " (password = ${?" + env + "}) or in a file named by password-file, never in the config");
                return null;
            }
            return Secret.of(f.rawString("password"));
        }
        if (fileName != null) {
            return readPasswordFile(f, base.resolve(fileName).normalize());
        }
        if (live) {
            f.problem("password", "missing: set the environment variable " + env + " or password-file = \"...\"");
        }
        return null;
    }

    private static Secret readPasswordFile(Fields f, Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                f.problem("password-file", "\"" + path + "\" does not exist or is not a file");
                return null;
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
                if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                    f.problem("password-file", "\"" + path + "\" can be read by other users; run chmod 600 \"" + path
                            + "\"");
                    return null;
                }
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: nothing to check
            }
            String content = Files.readString(path).strip();
            if (content.isEmpty()) {
                f.problem("password-file", "\"" + path + "\" is empty");
                return null;
            }
            return Secret.of(content);
        } catch (IOException e) {
            f.problem("password-file", "\"" + path + "\" cannot be read: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private static Policy policy(Fields f) {
        Duration promise = f.duration("promise-reminder.after", true, "1h");
        Duration handwritten = f.duration("handwritten-note.after", true, "1h");
        Duration thankYou = f.duration("thank-you.after", true, "3h");
        Duration thankYouLatest = f.duration("thank-you.latest", true, "48h");
        Boolean debriefEnabled = f.bool("debrief.enabled", true);
        Duration debrief = f.duration("debrief.after", true, "1d");
        Duration followUp = f.duration("follow-up.after", true, "7d");
        Duration followUpStated = f.duration("follow-up.after-stated-date", true, "1d");
        Duration second = f.duration("second-follow-up.after", true, "3d");
        Duration call = f.duration("call-reminder.after", true, "2d");
        Duration grace = f.duration("missed-grace", true, "2d");
        SendWindow window = window(f.at("send-window"));
        Policy.OnUncertain onUncertain = f.choice("on-uncertain", Policy.OnUncertain.class, true);
        if (thankYou != null && thankYouLatest != null && thankYouLatest.compareTo(thankYou) < 0) {
            f.problem("thank-you.latest", "(" + thankYouLatest + ") is earlier than thank-you.after (" + thankYou
                    + "); the latest bound must come after the planned time (a valid value looks like latest = 48h)");
        }
        if (promise == null || handwritten == null || thankYou == null || thankYouLatest == null
                || debriefEnabled == null || debrief == null || followUp == null || followUpStated == null
                || second == null || call == null || grace == null || window == null || onUncertain == null
                || !f.problems().isEmpty()) {
            return null;
        }
        return new Policy(promise, handwritten, thankYou, thankYouLatest, debriefEnabled, debrief, followUp,
                followUpStated, second, call, grace, window, onUncertain);
    }

    private static SendWindow window(Fields f) {
        Boolean enabled = f.bool("enabled", true);
        List<Fields.Item> dayNames = f.lineItems("days", "[MON, TUE, WED, THU, FRI]");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Fields.Item d : dayNames) {
            DayOfWeek day = DAYS.get(d.value().toUpperCase(Locale.ROOT));
            if (day == null) {
                f.problemAt(d.line(), d.key(), "\"" + d.value() + "\" is not a day (use MON, TUE, WED, THU, FRI, SAT,"
                        + " SUN)");
            } else {
                days.add(day);
            }
        }
        LocalTime from = f.time("from", "\"09:00\"");
        LocalTime until = f.time("until", "\"17:00\"");
        if (days.isEmpty() && Boolean.TRUE.equals(enabled) && dayNames.isEmpty()) {
            f.problem("days", "lists no day; the window would never open (a valid value looks like days = [MON, TUE,"
                    + " WED, THU, FRI], or set enabled = false)");
            return null;
        }
        if (from != null && until != null && !from.isBefore(until)) {
            f.problem("until", "(" + until + ") is not after from (" + from + "); the window must open before it"
                    + " closes (a valid value looks like until = \"17:00\")");
            return null;
        }
        if (enabled == null || from == null || until == null || days.isEmpty()) {
            return null;
        }
        return new SendWindow(enabled, days, from, until);
    }
}
