package followup.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quotes that HOCON reads otherwise than their writer meant, in a record or a config, each told at its line and key
 * before the file is parsed: a value between typographic or single quotes ({@link TypographicQuotes}), and a quoted
 * text that follows another with only spaces between them, as a comma left out of a list leaves it ({@code topics =
 * ["the CI" "on-call"]}): HOCON joins the two into one text ("the CI on-call") without a word. Nobody writing these
 * files means to join two quoted texts so; a {@code "} inside one quoted text, a comment after a value and a
 * {@code ${?VAR}} after a quoted text are not taken for it.
 */
final class QuoteMistakes {
    /** Files read through includes at most: a config needs two or three. */
    private static final int MAX_FILES = 50;
    /** The extensions of an included file read for its quotes: its name as written, or with {@code .conf}. */
    private static final List<String> HOCON = List.of("", ".conf");

    private QuoteMistakes() {
    }

    /**
     * A problem at the line and key of each value of {@code text} whose quotes are not what was meant, told whether
     * the text may hold either mistake at all (by a look at its characters made already): nearly every file holds
     * neither, and its structure is then not read a second time.
     */
    static List<Problem> in(String text, String file, boolean typographic, boolean joined) {
        if (!typographic && !joined) {
            return List.of();
        }
        List<Problem> problems = problems(EndOfFile.quotes(text), file, "");
        problems.sort(Problem.ORDER);
        return problems;
    }

    /**
     * As {@link #in}, for a config file read from disk, and for each file it includes, named as
     * such and with the keys as the config reads them (an include inside {@code followup { }} sets keys under it);
     * none when it cannot be read (the parser then says why).
     */
    static List<Problem> inFile(Path file, String name) {
        List<Problem> problems = new ArrayList<>();
        inFile(file, name, "", new HashSet<>(), problems);
        problems.sort(Problem.ORDER);
        return problems;
    }

    private static void inFile(Path file, String name, String prefix, Set<Path> seen, List<Problem> problems) {
        if (seen.size() > MAX_FILES || !seen.add(file.toAbsolutePath().normalize())) {
            return;                                  // an include of itself, or of one that includes it
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (!look(text) && !text.contains("include")) {
            return;
        }
        EndOfFile.Quotes found = EndOfFile.quotes(text);
        problems.addAll(problems(found, name, prefix));
        for (EndOfFile.Include include : found.includes()) {
            Path target = included(file, include);
            if (target != null) {
                String inside = prefix + include.path() + (include.path().isEmpty() ? "" : ".");
                inFile(target, Display.path(target), inside, seen, problems);
            }
        }
    }

    /** The file {@code include} reads, as the config library finds it (a HOCON one); null when there is none. */
    private static Path included(Path from, EndOfFile.Include include) {
        try {
            return ConfigIncludes.found(ConfigIncludes.target(from, include.name(), include.file()), HOCON);
        } catch (RuntimeException e) {
            return null;     // a name that is no path of this system: the parser says so
        }
    }

    private static List<Problem> problems(EndOfFile.Quotes found, String file, String prefix) {
        List<Problem> problems = new ArrayList<>();
        for (EndOfFile.Start s : found.typographic()) {
            problems.add(TypographicQuotes.at(new EndOfFile.Start(s.line(), prefix + s.path()), file));
        }
        for (EndOfFile.Start s : found.single()) {
            problems.add(TypographicQuotes.single(new EndOfFile.Start(s.line(), prefix + s.path()), file));
        }
        for (EndOfFile.Start s : found.joined()) {
            problems.add(joined(new EndOfFile.Start(s.line(), prefix + s.path()), file));
        }
        return problems;
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
     * Whether one look at the characters of {@code text} finds a typographic or single quote, or a {@code "}
     * followed by another with only spaces or tabs between (inside quotes too: the reading of the structure tells).
     */
    private static boolean look(String text) {
        int after = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (after >= 0) {
                    return true;
                }
                after = i;
            } else if (c != ' ' && c != '\t') {
                after = -1;
                if (c == '\'' || TypographicQuotes.opens(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
