package followup.daemon;

import followup.config.Settings;
import followup.mail.CheckStep;
import followup.store.Database;
import followup.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's part of {@code followup check}: whether {@code run} could open the state database. An H2 file needs a
 * data directory this user can write (or create) and no daemon already running on it; a PostgreSQL database, a
 * server that answers and accepts the login, and what the first start would do to followup's tables. Nothing is
 * created in the data directory, and nothing in the database.
 */
public final class StoreCheck {
    private static final String ELSEWHERE = "or point followup.store.url at a directory you can write";

    private StoreCheck() {
    }

    /** The heading of the store's steps: the H2 file or the PostgreSQL server it is in. */
    public static String where(Settings.Store store) {
        return Database.h2File(store.url()).map(base -> "H2 file " + base + ".mv.db")
                .orElseGet(() -> Database.where(store));
    }

    /** @param cluster the daemon's {@code followup.cluster}: whether it may run beside other daemons there */
    public static List<CheckStep> run(Settings.Store store, boolean cluster) {
        Optional<Path> base = Database.h2File(store.url());
        return base.isPresent() ? h2(base.get()) : server(store, cluster);
    }

    private static List<CheckStep> h2(Path base) {
        List<CheckStep> steps = new ArrayList<>();
        Path dir = base.toAbsolutePath().getParent();
        CheckStep directory = directory(dir);
        steps.add(directory);
        if (!directory.ok()) {
            return steps;
        }
        try {
            Optional<String> holder = DaemonLock.holder(base);
            steps.add(holder.isEmpty() ? CheckStep.ok("no daemon is running on it")
                    : CheckStep.failed("a followup daemon is already running on this data (" + dir
                            + (holder.get().isEmpty() ? "" : ", " + holder.get()) + "), so `followup run` would"
                            + " refuse to start", "stop that daemon first, or leave it running: plan, status, hold"
                            + " and resume work alongside it"));
        } catch (IOException e) {
            steps.add(CheckStep.failed("cannot read the lock file " + base + ".daemon.lock: " + e.getMessage(),
                    "give this user read access to it, " + ELSEWHERE));
        }
        return steps;
    }

    /** The data directory: writable, or creatable where it is missing. */
    private static CheckStep directory(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return CheckStep.failed("the data directory " + dir + " cannot be created", ELSEWHERE.substring(3));
        }
        if (!Files.isDirectory(existing)) {
            return CheckStep.failed("the data directory " + dir + " cannot be created: " + existing + " is a file,"
                    + " not a directory", "move that file away, " + ELSEWHERE);
        }
        if (!Files.isWritable(existing)) {
            return CheckStep.failed((existing.equals(dir) ? "the data directory " + dir : "the data directory " + dir
                    + " cannot be created: " + existing) + " is not writable by this user ("
                    + System.getProperty("user.name") + ")", "fix its permissions, " + ELSEWHERE);
        }
        return CheckStep.ok(existing.equals(dir) ? "the data directory " + dir + " is writable"
                : "the data directory " + dir + " does not exist yet; the first start creates it in " + existing);
    }

    /** The server's answer and login, then the daemons running there: would {@code run} be let in beside them? */
    private static List<CheckStep> server(Settings.Store store, boolean cluster) {
        List<CheckStep> steps = new ArrayList<>();
        try {
            String tables = Database.probe(store);
            steps.add(CheckStep.ok("signed in to " + Database.where(store) + (store.username() == null ? ""
                    : " as " + store.username()) + "; " + tables));
            Database.Daemons daemons = Database.daemonsOn(store, cluster);
            steps.add(daemons.letIn() ? CheckStep.ok(daemons.what())
                    : CheckStep.failed(daemons.what(), daemons.advice()));
        } catch (StoreException e) {
            steps.add(CheckStep.failed(e.what(), e.advice() != null ? e.advice()
                    : "check followup.store.url, username and password"));
        }
        return steps;
    }
}
