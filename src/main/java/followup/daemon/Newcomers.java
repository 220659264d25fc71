package followup.daemon;

import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Display;
import followup.config.Problem;
import followup.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Candidates who join a running daemon: a folder added to the candidates directory, or one whose
 * {@code candidate.conf} was broken at start and has been fixed, or whose missing templates directory was made. The
 * directory is looked at every few seconds; only when a folder that is not running appeared, went or had its
 * {@code candidate.conf} changed, or a templates directory that kept candidates out now exists, is the deployment read
 * again (with the same checks as at start), and each candidate in it that is not running yet is started. A running
 * candidate keeps the settings it started with: a change to its {@code candidate.conf} takes effect at the next start,
 * which the log says once. A running candidate whose folder is gone is stopped.
 */
final class Newcomers {
    private static final Logger LOG = LoggerFactory.getLogger(Newcomers.class);
    private final Path dir;
    private final Supplier<Deployment> reload;
    private final Supplier<List<Settings>> running;
    private final Consumer<Settings> start;
    private final Consumer<String> stop;
    /** Each folder's {@code candidate.conf}, as last seen: its modification time and size, or "" when it has none. */
    private Map<String, String> seen;
    /** The running candidates' {@code candidate.conf} as they started, to say once that a change waits. */
    private final Map<String, String> startedWith = new HashMap<>();
    /** The templates directories whose absence kept candidates out at the last reading. */
    private Set<Path> awaited;

    /**
     * @param dir     the candidates directory
     * @param awaited the templates directories that kept candidates out when the deployment was read
     * @param reload  reads the deployment again (its problems are logged, its candidates that are not running start)
     * @param running the settings of the candidates running now
     * @param start   starts one candidate; its name is among {@code running} once it returns
     * @param stop    stops one running candidate whose folder is gone; its name is no longer among {@code running}
     *                once it returns
     */
    Newcomers(Path dir, Set<Path> awaited, Supplier<Deployment> reload, Supplier<List<Settings>> running,
              Consumer<Settings> start, Consumer<String> stop) {
        this.dir = dir;
        this.awaited = awaited;
        this.reload = reload;
        this.running = running;
        this.start = start;
        this.stop = stop;
        this.seen = folders();
        running.get().forEach(s -> startedWith.put(s.candidate(), seen.getOrDefault(s.candidate(), "")));
    }

    /** Looks at the directory; starts whoever can run and does not yet. */
    void look() {
        Map<String, String> now = folders();
        stopRemoved(now);
        List<Settings> runningNow = running.get();
        Set<String> names = runningNow.stream().map(Settings::candidate).collect(Collectors.toSet());
        noteChangesToRunning(now, names);
        boolean changed = !notRunning(now, names).equals(notRunning(seen, names))
                || awaited.stream().anyMatch(Files::isDirectory);
        seen = now;
        if (!changed) {
            return;
        }
        Deployment deployment;
        try {
            deployment = reload.get();
        } catch (BadInputException e) {
            e.problems().forEach(p -> LOG.warn("Candidates not read again: {}", p));
            return;
        }
        awaited = deployment.awaited();
        for (Problem p : deployment.problems()) {
            if (!ofRunning(p, names)) {
                LOG.warn("Candidate left out until fixed: {}", p);
            }
        }
        Set<String> senders = runningNow.stream().map(s -> s.sender().email().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> mailboxes = runningNow.stream().map(Deployment::mailbox).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (Settings c : deployment.candidates()) {
            if (names.contains(c.candidate())) {
                continue;
            }
            if (senders.contains(c.sender().email().toLowerCase(Locale.ROOT))) {
                LOG.warn("Candidate {} left out until fixed: {}: sender.email \"{}\" is also the sender of a running"
                        + " candidate; each candidate needs a mailbox of their own", c.candidate(),
                        Display.path(c.file()), c.sender().email());
                continue;
            }
            String mailbox = Deployment.mailbox(c);
            if (mailbox != null && mailboxes.contains(mailbox)) {
                LOG.warn("Candidate {} left out until fixed: {}: mail.imap.username: the mailbox {} is also read by a"
                        + " running candidate; each candidate needs a mailbox of their own", c.candidate(),
                        Display.path(c.file()), mailbox);
                continue;
            }
            try {
                start.accept(c);
                startedWith.put(c.candidate(), now.getOrDefault(c.candidate(), ""));
                senders.add(c.sender().email().toLowerCase(Locale.ROOT));
                if (mailbox != null) {
                    mailboxes.add(mailbox);
                }
            } catch (RuntimeException e) {
                LOG.error("Candidate {} could not start: {}", c.candidate(), e.getMessage());
            }
        }
    }

    /**
     * A running candidate whose folder is gone (the job seeker left the deployment) is stopped: their mailbox is no
     * longer read, with the password they started with, until the folder is back. (A directory that cannot be listed
     * for a moment is not everyone gone: {@link #folders} then returns what it saw last.)
     */
    private void stopRemoved(Map<String, String> now) {
        for (Settings c : running.get()) {
            if (!now.containsKey(c.candidate())) {
                try {
                    stop.accept(c.candidate());
                    startedWith.remove(c.candidate());
                } catch (RuntimeException e) {
                    LOG.error("Candidate {} could not be stopped: {}", c.candidate(), e.toString());
                }
            }
        }
    }

    /** Says once per change that a running candidate's new {@code candidate.conf} waits for the next start. */
    private void noteChangesToRunning(Map<String, String> now, Set<String> names) {
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            String was = startedWith.get(name);
            String is = now.get(name);
            if (was != null && is != null && !was.equals(is)) {
                startedWith.put(name, is);
                changed.add(name);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Deployment deployment = null;
        try {
            deployment = reload.get();     // the new file checked now, not found broken only at the restart
        } catch (BadInputException e) {
            // the deployment's own file is broken: said when the candidates are read again
        }
        for (String name : changed) {
            String conf = Display.path(dir.resolve(name).resolve(Deployment.CANDIDATE_FILE));
            String folder = Display.path(dir.resolve(name)) + "/";
            List<Problem> problems = deployment == null ? List.of() : deployment.problemsOf(name).stream()
                    .filter(p -> p.file().startsWith(folder)).toList();
            if (problems.isEmpty()) {
                LOG.warn("Candidate {}: {} changed; the daemon goes on with the settings it started with until it is"
                        + " restarted", name, conf);
            } else {
                LOG.warn("Candidate {}: {} changed and has problems; the daemon goes on with the settings it started"
                        + " with, but restarted it would leave them out until they are fixed:", name, conf);
                problems.forEach(p -> LOG.warn("Candidate {}: {}", name, p));
            }
        }
    }

    private static Map<String, String> notRunning(Map<String, String> folders, Set<String> names) {
        Map<String, String> out = new HashMap<>(folders);
        out.keySet().removeAll(names);
        return out;
    }

    /** A problem in a running candidate's folder (their conf changed since they started: see above). */
    private boolean ofRunning(Problem p, Set<String> names) {
        return names.stream().anyMatch(n -> p.file().startsWith(Display.path(dir.resolve(n)) + "/"));
    }

    /** Every folder of the directory (hidden ones excepted), with its {@code candidate.conf}'s time and size. */
    private Map<String, String> folders() {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).forEach(p -> {
                Path conf = p.resolve(Deployment.CANDIDATE_FILE);
                String version;
                try {
                    version = Files.getLastModifiedTime(conf).toMillis() + "/" + Files.size(conf);
                } catch (IOException e) {
                    version = "";
                }
                out.put(p.getFileName().toString(), version);
            });
        } catch (IOException e) {
            LOG.debug("Cannot list {}: {}", dir, e.toString());
            return seen == null ? Map.of() : seen;
        }
        return out;
    }
}
