package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one config file runs: its own settings, and the job seekers it sends for. Without {@code followup.candidates}
 * that is the one person whose sender and mail are in the file; with it, every folder {@code NAME/} of that directory
 * that holds a valid {@code candidate.conf}.
 *
 * @param settings   the config file's own settings (with candidates: its sender and mail are null)
 * @param candidates the settings of each job seeker that can run, by name, in name order
 * @param problems   candidates that cannot run, each problem naming its file and line (a broken
 *                   {@code candidate.conf}, two candidates with one sender address, a templates directory that
 *                   does not exist); the others run regardless
 * @param awaited    the templates directories whose absence leaves candidates out: a running daemon starts them
 *                   once these exist
 */
public record Deployment(Settings settings, List<Settings> candidates, List<Problem> problems, Set<Path> awaited) {
    public static final String CANDIDATE_FILE = "candidate.conf";
    /** A candidate's name: its folder's name, which also starts its interviews' ids ({@code NAME/acme}). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_REPORTED = 200;

    public Deployment {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
        awaited = Set.copyOf(awaited);
    }

    public static Deployment load(Path file) {
        return load(file, ConfigFactory.empty());
    }

    /** @param overrides values that win over the config file (see {@link SettingsLoader#load(Path, Config)}) */
    public static Deployment load(Path file, Config overrides) {
        return load(file, overrides, true);
    }

    /**
     * For a command that never signs in to a mail server (status, plan, preview, hold, resume, log, the page's
     * actions): a password the environment does not give is no problem there (the daemon's service file may hold
     * them, not the shell).
     */
    public static Deployment withoutSecrets(Path file) {
        return load(file, ConfigFactory.empty(), false);
    }

    private static Deployment load(Path file, Config overrides, boolean secrets) {
        Settings settings = SettingsLoader.load(file, overrides, secrets);
        if (!settings.hasCandidates()) {
            return new Deployment(settings, List.of(settings), List.of(), Set.of());
        }
        Path dir = settings.candidates();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(List.of(new Problem(file.toString(), Math.max(0, line(file,
                    "followup.candidates")), "followup.candidates", Display.path(dir) + (Files.exists(dir)
                    ? " is a file, not a directory (point followup.candidates at the directory"
                    : " does not exist (create it") + ", with a folder per job seeker holding candidate.conf and"
                    + " interviews/)")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Settings> loaded = new LinkedHashMap<>();
        com.typesafe.config.Config shared = SettingsLoader.sharedPolicy(settings);
        for (Path folder : folders(dir)) {
            String name = folder.getFileName().toString();
            if (!NAME.matcher(name).matches()) {
                problems.add(new Problem(Display.path(folder), 0, "", "is not a candidate name (letters, digits, '.',"
                        + " '_' and '-', starting with a letter or digit, at most 64): rename the folder"));
                continue;
            }
            try {
                loaded.put(name, SettingsLoader.loadCandidate(settings, shared, name,
                        folder.resolve(CANDIDATE_FILE), secrets));
            } catch (BadInputException e) {
                problems.addAll(e.problems().subList(0, Math.min(e.problems().size(), MAX_REPORTED)));
            }
        }
        SharedMailboxes.refuse(loaded, problems);
        problems.sort(Problem.ORDER);
        return new Deployment(settings, List.copyOf(loaded.values()), problems, Set.of());
    }

    /**
     * This deployment without the candidates whose templates directory does not exist, each named in
     * {@link #problems} and its directory in {@link #awaited}: what the daemon runs and what {@code validate} and
     * {@code status} report. A command about one person's mailbox ({@code check}, {@code login}) needs no templates.
     */
    public Deployment withTemplates() {
        if (!many()) {
            return this;
        }
        Map<String, Settings> loaded = new LinkedHashMap<>();
        candidates.forEach(c -> loaded.put(c.candidate(), c));
        List<Problem> all = new ArrayList<>(problems);
        Set<Path> missing = refuseMissingTemplates(settings, loaded, all);
        if (missing.isEmpty()) {
            return this;
        }
        all.sort(Problem.ORDER);
        return new Deployment(settings, List.copyOf(loaded.values()), all, missing);
    }

    /**
     * A candidate whose templates directory does not exist could render no message: left out until it exists, so
     * that the others run. A directory of their own is their problem, at the {@code templates} line of their
     * {@code candidate.conf}; the deployment's (theirs when they set none) is one problem, at
     * {@code followup.templates} in the config file, naming everyone it keeps out.
     */
    private static Set<Path> refuseMissingTemplates(Settings deployment, Map<String, Settings> loaded,
                                                    List<Problem> problems) {
        List<String> shared = new ArrayList<>();
        Set<Path> missing = new LinkedHashSet<>();
        for (Settings s : List.copyOf(loaded.values())) {
            if (Files.isDirectory(s.templates())) {
                continue;
            }
            loaded.remove(s.candidate());
            missing.add(s.templates());
            int own = line(s.file(), "templates");
            if (own < 0) {
                shared.add(s.candidate());
                continue;
            }
            problems.add(new Problem(Display.path(s.file()), own, "templates", "\"" + Display.path(s.templates())
                    + "\" does not exist: create it with the templates (a copy of the project's templates/ directory"
                    + " to start from), or point templates at another; candidate " + s.candidate() + " is left out"
                    + " until then"));
        }
        if (!shared.isEmpty()) {
            int at = line(deployment.file(), "followup.templates");
            String unset = at < 0 ? " (followup.templates is not set, and its default is \"../templates\", relative"
                    + " to this file)" : "";
            problems.add(new Problem(Display.path(deployment.file()), Math.max(at, 0), "followup.templates", "\""
                    + Display.path(deployment.templates()) + "\" does not exist" + unset + ": create it with the"
                    + " templates (a copy of the project's templates/ directory to start from), or point"
                    + " followup.templates at another, or templates in a candidate.conf; left out until then: "
                    + String.join(", ", shared)));
        }
        return missing;
    }

    /** The line of {@code path} in {@code conf}: 0 when it is set but its line is not known, -1 when it is not set. */
    static int line(Path conf, String path) {
        try {
            Config c = ConfigFiles.parse(conf);
            return c.hasPath(path) ? Math.max(0, c.getValue(path).origin().lineNumber()) : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static List<Path> folders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(Display.path(dir), "cannot list the candidates: " + e.getMessage());
        }
    }

    /** The mailbox a live candidate reads, {@code user@host:port}; null in sandbox mode (each has their own there). */
    public static String mailbox(Settings candidate) {
        return SharedMailboxes.of(candidate);
    }

    /** True for a deployment of many candidates. */
    public boolean many() {
        return settings.hasCandidates();
    }

    /** The names of the candidates that can run. */
    public List<String> names() {
        return candidates.stream().map(Settings::candidate).toList();
    }

    public Optional<Settings> find(String name) {
        return candidates.stream().filter(s -> s.candidate().equals(name)).findFirst();
    }

    /**
     * The candidate a command is for: {@code name}, or the one job seeker of a config without candidates (where a
     * name is refused). A broken candidate's own problems are the error.
     */
    public Settings choose(String name) {
        if (!many()) {
            if (name != null) {
                throw new BadInputException(settings.file().toString(), "--candidate " + name + ": this config has"
                        + " no candidates (followup.candidates is not set); leave --candidate out");
            }
            return settings;
        }
        if (name == null) {
            if (candidates.size() == 1 && problems.isEmpty()) {
                return candidates.get(0);
            }
            if (candidates.isEmpty()) {     // nobody to name: say why, not that there are several
                List<String> out = leftOut();
                throw new BadInputException(settings.file().toString(), out.isEmpty() ? noCandidateText()
                        : "no candidate of this deployment can run; left out until fixed, see `followup validate`: "
                                + String.join(", ", out));
            }
            throw new BadInputException(settings.file().toString(), "this deployment has several candidates;"
                    + " name one with --candidate NAME (" + known() + ")");
        }
        return find(name).orElseThrow(() -> {
            List<Problem> own = problems.stream().filter(p -> name.equals(folderOf(p))).toList();
            List<Problem> shared = problems.stream().filter(p -> folderOf(p) == null).toList();
            if (own.isEmpty() && !shared.isEmpty() && NAME.matcher(name).matches()
                    && Files.isRegularFile(settings.candidates().resolve(name).resolve(CANDIDATE_FILE))) {
                return new BadInputException(shared);    // left out by the deployment's own problem
            }
            // named by --candidate, by an id written NAME/ID or by the page's ?candidate=: the message names neither
            return own.isEmpty() ? new BadInputException(settings.file().toString(), "no such candidate: " + name
                    + " (" + known() + ")") : new BadInputException(own);
        });
    }

    /**
     * A deployment whose candidates directory holds no folder yet: nothing in the user's files is wrong, but nothing
     * can run. The warning at {@code followup.candidates} that {@code validate} and {@code plan} both show, with where
     * to add a candidate; empty otherwise (a config without candidates, someone who runs, or folders left out, which
     * are problems of their own).
     */
    public Optional<Problem> noCandidateYet() {
        if (!many() || !candidates.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(Display.path(settings.file()), Math.max(0, line(settings.file(),
                "followup.candidates")), "followup.candidates", "warning: " + noCandidateText()));
    }

    /** Where to add a candidate, as one sentence: what {@link #noCandidateYet} and the daemon say. */
    public String noCandidateText() {
        return "this deployment has no candidate yet: add a folder per job seeker to "
                + Display.path(settings.candidates()) + ", holding candidate.conf and interviews/";
    }

    /** The problems that concern candidate {@code name}: those in their folder, and the deployment's own. */
    public List<Problem> problemsOf(String name) {
        return problems.stream().filter(p -> folderOf(p) == null || name.equals(folderOf(p))).toList();
    }

    /** The candidates a command about all of them covers: {@code name} alone, or every one. */
    public List<Settings> select(String name) {
        return name == null ? candidates : List.of(choose(name));
    }

    /** The candidates that can run, and the folders left out until fixed. */
    private String known() {
        List<String> out = leftOut();
        String broken = out.isEmpty() ? ""
                : "; left out until fixed, see `followup validate`: " + String.join(", ", out);
        return candidates.isEmpty() ? "none can run" + (out.isEmpty() ? "; see `followup validate`" : broken)
                : "known: " + String.join(", ", names()) + broken;
    }

    /** The folders of the candidates directory that {@link #problems} keep from running, in name order. */
    private List<String> leftOut() {
        return problems.stream().map(this::folderOf).filter(n -> n != null && find(n).isEmpty()).distinct()
                .sorted().toList();
    }

    /**
     * The candidate a problem is about, for the {@code candidate} of a JSON problem: the folder of the candidates
     * directory its file is in (their {@code candidate.conf}, records or templates, or the folder itself); null for
     * the deployment's own files (its config, shared templates) and in a config without candidates.
     */
    public String candidateOf(Problem problem) {
        return many() ? folderOf(problem) : null;
    }

    /** The name of the candidate folder {@code problem} is in (its {@code candidate.conf}, or the folder itself). */
    private String folderOf(Problem problem) {
        String dir = Display.path(settings.candidates()) + "/";
        return problem.file().startsWith(dir) ? problem.file().substring(dir.length()).split("/", 2)[0] : null;
    }
}
