package followup.daemon;

import followup.FollowupException;
import followup.store.Database;
import followup.store.HeldLock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One daemon per database. For an H2 file, an OS file lock next to the database; for PostgreSQL, an advisory lock
 * on the server ({@link Database#lockForDaemon(boolean)}), exclusive, or shared by the daemons of a cluster. Both
 * die with the process (also on kill -9), so a crashed daemon never blocks the next start.
 */
final class DaemonLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final HeldLock serverLock;

    private DaemonLock(FileChannel channel, FileLock lock, HeldLock serverLock) {
        this.channel = channel;
        this.lock = lock;
        this.serverLock = serverLock;
    }

    /** The PostgreSQL database's lock, held until {@link #close()}; none for H2 (its file lock is taken first). */
    static Optional<DaemonLock> onServer(Database db, boolean cluster) {
        return db.lockForDaemon(cluster).map(l -> new DaemonLock(null, null, l));
    }

    /** Creates the data directory if needed (a clear error if it cannot be written), then takes the lock. */
    static DaemonLock acquire(Path databaseBase) {
        Path file = Path.of(databaseBase + ".daemon.lock");
        Database.prepareDirectory(databaseBase);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock = tryLock(ch);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new FollowupException("another followup daemon is already running on this data ("
                        + file.getParent() + (holder.isEmpty() ? "" : ", " + holder) + "); stop it first, or use"
                        + " plan, status, hold and resume, which work alongside it");
            }
            ch.truncate(0);
            ch.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"), 0);
            return new DaemonLock(ch, lock, null);
        } catch (IOException e) {
            throw new FollowupException("cannot lock the data directory " + file.getParent() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The lock, or null when a daemon holds it. A look by {@code status} or {@code check} ({@link #holder}) holds it
     * shared for a moment, so a refusal is tried again a few times over a fifth of a second before it stands.
     */
    private static FileLock tryLock(FileChannel ch) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                FileLock lock = ch.tryLock();
                if (lock != null || attempt == LOOK_RETRIES) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                return null;                                     // a daemon of this process holds it
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static final int LOOK_RETRIES = 10;

    /**
     * Who holds the lock of the H2 database at {@code databaseBase} ("pid 1234", or empty when the holder did not say),
     * without taking it for longer than the look and without creating anything; empty when no daemon runs on it.
     */
    static Optional<String> holder(Path databaseBase) throws IOException {
        Path file = Path.of(databaseBase + ".daemon.lock");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock lock;
            try {
                lock = ch.tryLock(0, Long.MAX_VALUE, true);     // shared: refused while a daemon holds it
            } catch (OverlappingFileLockException e) {
                lock = null;                                     // a daemon of this process holds it
            }
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    /** Whether this daemon still holds its lock (see {@link HeldLock#stillHeld()}); an H2 file lock always is. */
    boolean stillHeld() {
        return serverLock == null || serverLock.stillHeld();
    }

    @Override
    public void close() {
        try {
            if (serverLock != null) {
                serverLock.close();
            } else {
                lock.release();
                channel.close();
            }
        } catch (Exception e) {
            // released with the process (or the session) anyway
        }
    }
}
