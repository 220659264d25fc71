package followup.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many messages have gone out, kept in a small file next to the H2 database ({@code followup.sent-count}) and
 * raised after every message the store marks sent. A database that knows of fewer sent messages than this file has
 * gone back to an earlier version: H2 does that without a word when it opens a damaged file by falling back to the
 * last version it can read, and a file cut to nothing opens as a new, empty database. Sending from such a database
 * could send a message a second time, so the daemon refuses it ({@link Database#requireNothingForgotten()}).
 *
 * <p>The file only ever holds counts the database had committed, and sent messages are never unmarked, so it can
 * lag behind the database (a kill between the commit and the write) but never run ahead of it.
 *
 * <p>The count is kept in memory: read from the database once ({@link #raise} at start-up, or the first
 * {@link #oneMore}), then raised by one for every message marked sent, so a send costs no count over the table.
 * Writers coalesce: while one thread writes the file, the others only raise the count in memory, and the writer
 * writes again before it leaves if the count moved meanwhile; the file thus lags by the sends of one write at most.
 */
final class SentMark {
    private static final Logger LOG = LoggerFactory.getLogger(SentMark.class);
    private final Path file;
    private final AtomicLong count = new AtomicLong(-1);
    private final ReentrantLock writing = new ReentrantLock();
    private volatile long written = -1;
    private volatile boolean seeded;

    SentMark(Path file) {
        this.file = file;
    }

    /** The mark of the H2 database with this base path (without {@code .mv.db}). */
    static SentMark of(Path databaseBase) {
        return new SentMark(Path.of(databaseBase + ".sent-count"));
    }

    Path file() {
        return file;
    }

    /** The count in the file; empty when there is none (a new data directory, or one from before the mark). */
    OptionalLong read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String first = text.isEmpty() ? "" : text.split("\\s+", 2)[0];
        try {
            return OptionalLong.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            LOG.warn("{} does not start with a count of sent messages (found \"{}\"); it is written anew", file,
                    first);
            return OptionalLong.empty();
        }
    }

    /**
     * Writes {@code sent}, the count the database has committed at start-up (nothing being sent), unless this mark
     * already wrote as much, and keeps counting from there in memory. Written to a temporary file and moved over the
     * old one, so a crash leaves either count. A failure is logged, never thrown: the message did go out.
     */
    void raise(long sent) {
        count.accumulateAndGet(sent, Math::max);
        seeded = true;
        writing.lock();
        try {
            write(count.get());
        } finally {
            writing.unlock();
        }
    }

    /**
     * One more message was marked sent (committed). Once {@link #raise} has given the count, it is raised in memory;
     * before that (a database opened without the start-up check), {@code counted}, the database's count, is asked.
     */
    void oneMore(LongSupplier counted) {
        if (!seeded) {
            long n = counted.getAsLong();
            writing.lock();
            try {
                write(n);
            } finally {
                writing.unlock();
            }
            return;
        }
        count.incrementAndGet();
        do {
            if (!writing.tryLock()) {
                return;            // the thread writing now writes this count too before it leaves
            }
            try {
                if (!write(count.get())) {
                    return;
                }
            } finally {
                writing.unlock();
            }
        } while (count.get() > written);
    }

    /** False if the file could not be written (logged). */
    private boolean write(long sent) {
        if (sent <= written) {
            return true;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, sent + " messages sent (followup compares this with its database at start-up to"
                    + " notice a database that went back to an earlier version; do not edit)\n",
                    StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = sent;
            return true;
        } catch (IOException e) {
            LOG.warn("Could not record the count of sent messages in {}: {}", file, e.toString());
            return false;
        }
    }
}
