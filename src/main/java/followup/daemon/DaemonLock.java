package followup.daemon;

import followup.FollowupException;
import followup.store.Database;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One daemon per data directory: an OS file lock next to the database. The lock dies with the process (also on
 * kill -9), so a crashed daemon never blocks the next start.
 */
final class DaemonLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DaemonLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the data directory if needed (a clear error if it cannot be written), then takes the lock. */
    static DaemonLock acquire(Path databaseBase) {
        Path file = Path.of(databaseBase + ".daemon.lock");
        Database.prepareDirectory(databaseBase);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new FollowupException("another followup daemon is already running on this data ("
                        + file.getParent() + (holder.isEmpty() ? "" : ", " + holder) + "); stop it first, or use"
                        + " plan, status, hold and resume, which work alongside it");
            }
            ch.truncate(0);
            ch.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"), 0);
            return new DaemonLock(ch, lock);
        } catch (IOException e) {
            throw new FollowupException("cannot lock the data directory " + file.getParent() + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // released with the process anyway
        }
    }
}
