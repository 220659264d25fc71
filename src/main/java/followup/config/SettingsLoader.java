package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import followup.plan.Policy;
import followup.plan.Sender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code application.conf} over the defaults in {@code reference.conf} into {@link Settings}, failing with
 * every problem at once.
 */
public final class SettingsLoader {
    private SettingsLoader() {
    }

    /**
     * {@code reference.conf}, parsed once: a deployment reads it for each of its candidates (1,000 parses took half of
     * a {@code status} of 1,000 candidates), and a config is immutable.
     */
    private static final class Reference {
        static final Config CONFIG = ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(),
                "reference.conf");
        /**
         * reference.conf as a candidate's defaults: without the secrets it takes from the environment
         * ({@code FOLLOWUP_SMTP_PASSWORD}, ...). Those are the one job seeker's of a config without candidates; read
         * for every candidate, they would make the deployment's password each candidate's and send it to their own
         * server. A candidate's secret comes from their candidate.conf ({@code password-file}, or {@code password =
         * ${?A_VARIABLE}} written there).
         */
        static final Config CANDIDATE = ConfigFactory.parseString(String.join("\n", ENVIRONMENT_SECRETS.stream()
                .map(path -> "followup." + path + " = null").toList())).withFallback(CONFIG);
    }

    /** The keys whose default in reference.conf is an environment variable ({@code ${?FOLLOWUP_...}}). */
    static final List<String> ENVIRONMENT_SECRETS = List.of("mail.smtp.password", "mail.imap.password",
            "mail.tls.trust-store-password", "mail.oauth2.client-secret");

    public static Settings load(Path file) {
        return load(file, ConfigFactory.empty());
    }

    /**
     * @param overrides values that win over the file (used by {@code demo} to compress the policy)
     */
    public static Settings load(Path file, Config overrides) {
        return load(file, overrides, true);
    }

    /**
     * @param secrets false for a command that never signs in to a server (status, plan, hold, ...): a password the
     *                environment does not give is then no problem, as it is for {@code run} and {@code validate}
     */
    public static Settings load(Path file, Config overrides, boolean secrets) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            Path inside = file.resolve("application.conf");
            throw new BadInputException(name, "is a directory, not a config file (pass the file itself: --config "
                    + (Files.isRegularFile(inside) ? inside : "FILE") + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, "no such config file (create it from the sample in the README, or"
                    + " pass --config FILE)");
        }
        Config reference = Reference.CONFIG;
        List<Problem> problems = new ArrayList<>();
        Config user = null;
        Config merged;
        String utf16 = RecordText.utf16(firstBytes(file));
        if (utf16 != null) {
            throw new BadInputException(List.of(new Problem(name, 0, "", utf16)));
        }
        problems.addAll(ConfigIncludes.missing(file, name));
        List<Problem> quotes = QuoteMistakes.inFile(file, name);
        if (!quotes.isEmpty()) {   // the parser would take the quotes in, or join two texts into one
            problems.addAll(quotes);
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        try {
            user = ConfigFiles.parseRequired(file);
            rejectUnknown(user.root(), reference.root(), "", name, problems);
            Config preset = Presets.of(overrides.withFallback(user).withFallback(reference).resolve());
            merged = overrides.withFallback(user).withFallback(preset).withFallback(reference).resolve();
        } catch (ConfigException e) {
            if (problems.isEmpty()) {   // else a required include that is missing, already named at its line
                problems.add(ConfigProblems.of(e, name, user == null ? null : user.root()));
            }
            throw new BadInputException(problems);
        } catch (StackOverflowError e) {
            throw new BadInputException(List.of(tooDeep(name)));
        }
        List<Problem> shape = new ArrayList<>();
        checkShape(reference.root(), merged.root(), "", name, shape);
        if (!shape.isEmpty()) {
            problems.addAll(shape);
            problems.addAll(around(shape, merged, reference, file, user));
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        Config root = merged.getConfig("followup");
        Fields f = new Fields(root, name, "followup.", 1, problems, user.root(), secrets);
        Settings settings = read(file, f, null, Settings.SINGLE);
        f.hideSecretsInProblems();
        if (!problems.isEmpty()) {
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        return settings;
    }

    /** The first two bytes of {@code file}, to tell its encoding; none when it cannot be read (the parse says why). */
    private static byte[] firstBytes(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(2);
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    /**
     * The problems of every other key, when some have the wrong shape ({@code sender = "Alex"}): the settings are read
     * once more with those keys at their defaults, so that validate lists every problem at once instead of one
     * shape at a time. What that read says under a replaced key is about the default, not the user's value, and is
     * left out.
     */
    private static List<Problem> around(List<Problem> shape, Config merged, Config reference, Path file,
                                        Config user) {
        List<Problem> rest = new ArrayList<>();
        try {
            Config patched = merged;
            for (Problem p : shape) {
                patched = patched.withoutPath(p.key());
            }
            patched = patched.withFallback(reference.resolve());
            Fields f = new Fields(patched.getConfig("followup"), file.toString(), "followup.", 1, rest, user.root());
            read(file, f, null, Settings.SINGLE);
            f.hideSecretsInProblems();
        } catch (RuntimeException e) {
            return List.of();      // the shape's problems stand on their own
        }
        return rest.stream().filter(r -> shape.stream().noneMatch(s -> r.key().equals(s.key())
                || r.key().startsWith(s.key() + "."))).toList();
    }

    /** The keys a {@code candidate.conf} may set: the person's own; the rest is the deployment's. */
    static final Set<String> CANDIDATE_KEYS = Set.of("sender", "mail", "policy", "templates");

    /**
     * The deployment's policy, every candidate's default ({@code followup.policy} of its config file): read once for
     * all the candidates of one {@link Deployment#load}.
     */
    static Config sharedPolicy(Settings deployment) {
        try {
            return ConfigFiles.parse(deployment.file()).withOnlyPath("followup.policy");
        } catch (ConfigException e) {    // changed since it was read a moment ago
            throw new BadInputException(List.of(ConfigProblems.of(e, deployment.file().toString())));
        }
    }

    /**
     * One candidate of a deployment: {@code NAME/candidate.conf} (the keys of {@link #CANDIDATE_KEYS}, written at the
     * top level, with the same rules as under {@code followup}) over the deployment's policy and templates and
     * reference.conf. Its interviews are {@code NAME/interviews}; the store, cluster, page and metrics are the
     * deployment's. Relative paths in it (templates, password and token files) are relative to {@code NAME/}.
     *
     * @param shared the deployment's policy ({@link #sharedPolicy})
     */
    static Settings loadCandidate(Settings deployment, Config shared, String name, Path conf) {
        return loadCandidate(deployment, shared, name, conf, true);
    }

    /** @param secrets as for {@link #load(Path, Config, boolean)} */
    static Settings loadCandidate(Settings deployment, Config shared, String name, Path conf, boolean secrets) {
        String confName = Display.path(conf);
        if (!Files.isRegularFile(conf)) {
            throw new BadInputException(confName, "no such file: each folder in " + Display.path(
                    deployment.candidates()) + " is one job seeker and holds candidate.conf (sender and mail) and"
                    + " interviews/");
        }
        List<Problem> problems = new ArrayList<>(ConfigIncludes.missing(conf, confName));
        List<Problem> quotes = QuoteMistakes.inFile(conf, confName);
        if (!quotes.isEmpty()) {
            problems.addAll(quotes);
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        Config reference = Reference.CONFIG;
        ConfigObject referenceRoot = (ConfigObject) reference.root().get("followup");
        Config own = null;
        Config merged;
        try {
            own = ConfigFiles.parseRequired(conf);
            for (Map.Entry<String, ConfigValue> e : own.root().entrySet()) {
                if (!CANDIDATE_KEYS.contains(e.getKey()) && referenceRoot.containsKey(e.getKey())) {
                    problems.add(new Problem(fileOf(e.getValue().origin(), confName), Fields.lineOf(e.getValue()),
                            quote(e.getKey()), "is set for the whole deployment in " + Display.path(deployment.file())
                            + ", not per candidate (candidate.conf holds " + String.join(", ",
                            CANDIDATE_KEYS.stream().sorted().toList()) + ")"));
                }
            }
            ConfigValue wrapped = own.root().get("followup");
            if (wrapped != null) {  // application.conf's shape, copied: say how a candidate.conf is written instead
                problems.add(new Problem(fileOf(wrapped.origin(), confName), Fields.lineOf(wrapped), "followup",
                        "candidate.conf takes its keys without followup { } around them: write sender { ... } and"
                        + " mail { ... } (and policy, templates) at the top of the file"));
                throw new BadInputException(problems);   // its sender and mail would all be reported missing
            }
            ConfigObject known = referenceRoot.withOnlyKey("sender").withFallback(referenceRoot.withOnlyKey("mail"))
                    .withFallback(referenceRoot.withOnlyKey("policy"))
                    .withFallback(referenceRoot.withOnlyKey("templates"));
            rejectUnknown(own.root().withoutKey("interviews").withoutKey("store").withoutKey("cluster")
                    .withoutKey("candidates").withoutKey("render-time-limit").withoutKey("web")
                    .withoutKey("metrics").withoutKey("log").withoutKey("followup"), known, "", confName, problems);
            // the deployment's policy is every candidate's default; everything else of it is not theirs to read,
            // nor the deployment's keys written here (refused above), so that they are not reported twice
            ConfigObject theirs = own.root();
            for (String key : own.root().keySet()) {
                if (!CANDIDATE_KEYS.contains(key)) {
                    theirs = theirs.withoutKey(key);
                }
            }
            Config user = theirs.toConfig().atPath("followup").withFallback(shared);
            Config defaults = Reference.CANDIDATE;     // without the environment's secrets: not this candidate's
            Config preset = Presets.of(user.withFallback(defaults).resolve());
            merged = user.withFallback(preset).withFallback(defaults).resolve();
        } catch (ConfigException e) {
            // a required include that is missing fails to be read (IO), and is already named at its line
            if (!(e instanceof ConfigException.IO) || problems.isEmpty()) {
                problems.add(ConfigProblems.of(e, confName, own == null ? null : own.root()));
            }
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        } catch (StackOverflowError e) {
            throw new BadInputException(List.of(tooDeep(confName)));
        }
        // an unknown or misplaced key hides nothing else: the rest is read as in application.conf, unless a key
        // has the wrong shape, which could not be read
        List<Problem> shape = new ArrayList<>();    // named as this file writes its keys, without followup.
        checkShape(referenceRoot, merged.getConfig("followup").root(), "", confName, shape);
        if (!shape.isEmpty()) {
            problems.addAll(shape);
            problems.sort(Problem.ORDER);
            throw new BadInputException(problems);
        }
        Fields f = new Fields(merged.getConfig("followup"), confName, "", 1, problems, own.root(), secrets);
        Settings settings = read(conf, f, deployment, name);
        f.hideSecretsInProblems();
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
            if (known == null && path.isEmpty() && reference.get("followup") instanceof ConfigObject inside
                    && inside.containsKey(e.getKey())) {  // application.conf's keys written without followup { }
                problems.add(new Problem(fileOf(e.getValue().origin(), file), Fields.lineOf(e.getValue()), key,
                        "unknown key at the top of the file: it goes inside followup { ... } (followup." + key + ")"));
            } else if (known == null) {
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

    /**
     * The file a problem is in, as the other problems of {@code fallback} name it: the file being read is named as the
     * caller names it, an included one as {@link Display#path} does.
     */
    static String fileOf(ConfigOrigin origin, String fallback) {
        if (origin == null || origin.filename() == null) {
            return fallback;
        }
        Path file = Path.of(origin.filename()).toAbsolutePath().normalize();
        return file.equals(Path.of(fallback).toAbsolutePath().normalize()) ? fallback : Display.path(file);
    }

    /**
     * @param deployment the deployment's own settings when {@code file} is a candidate's {@code candidate.conf}, else
     *                   null
     */
    private static Settings read(Path file, Fields f, Settings deployment, String candidate) {
        Path base = file.toAbsolutePath().getParent();
        String candidates = deployment == null ? f.line("candidates", false, "\"candidates\"") : null;
        Sender sender = null;
        Settings.Mail mail = null;
        if (candidates == null) {
            sender = sender(f.at("sender"));
            mail = MailSettings.read(f.at("mail"), base, sender == null ? null : sender.email(), candidate);
        } else {
            for (String personal : List.of("sender", "mail")) {
                if (f.setInOwnFile(personal)) {
                    f.problem(personal, "is set per candidate when candidates is set: move it into each"
                            + " candidate's " + candidates + "/NAME/candidate.conf");
                }
            }
        }
        Policy policy = PolicySettings.read(f.at("policy"));
        Settings.Holidays holidays = PolicySettings.holidays(f.at("policy.send-window.holidays"));
        String interviews = f.line("interviews", true, "\"interviews\"");
        String templates = f.line("templates", true, "\"../templates\"");
        Settings.Store store = StoreSettings.read(f.at("store"), base);
        Boolean cluster = f.bool("cluster", true);
        Duration renderTimeLimit = f.duration("render-time-limit", true, "2s");
        Settings.Operations operations = PageSettings.operations(f);
        if (renderTimeLimit != null && renderTimeLimit.isZero()) {
            f.problem("render-time-limit", "must be more than 0 (a valid value looks like render-time-limit = 2s)");
        }
        StoreSettings.checkCluster(f, deployment == null ? Boolean.TRUE.equals(cluster) : deployment.cluster(),
                deployment == null ? store : null, mail, deployment != null);
        Settings.Web web = PageSettings.web(f.at("web"));
        if (web != null && operations.metricsPort() != null) {
            PageSettings.sharedPort(f, web, operations);
        }
        if (!f.problems().isEmpty()) {
            return null;
        }
        if (deployment != null) {
            Path ownTemplates = f.setInOwnFile("templates") ? base.resolve(templates).normalize()
                    : deployment.templates();
            return new Settings(file, sender, mail, policy, base.resolve("interviews"), ownTemplates,
                    deployment.store(), deployment.cluster(), deployment.renderTimeLimit(), holidays,
                    deployment.web(), deployment.operations(), deployment.candidates(), candidate);
        }
        return new Settings(file, sender, mail, policy, base.resolve(interviews).normalize(),
                base.resolve(templates).normalize(), store, cluster, renderTimeLimit, holidays, web,
                operations, candidates == null ? null : base.resolve(candidates).normalize(), candidate);
    }

    /** Whether {@code host} names this machine (localhost, 127.x, ::1): where plain connections and the page may go. */
    public static boolean isLoopback(String host) {
        return MailSettings.isLoopback(host);
    }

    private static Sender sender(Fields f) {
        String name = f.line("name", true, "\"Alex Morgan\"");
        String email = f.email("email", true);
        String phone = f.line("phone", false, "\"+1 555 0100\"");
        ZoneId zone = f.zone("zone", true);
        String notify = f.email("notify", false);
        String debriefWith = f.email("debrief-with", false);
        String language = Languages.read(f, "language", true);
        if (name == null || email == null || zone == null || language == null) {
            return null;
        }
        return new Sender(name, email, phone, zone, notify, debriefWith, language);
    }
}
