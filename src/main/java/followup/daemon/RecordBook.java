package followup.daemon;

import followup.config.Display;
import followup.config.Problem;
import followup.config.RecordDirectory;
import followup.config.RecordLoader;
import followup.config.Records;
import followup.plan.Interview;
import followup.plan.Rounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interview records as the daemon sees them: the last valid version of each (a record that turns bad keeps
 * its last valid version until it is fixed), reloaded when the directory changes. A change must look the same on
 * two scans in a row before it is read (debounce), so a file caught half-written is not taken for an edit. A valid
 * record's warnings (validate's) are logged when it is read, and again only when it changes.
 */
final class RecordBook {
    private static final Logger LOG = LoggerFactory.getLogger(RecordBook.class);
    /** The records' warnings have a logger of their own: {@code WARN  [alice] RecordWarnings - file:line: key: ...}. */
    static final String WARNINGS_LOG = "followup.daemon.RecordWarnings";
    private static final Logger WARNINGS = LoggerFactory.getLogger(WARNINGS_LOG);

    private final Path dir;
    private final RecordLoader loader;
    private final java.time.Clock clock;
    private final Map<String, Interview> current = new LinkedHashMap<>();
    /** The records that name an earlier round, by that round's id, in the order of {@link #current}. */
    private Map<String, List<Interview>> byPrevious = Map.of();
    /** {@link #current}'s values as a list, made again only when a record changes. */
    private List<Interview> snapshot = List.of();
    private Map<String, String> loadedSignature = Map.of();
    private Map<String, String> pendingSignature;
    private Set<Problem> reported = Set.of();
    /** The records whose file has problems while their last valid version is kept: "fixed" once it reads again. */
    private final Set<String> broken = new HashSet<>();
    /** The warnings last logged for each valid record: logged again only when the record (or what they say) changes. */
    private final Map<String, List<Problem>> warned = new HashMap<>();

    RecordBook(Path dir, RecordLoader loader) {
        this(dir, loader, null);
    }

    /** @param clock now, for the warning about a year written wrong ({@link RecordLoader#at}); null to leave it out */
    RecordBook(Path dir, RecordLoader loader, java.time.Clock clock) {
        this.dir = dir;
        this.loader = loader;
        this.clock = clock;
    }

    synchronized Optional<Interview> get(String id) {
        return Optional.ofNullable(current.get(id));
    }

    synchronized List<Interview> all() {
        return snapshot;
    }

    /** The open record that names this one as its earlier round, if any ({@link Rounds#nextRound}), by an index. */
    synchronized Optional<Interview> nextRound(Interview earlier) {
        return Rounds.nextRound(earlier, byPrevious.getOrDefault(earlier.id(), List.of()));
    }

    /** The earlier rounds this record follows, nearest first, as far as the records go ({@link Rounds#earlier}). */
    synchronized List<Interview> earlierRounds(Interview later) {
        return Rounds.earlier(later, id -> Optional.ofNullable(current.get(id)));
    }

    /**
     * Loads now, without debounce (at start-up). Returns the ids that changed. The records read are not logged one
     * by one (the start's line counts them; a deployment may have thousands), their problems are.
     */
    synchronized Set<String> loadNow() {
        Map<String, String> signature = signature();
        pendingSignature = null;
        return load(signature, false);
    }

    /**
     * The candidate's folder is gone: every record is removed at once (nothing looks at this directory again, so the
     * two looks in a row that {@link #refresh} waits for would never come). Returns the ids removed.
     */
    synchronized Set<String> removeAll() {
        Set<String> removed = new HashSet<>(current.keySet());
        removed.forEach(id -> LOG.info("Record removed: {}; its unsent messages are cancelled", id));
        current.clear();
        broken.clear();
        warned.clear();
        snapshot = List.of();
        byPrevious = Map.of();
        loadedSignature = Map.of();
        pendingSignature = null;
        return removed;
    }

    /** Called every second or so: returns the ids whose record was added, changed or deleted. */
    synchronized Set<String> refresh() {
        Map<String, String> signature = signature();
        if (signature.equals(loadedSignature)) {
            pendingSignature = null;
            return Set.of();
        }
        if (!signature.equals(pendingSignature)) {
            pendingSignature = signature;
            return Set.of();
        }
        pendingSignature = null;
        return load(signature, true);
    }

    /** @param logEach whether each record added, changed or removed gets a line in the log (while running) */
    private Set<String> load(Map<String, String> signature, boolean logEach) {
        Records records = (clock == null ? loader : loader.at(clock.instant())).loadAll(dir);
        Map<String, List<Problem>> warningsByFile = new HashMap<>();
        records.warnings().forEach(w -> warningsByFile.computeIfAbsent(w.file(), f -> new ArrayList<>()).add(w));
        loadedSignature = signature;
        Set<String> changed = new HashSet<>();
        Map<String, Interview> valid = new HashMap<>();
        records.interviews().forEach(i -> valid.put(i.id(), i));
        for (Interview i : records.interviews()) {
            boolean differs = !Objects.equals(current.get(i.id()), i);
            boolean fixed = broken.remove(i.id());
            if (differs) {
                changed.add(i.id());
            }
            if (differs || fixed) {
                String what = fixed ? "Record fixed:" : current.containsKey(i.id()) ? "Record changed:"
                        : "Record loaded:";
                if (logEach) {
                    LOG.info("{} {}", what, Display.path(records.files().get(i.id())));
                } else {
                    LOG.debug("{} {}", what, Display.path(records.files().get(i.id())));
                }
            }
            List<Problem> warnings = warningsByFile.getOrDefault(Display.path(records.files().get(i.id())),
                    List.of());
            if (differs || fixed || !warnings.equals(warned.get(i.id()))) {
                warnings.forEach(w -> WARNINGS.warn("{}", w));    // file:line: key: warning: ..., one line each
            }
            warned.put(i.id(), warnings);
            current.put(i.id(), i);
        }
        for (String id : Set.copyOf(current.keySet())) {
            if (!records.files().containsKey(id)) {
                current.remove(id);
                warned.remove(id);
                changed.add(id);
                LOG.info("Record removed: {}; its unsent messages are cancelled", id);
            } else if (!valid.containsKey(id)) {
                broken.add(id);
                LOG.warn("Record {} has problems; keeping its last valid version until it is fixed", id);
            }
        }
        List<Problem> all = new ArrayList<>(records.problems());
        all.addAll(RecordDirectory.notRead(dir));   // Acme.CONF, a folder of records: nothing is planned for them
        for (Problem p : all) {
            if (!reported.contains(p)) {
                LOG.warn("{}", p);
            }
        }
        reported = new HashSet<>(all);
        snapshot = List.copyOf(current.values());
        Map<String, List<Interview>> index = new HashMap<>();
        for (Interview i : snapshot) {
            if (i.previous() != null) {
                index.computeIfAbsent(i.previous(), k -> new ArrayList<>()).add(i);
            }
        }
        byPrevious = index;
        return changed;
    }

    private Map<String, String> signature() {
        Map<String, String> sig = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return sig;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(RecordLoader.EXTENSION)).forEach(p -> {
                try {
                    sig.put(p.getFileName().toString(), Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p));
                } catch (IOException e) {
                    sig.put(p.getFileName().toString(), "unreadable");
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", Display.path(dir), e.getMessage());
        }
        return sig;
    }
}
