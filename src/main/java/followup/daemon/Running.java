package followup.daemon;

import followup.config.Settings;
import followup.store.Database;
import followup.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The followup daemons running on a store now, as {@code status} shows them: on an H2 file, the one holding its lock
 * file ({@code pid 4242}); on PostgreSQL, each holding the database's lock, as its session names it. A look that takes
 * nothing a daemon's start needs for longer than the look.
 *
 * @param daemons each daemon running, empty when none is
 * @param unknown why it could not be seen, else null
 */
public record Running(List<String> daemons, String unknown) {
    public static Running on(Settings.Store store, Database db) {
        Optional<Path> base = Database.h2File(store.url());
        try {
            if (base.isPresent()) {
                return new Running(DaemonLock.holder(base.get()).map(h -> h.isEmpty() ? "a followup daemon" : h)
                        .stream().toList(), null);
            }
            return new Running(db.daemonsRunning(), null);
        } catch (IOException | StoreException e) {
            return new Running(List.of(), e.getMessage());
        }
    }

    /** {@code Daemon: running (pid 4242)}, {@code Daemons: 2 running (...)}, {@code Daemon: not running}. */
    public String line() {
        if (unknown != null) {
            return "Daemon: cannot tell whether one runs (" + unknown + ")";
        }
        if (daemons.isEmpty()) {
            return "Daemon: not running (start it with `followup run`)";
        }
        return daemons.size() == 1 ? "Daemon: running (" + daemons.get(0) + ")"
                : "Daemons: " + daemons.size() + " running (" + String.join("; ", daemons) + ")";
    }
}
