package followup.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes that HOCON reads otherwise than their writer meant, in a record or a config, each told at its line and key
 * before the file is parsed: a value between typographic quotes ({@link TypographicQuotes}), and a quoted text that
 * follows another with only spaces between them, as a comma left out of a list leaves it ({@code topics = ["the CI"
 * "on-call"]}): HOCON joins the two into one text ("the CI on-call") without a word. Nobody writing these files means
 * to join two quoted texts so; a {@code "} inside one quoted text, a comment after a value and a {@code ${?VAR}}
 * after a quoted text are not taken for it.
 */
final class QuoteMistakes {
    private QuoteMistakes() {
    }

    /** A problem at the line and key of each value of {@code text} whose quotes are not what was meant. */
    static List<Problem> in(String text, String file) {
        return look(text, file);
    }

    /**
     * As {@link #in(String, String)}, told whether the text may hold either mistake at all (by a look at its
     * characters made already): nearly every file holds neither, and its structure is then not read a second time.
     */
    static List<Problem> in(String text, String file, boolean typographic, boolean joined) {
        if (!typographic && !joined) {
            return List.of();
        }
        EndOfFile.Quotes found = EndOfFile.quotes(text);
        List<Problem> problems = new ArrayList<>();
        for (EndOfFile.Start s : found.typographic()) {
            problems.add(TypographicQuotes.at(s, file));
        }
        for (EndOfFile.Start s : found.joined()) {
            problems.add(joined(s, file));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** As {@link #in(String, String)}, for a file read from disk; none when it cannot be read (the parser says why). */
    static List<Problem> inFile(Path file, String name) {
        try {
            return in(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Problem joined(EndOfFile.Start s, String file) {
        String path = s.path();
        boolean element = path.endsWith("]");
        String list = element ? path.substring(0, path.lastIndexOf('[')) : path;
        String key = list.substring(list.lastIndexOf('.') + 1);
        String what = "two texts in quotes with only a space between them are read as one, joined by that space: ";
        return new Problem(file, s.line(), path, what + (element
                ? "put a comma between the items of a list: " + key + " = [\"...\", \"...\"]"
                : "write the value between one pair of quotes (" + key + " = \"...\"), or, for a list, put a comma"
                + " between its items: " + key + " = [\"...\", \"...\"]"));
    }

    /**
     * What one look at the characters of {@code text} finds: whether it may hold a typographic quote, and a {@code "}
     * followed by another with only spaces or tabs between (inside quotes too: the reading of the structure tells).
     */
    private static List<Problem> look(String text, String file) {
        boolean typographic = false;
        boolean joined = false;
        int after = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                joined |= after >= 0;
                after = i;
            } else if (c != ' ' && c != '\t') {
                after = -1;
                typographic |= TypographicQuotes.opens(c);
            }
        }
        return in(text, file, typographic, joined);
    }
}
