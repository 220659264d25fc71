package followup.store;

import followup.config.Settings;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What can be wrong with the data directory or the database file at start-up, said so that the user can act: the
 * path, what was found, and what to do.
 */
final class StoreFailures {
    private static final String ELSEWHERE = "or point followup.store.url at a directory you can write";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);
    /** SQLSTATE connection rejected: the driver's, when the server asks for a password and it has none. */
    private static final String REJECTED = "08004";

    private StoreFailures() {
    }

    /** Creates the data directory if needed, checks that it can be written, and makes it its owner's only. */
    static void prepareDirectory(Path dir) {
        refuseFileInTheWay(dir);
        boolean shared = isWorkingOrHome(dir);      // a directory of the user's own, not followup's alone
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dir + " (" + reason(e) + "); create it"
                    + " with write access for this user, " + ELSEWHERE, e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("the data directory " + dir + " is not writable by this user ("
                    + System.getProperty("user.name") + "); fix its permissions, " + ELSEWHERE);
        }
        if (shared) {
            warnIfOthersMayRead(dir);
        } else {
            ownerOnly(dir);
        }
    }

    /** Whether {@code dir} is the working directory or the user's home, whose permissions are not followup's. */
    private static boolean isWorkingOrHome(Path dir) {
        try {
            Path real = dir.toAbsolutePath().normalize();
            return real.equals(Path.of("").toAbsolutePath().normalize())
                    || real.equals(Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A data directory that is also the user's own: left as it is, with a warning when others may read it. */
    private static void warnIfOthersMayRead(Path dir) {
        try {
            if (!Files.getPosixFilePermissions(dir).stream().allMatch(p -> p.name().startsWith("OWNER_"))) {
                LOG.warn("The database is in {}, which other users of this machine may read (with the lock file"
                        + " there, the database too): give followup.store.url a directory of its own, which followup"
                        + " then makes its owner's only", dir);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // its own access rules apply
        }
    }

    /**
     * The data directory for its owner only: it holds the database, with every message sent, and the lock file
     * where H2 writes the port and key of the server that lets the commands reach the database while the daemon
     * runs (its user has no password); anyone who can read that file can change what the daemon sends.
     */
    private static void ownerOnly(Path dir) {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(dir);
            if (!now.equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        } catch (IOException e) {
            LOG.warn("The data directory {} could not be made readable by its owner only ({}): other users of this"
                    + " machine may read and change the state; run `chmod 700 {}`", dir, reason(e), dir);
        }
    }

    /**
     * Refuses a data directory that is, or lies under, something other than a directory (a file where {@code data/}
     * should be): no database can be there, so "nothing has run yet" would be untrue.
     */
    static void refuseFileInTheWay(Path dir) {
        Path blocker = nearestNonDirectory(dir);
        if (blocker != null) {
            throw new StoreException("the data directory " + dir + " cannot be created: " + blocker + " is a file,"
                    + " not a directory; move that file away, " + ELSEWHERE);
        }
    }

    /** The directory itself or its nearest existing ancestor, if that is something other than a directory. */
    private static Path nearestNonDirectory(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " on " + f.getFile());
        }
        return e.toString();
    }

    /**
     * The database could not be opened: a PostgreSQL server that cannot be reached or refuses the login says where
     * and what to check; a damaged H2 file says so, with what to do about it.
     */
    static StoreException cannotOpen(Settings.Store store, Optional<Path> base, SQLException e) {
        if (StoreUrl.postgres(store.url())) {
            return cannotOpenPostgres(store, e);
        }
        String url = StoreUrl.redact(store.url());
        String h2 = String.valueOf(e.getMessage()).replace(" Possible solution: use the recovery tool", "").strip();
        if (base.isEmpty()) {
            return new StoreException("cannot open the state database " + url + ": " + h2, e);
        }
        Path file = Path.of(base.get() + ".mv.db");
        if (Files.isRegularFile(file) && damaged(e)) {
            return new StoreException("the state database file " + file + " is damaged and cannot be read (H2: " + h2
                    + "). Restore it from a backup; or move the data directory " + file.getParent() + " away to"
                    + " start with an empty state (followup then no longer knows what it has sent, so a message still"
                    + " inside its sending window would go out a second time)", e);
        }
        return new StoreException("cannot open the state database file " + file + " (H2: " + h2 + ")", e);
    }

    private static StoreException cannotOpenPostgres(Settings.Store store, SQLException e) {
        String server = StoreUrl.server(store.url());
        String host = StoreUrl.host(store.url());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = store.username() == null ? "the user running followup (" + System.getProperty("user.name")
                + ")" : "\"" + store.username() + "\"";
        String check;
        if (state.equals(REJECTED) && (store.password() == null || store.password().isEmpty())) {
            // the driver's own refusal to log in without a password: the server answered, and asked for one
            check = "the server asks for the password of " + user + " and " + (store.password() == null
                    ? "none was given" : "the one given is empty") + ": set FOLLOWUP_STORE_PASSWORD or"
                    + " followup.store.password-file (a file readable only by you)";
        } else if (state.startsWith("28")) {
            check = "the server refused the login of " + user + ": check followup.store.username and the password in"
                    + " FOLLOWUP_STORE_PASSWORD or store.password-file, and pg_hba.conf on " + host;
        } else if (state.equals("3D000")) {
            String database = server.substring(server.indexOf('/') + 1);
            String role = store.username() == null ? System.getProperty("user.name") : store.username();
            check = "the database " + database + " does not exist on " + host + ": create it there (sudo -u postgres"
                    + " createdb --owner " + role + " " + database + ") or fix followup.store.url";
        } else if (unknownHost(e)) {
            check = "the host name " + host + " cannot be resolved: check the host in followup.store.url (and this"
                    + " machine's DNS)";
        } else if (Outage.connectionLost(e)) {
            check = "check that PostgreSQL runs on " + host + ", listens on that port for this machine"
                    + " (listen_addresses in postgresql.conf), that pg_hba.conf lets this host in, and that no"
                    + " firewall is in the way; or fix followup.store.url";
        } else {
            check = "check followup.store.url, username and password, and the server's log on " + host;
        }
        String said = String.valueOf(e.getMessage()).strip();
        return new StoreException("cannot open the state database on the PostgreSQL server " + server + ": "
                + (said.endsWith(".") ? said.substring(0, said.length() - 1) : said), check, e);
    }

    private static boolean unknownHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The database knows of fewer sent messages than the count kept next to it: see {@link SentMark}. */
    static StoreException forgotten(Path base, Path count, long known, long sent) {
        return new StoreException("the state database file " + base + ".mv.db has gone back to an earlier version:"
                + " it knows of " + known + " sent message(s), but " + sent + " went out (counted in " + count
                + "). H2 does this when it opens a damaged file by falling back to the last version it can read;"
                + " an older copy put back does the same. Sending from it could send a message a second time, so"
                + " followup will not start. Restore the newest backup of the file; or, to go on with it anyway,"
                + " delete " + count + " (messages the database forgot may then go out again)");
    }

    private static boolean damaged(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException || t instanceof Migrations.SchemaMismatch
                    || t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
        }
        return false;
    }
}
