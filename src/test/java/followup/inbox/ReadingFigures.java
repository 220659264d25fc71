package followup.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of how well mail is read on the written fixtures (bounce recall, return dates read exactly,
 * rejections recognised, ordinary replies misread), one line per figure in {@code target/mail-reading.txt}, so a
 * run shows them without printing to the console.
 */
final class ReadingFigures {
    static final Path FILE = Path.of("target", "mail-reading.txt");

    private ReadingFigures() {
    }

    /** Records {@code what: count of total}, replacing an earlier line of the same figure. */
    static synchronized void record(String what, long count, long total) {
        try {
            Map<String, String> lines = new TreeMap<>();
            if (Files.exists(FILE)) {
                for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        lines.put(line.substring(0, colon), line.substring(colon + 1).strip());
                    }
                }
            }
            lines.put(what, count + " of " + total);
            StringBuilder out = new StringBuilder();
            lines.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
