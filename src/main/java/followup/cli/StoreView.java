package followup.cli;

import followup.config.BadInputException;
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

    /**
     * The database for a command that writes (hold, resume, log). A relative H2 path is from the working directory:
     * run elsewhere than the daemon, such a command would make a new, empty database and record the user's hold
     * where the daemon never looks. So when there is none here but there is one beside the config file, it is
     * refused, naming both; and a new one made here says so on stderr.
     */
    static Database open(Settings settings, java.io.PrintWriter err) {
        Optional<Path> file = Database.h2File(settings.storeUrl());
        if (file.isPresent() && !Files.exists(Path.of(file.get() + ".mv.db"))) {
            Path here = file.get().toAbsolutePath().normalize();
            Path config = settings.file() == null ? null : settings.file().toAbsolutePath().getParent();
            Path written = Database.h2FileAsWritten(settings.storeUrl()).orElse(here);
            Path beside = config == null || written.isAbsolute() ? null : config.resolve(written).normalize();
            if (beside != null && !beside.equals(here) && Files.exists(Path.of(beside + ".mv.db"))) {
                throw new BadInputException(followup.config.Display.path(settings.file()), "followup.store.url is"
                        + " relative to the working directory, and there is no state database here (" + here
                        + ".mv.db); the daemon's is beside the config (" + beside + ".mv.db): run this command in "
                        + config + ", or set followup.store.url to an absolute path");
            }
            err.println("No state database at " + here + ".mv.db yet: a new one is made. If the daemon runs in"
                    + " another directory, run this command there (followup.store.url is relative to the working"
                    + " directory) or set followup.store.url to an absolute path.");
        }
        return Database.open(settings.store());
    }
}
