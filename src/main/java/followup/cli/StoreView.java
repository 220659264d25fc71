package followup.cli;

import followup.config.Settings;
import followup.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the state database for the read-and-hold commands, which run alongside the daemon. */
final class StoreView {
    private StoreView() {
    }

    /**
     * The database if it exists (an H2 file that was never created means nothing has run yet). A data directory that
     * is a file is the same {@link followup.store.StoreException} as for the commands that write, not "nothing has
     * run yet".
     */
    static Optional<Database> existing(Settings settings) {
        Optional<Path> file = Database.h2File(settings.storeUrl());
        if (file.isPresent() && !Files.exists(Path.of(file.get() + ".mv.db"))) {
            Database.refuseFileInTheWay(file.get());
            return Optional.empty();
        }
        return Optional.of(Database.open(settings.store()));
    }

    static Database open(Settings settings) {
        return Database.open(settings.store());
    }
}
