package followup.config;

import followup.plan.Interview;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The record files of one directory, read in name order and handed on one at a time (optionally read on a few
 * threads, still handed on in order). Only the ids seen so far are kept (to find a duplicate id), never the parsed
 * records, so memory stays flat however many files there are.
 */
public final class RecordDirectory {
    /**
     * What one file gave.
     *
     * @param id        the record's id; null for a problem of the directory itself or a file whose id is taken
     * @param interview the record when it is valid, else null
     * @param problems  this file's problems (empty when valid)
     * @param warnings  what a valid record allows but the messages may read badly for (a guessed greeting, ...)
     */
    public record Entry(String id, Path file, Interview interview, List<Problem> problems, List<Problem> warnings) {
        public Entry {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public Entry(String id, Path file, Interview interview, List<Problem> problems) {
            this(id, file, interview, problems, List.of());
        }
    }

    private RecordDirectory() {
    }

    /** Reads every {@code *.conf} file directly in {@code dir} and hands each to {@code each}, one at a time. */
    public static void read(RecordLoader loader, Path dir, Consumer<Entry> each) {
        read(loader, dir, 1, e -> e, each);
    }

    /**
     * Reads every {@code *.conf} file directly in {@code dir}, applies {@code work} to each on {@code threads}
     * threads, and hands the results to {@code each} on the calling thread in file name order. At most a few dozen
     * files per thread are in flight at once, whatever the number of files.
     */
    public static <T> void read(RecordLoader loader, Path dir, int threads, Function<Entry, T> work,
                                Consumer<T> each) {
        if (!Files.isDirectory(dir)) {
            each.accept(work.apply(new Entry(null, dir, null, List.of(new Problem(Display.path(dir), 0, "",
                    "the interviews directory does not exist (" + (loader.ofCandidate() ? "create it: a candidate's"
                    + " interview records are the *.conf files of interviews/ beside their candidate.conf"
                    : "create it, or point followup.interviews at it") + ")")))));
            return;
        }
        List<String> names;
        try {
            names = conf(dir);
        } catch (IOException e) {
            each.accept(work.apply(new Entry(null, dir, null, List.of(new Problem(Display.path(dir), 0, "",
                    "cannot list the directory: " + e.getMessage())))));
            return;
        }
        // ids that differ only in case are one interview: every such file is refused, the first as much as the
        // others, so that a copy added beside a running record (PAST.conf beside past.conf) never takes its place
        Map<String, List<String>> byLowerId = new HashMap<>();
        for (String name : names) {
            byLowerId.computeIfAbsent(loader.idFor(dir.resolve(name)).toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>(1)).add(name);
        }
        try (InOrder<T> inOrder = new InOrder<>(threads, each)) {
            for (String name : names) {
                Path file = dir.resolve(name);
                String id = loader.idFor(file);
                List<String> others = byLowerId.get(id.toLowerCase(Locale.ROOT)).stream()
                        .filter(other -> !other.equals(name)).toList();
                if (!others.isEmpty()) {
                    others = others.stream().filter(other -> Files.isRegularFile(dir.resolve(other))).toList();
                }
                if (!others.isEmpty()) {
                    if (!Files.isRegularFile(file)) {
                        continue;   // a folder so named is no record
                    }
                    Entry duplicate = new Entry(id, file, null, List.of(new Problem(Display.path(file), 0, "",
                            "duplicate id: \"" + id + "\" is also the id of " + others.stream()
                                    .map(other -> Display.path(dir.resolve(other))).collect(Collectors.joining(", "))
                                    + " (ids are compared ignoring case): neither is read until one of the files is"
                                    + " renamed; a running interview keeps its last valid version meanwhile")));
                    inOrder.submit(() -> work.apply(duplicate));
                } else {
                    inOrder.submit(() -> {
                        List<Problem> problems = new ArrayList<>();
                        List<Problem> warnings = new ArrayList<>();
                        Interview interview = loader.load(file, problems, warnings);
                        boolean valid = problems.isEmpty() && interview != null;
                        if (!valid && !Files.isRegularFile(file)) {
                            return InOrder.skip();   // a folder (or a dangling link) named *.conf: not a record
                        }
                        return work.apply(new Entry(id, file, valid ? interview : null, problems,
                                valid ? warnings : List.of()));
                    });
                }
            }
        }
    }

    /**
     * The names of the {@code *.conf} entries directly in {@code dir}, in name order. Whether each is a regular file
     * is not asked here, one file at a time before any is read (0.05 s on 10,000 records): a folder so named fails
     * to read, and is left out then.
     */
    private static List<String> conf(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.endsWith(RecordLoader.EXTENSION)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * Warnings for the entries of {@code dir} that look like records but are never read, so that nothing is planned
     * for them and nothing says so: {@code Acme.CONF}, {@code acme.conf.txt} (as some editors save), {@code acme.hocon},
     * folders holding {@code *.conf} files, and a {@code *.conf} that is no file (a folder, a broken link). Empty when the directory cannot be listed (its reading says why).
     */
    public static List<Problem> notRead(Path dir) {
        List<Problem> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(".")) {
                    continue;
                }
                if (name.endsWith(RecordLoader.EXTENSION)) {
                    noFile(p, dir).ifPresent(out::add);
                    continue;
                }
                String stem = lower.endsWith(".conf") ? name.substring(0, name.length() - 5)
                        : lower.endsWith(".conf.txt") ? name.substring(0, name.length() - 9)
                        : lower.endsWith(".hocon") ? name.substring(0, name.length() - 6) : null;
                if (stem != null && Files.isRegularFile(p)) {
                    out.add(new Problem(Display.path(p), 0, "", "warning: is not read, so nothing is planned for it:"
                            + " only files whose names end in .conf, in lower case, are interview records (rename it "
                            + stem + ".conf)"));
                } else if (Files.isDirectory(p) && holdsRecords(p)) {
                    out.add(new Problem(Display.path(p), 0, "", "warning: is a folder: the .conf files in it are not"
                            + " read, so nothing is planned for them (records lie directly in " + Display.path(dir)
                            + ")"));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Problem.ORDER);
        return out;
    }

    /**
     * An entry named like a record that is no file, left out of the reading: a folder ({@code hooli.conf/}), or a link
     * whose file is not there (a record kept in a synced folder that has moved, or is not mounted yet).
     */
    private static Optional<Problem> noFile(Path p, Path dir) {
        if (Files.isRegularFile(p)) {
            return Optional.empty();
        }
        if (Files.isDirectory(p)) {
            return Optional.of(new Problem(Display.path(p), 0, "", "warning: is a folder, not a record"
                    + " file, so nothing is planned for it: an interview record is a file of its own, directly in "
                    + Display.path(dir)));
        }
        if (Files.isSymbolicLink(p)) {
            String target;
            try {
                Path link = Files.readSymbolicLink(p);
                target = Display.path(p.getParent().resolve(link).normalize());
            } catch (IOException | RuntimeException e) {
                target = "a file";
            }
            return Optional.of(new Problem(Display.path(p), 0, "", "warning: is a link to " + target
                    + ", which does not exist, so nothing is planned for it until it is there again"));
        }
        return Optional.empty();
    }

    private static boolean holdsRecords(Path folder) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*" + RecordLoader.EXTENSION)) {
            return s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs tasks on a few threads and hands their results on in the order they were submitted. */
    private static final class InOrder<T> implements AutoCloseable {
        private static final int PER_THREAD = 32;
        /** What a task returns for a file that is left out: nothing is handed on for it. */
        private static final Object SKIP = new Object();
        private final ExecutorService pool;
        private final int window;
        private final Deque<Future<T>> pending = new ArrayDeque<>();
        private final Consumer<T> each;

        InOrder(int threads, Consumer<T> each) {
            this.each = each;
            this.window = Math.max(1, threads) * PER_THREAD;
            AtomicInteger n = new AtomicInteger();
            this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "followup-records-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @SuppressWarnings("unchecked")
        static <T> T skip() {
            return (T) SKIP;
        }

        void submit(Callable<T> task) {
            if (pool == null) {
                handOn(call(task));
                return;
            }
            pending.add(pool.submit(task));
            if (pending.size() >= window) {
                handOn(result(pending.poll()));
            }
        }

        private void handOn(T result) {
            if (result != SKIP) {
                each.accept(result);
            }
        }

        private static <T> T call(Callable<T> task) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static <T> T result(Future<T> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the records", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            try {
                while (!pending.isEmpty()) {
                    handOn(result(pending.poll()));
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }
}
