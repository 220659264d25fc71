package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordDirectoryTest {
    @TempDir
    Path dir;

    private void write(String name, int i) throws IOException {
        Files.writeString(dir.resolve(name), """
                company = "Company %d"
                position = "Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane@company%d.example" } ]
                """.formatted(i, i));
    }

    @Test
    void readOnSeveralThreadsHandsEveryRecordOnInFileNameOrder() throws IOException {
        for (int i = 0; i < 500; i++) {
            write(String.format("r-%04d.conf", i), i);
        }
        List<String> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        RecordDirectory.read(Corpus.recordLoader(), dir, 4, e -> {
            assertTrue(e.problems().isEmpty(), e.problems()::toString);
            return e.id() + "|" + e.interview().company();
        }, s -> {
            seen.add(s);
            threads.add(Thread.currentThread().getName());
        });
        assertEquals(IntStream.range(0, 500).mapToObj(i -> String.format("r-%04d|Company %d", i, i)).toList(), seen);
        assertTrue(threads.stream().allMatch(Thread.currentThread().getName()::equals), "handed on the caller's thread");
    }

    @Test
    void aDuplicateIdFarFromTheFirstIsStillFoundIgnoringCase() throws IOException {
        write("Zeta.conf", 0); // capitals sort before every b-... file
        for (int i = 0; i < 300; i++) {
            write(String.format("b-%04d.conf", i), i);
        }
        write("zeta.conf", 1); // sorts after them
        List<RecordDirectory.Entry> entries = new ArrayList<>();
        RecordDirectory.read(Corpus.recordLoader(), dir, 2, e -> e, entries::add);
        assertEquals(302, entries.size());
        RecordDirectory.Entry first = entries.get(0);
        RecordDirectory.Entry last = entries.get(entries.size() - 1);
        assertEquals("zeta", last.id());
        assertNull(last.interview());
        assertEquals(1, last.problems().size());
        assertTrue(last.problems().get(0).message().startsWith("duplicate id: \"zeta\" is also the id of"),
                last.problems()::toString);
        assertTrue(last.problems().get(0).message().contains("Zeta.conf"), last.problems()::toString);
        // the first is refused as much as the last: neither takes the other's place
        assertNull(first.interview());
        assertTrue(first.problems().get(0).message().contains("zeta.conf"), first.problems()::toString);
    }

    @Test
    void anErrorInTheWorkReachesTheCaller() throws IOException {
        for (int i = 0; i < 50; i++) {
            write(String.format("r-%04d.conf", i), i);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RecordDirectory.read(
                Corpus.recordLoader(), dir, 2, entry -> {
                    if (entry.id().equals("r-0031")) {
                        throw new IllegalStateException("planning r-0031 failed");
                    }
                    return entry;
                }, entry -> { }));
        assertEquals("planning r-0031 failed", e.getMessage());
    }

    @Test
    void aFolderOrADanglingLinkNamedLikeARecordIsLeftOutAndTakesNoIdFromAFile() throws IOException {
        write("b-0001.conf", 1);
        Files.createDirectory(dir.resolve("A-0002.conf"));   // sorts first, and its id is the next file's
        write("a-0002.conf", 2);
        Files.createDirectory(dir.resolve("c-0003.conf"));
        Files.createSymbolicLink(dir.resolve("d-0004.conf"), dir.resolve("gone.conf"));
        write("e-0005.conf", 5);
        write("E-0005.conf", 6);   // a real duplicate is still one
        for (int threads : new int[] {1, 2}) {
            List<RecordDirectory.Entry> entries = new ArrayList<>();
            RecordDirectory.read(Corpus.recordLoader(), dir, threads, e -> e, entries::add);
            assertEquals(List.of("E-0005.conf", "a-0002.conf", "b-0001.conf", "e-0005.conf"),
                    entries.stream().map(e -> e.file().getFileName().toString()).toList(), "threads " + threads);
            assertEquals(List.of("a-0002", "b-0001"), entries.stream().filter(e -> e.interview() != null)
                    .map(RecordDirectory.Entry::id).toList());
            RecordDirectory.Entry duplicate = entries.get(3);
            assertNull(duplicate.interview());
            assertTrue(duplicate.problems().get(0).message().startsWith("duplicate id: \"e-0005\""),
                    duplicate.problems()::toString);
        }
    }

    @Test
    void aMissingDirectoryIsOneProblem() {
        List<RecordDirectory.Entry> entries = new ArrayList<>();
        RecordDirectory.read(Corpus.recordLoader(), dir.resolve("nope"), entries::add);
        assertEquals(1, entries.size());
        assertEquals("the interviews directory does not exist (create it, or point followup.interviews at it)",
                entries.get(0).problems().get(0).message());
    }

    /** A candidate's records are always in their folder's interviews/: there is no key to point elsewhere. */
    @Test
    void aCandidatesMissingDirectoryIsNotToldOfAKeyTheyCannotSet() {
        List<RecordDirectory.Entry> entries = new ArrayList<>();
        RecordDirectory.read(new RecordLoader(java.time.ZoneId.of("Europe/Berlin"), dir, "en", "sam"),
                dir.resolve("nope"), entries::add);
        assertEquals("the interviews directory does not exist (create it: a candidate's interview records are the"
                + " *.conf files of interviews/ beside their candidate.conf)", entries.get(0).problems().get(0)
                .message());
    }
}
