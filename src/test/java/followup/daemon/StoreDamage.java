package followup.daemon;

import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoreException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages copies of a state database the way disks and people do (random bytes over a block, over the headers or
 * the whole file, a cut) and reports what opening it as the daemon does gives: refused with a clear message, or
 * opened, and then how many of the messages it had marked sent it forgot.
 */
final class StoreDamage {
    static final int SENT = 20;
    private static final int BLOCK = 4096;

    /** One way to damage the file; {@code mustRefuse} when nothing usable can be left. */
    record Damage(String what, long offset, long length, boolean cut, boolean mustRefuse) {
        @Override
        public String toString() {
            return what + (cut ? " (cut to " + offset + " bytes)" : " (" + length + " random bytes at " + offset + ")");
        }
    }

    /** @param forgotten messages the opened database no longer knows were sent (each would go out again) */
    record Outcome(boolean refused, boolean clear, long forgotten, String detail) {
    }

    private StoreDamage() {
    }

    static Path file(Path dir) {
        return dir.resolve("followup.mv.db");
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("followup");
    }

    /**
     * Twenty notices marked sent through the store, then the file copied while the database is still open (as a
     * kill -9 of the daemon leaves it), with the count of sent messages kept next to it.
     */
    static void writeTwentySent(Path dir) throws IOException {
        Path live = dir.resolveSibling(dir.getFileName() + "-live");
        Instant now = Instant.now();
        try (Database db = Database.open(url(live))) {
            db.requireNothingForgotten();
            MessageStore store = new MessageStore(db);
            for (int i = 0; i < SENT; i++) {
                store.addNotice("k" + i, "acme", "alex@example.com", "<m" + i + "@example.com>", "subject " + i,
                        "body ".repeat(40), now, now.plusSeconds(60));
                store.claim("k" + i, now);
                store.markSent("k" + i, now, "250 2.0.0 Ok", "subject " + i);
            }
            Files.createDirectories(dir);
            Files.copy(file(live), file(dir));
            Files.copy(live.resolve("followup.sent-count"), dir.resolve("followup.sent-count"));
        }
    }

    /** The whole file, both headers, a cut to nothing and to half, and {@code blocks} random 4 KiB blocks. */
    static List<Damage> damages(Random random, long size, int blocks) {
        List<Damage> out = new ArrayList<>(List.of(
                new Damage("the whole file", 0, size, false, true),
                new Damage("both file headers", 0, 2 * BLOCK, false, true),
                new Damage("cut to nothing", 0, 0, true, true),
                new Damage("cut in half", size / 2, 0, true, false)));
        long count = size / BLOCK;
        for (int i = 0; i < blocks; i++) {
            long block = 2 + (long) (random.nextDouble() * (count - 2));
            out.add(new Damage("block " + block, block * BLOCK, BLOCK, false, false));
        }
        return out;
    }

    /** Copies the pristine data directory to {@code dir}, damages the copy, and opens it as the daemon does. */
    static Outcome apply(Path pristine, Path dir, Damage damage) throws IOException {
        Files.createDirectories(dir);
        Files.copy(file(pristine), file(dir));
        Files.copy(pristine.resolve("followup.sent-count"), dir.resolve("followup.sent-count"));
        try (RandomAccessFile f = new RandomAccessFile(file(dir).toFile(), "rw")) {
            if (damage.cut()) {
                f.setLength(damage.offset());
            } else {
                byte[] noise = new byte[(int) damage.length()];
                new Random(damage.offset() * 31 + damage.length()).nextBytes(noise);
                f.seek(damage.offset());
                f.write(noise);
            }
        }
        try (Database db = Database.open(url(dir))) {
            db.requireNothingForgotten();
            long sent = new MessageStore(db).all().stream().filter(m -> m.state() == State.SENT).count();
            return new Outcome(false, true, SENT - sent, "opened, " + sent + " sent");
        } catch (StoreException e) {
            String m = e.getMessage();
            return new Outcome(true, m.contains(file(dir).toString()) && m.contains("Restore"), 0, m);
        } catch (RuntimeException e) {
            return new Outcome(false, false, 0, e.toString());
        }
    }
}
