package followup.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A value written between typographic quotes ({@code company = “Acme Corp”}), as a word processor, a phone or a
 * mail turns straight quotes into: HOCON reads no quotes in them, only text, so the value would keep them (and go out
 * in every mail), and a date so written stopped the parser at its ':' with advice to quote it, which it seemed to be.
 * Quotes of these kinds inside a straight-quoted value are text, as the writer meant them.
 */
final class TypographicQuotes {
    /** The quotes that open a value pasted from elsewhere: English, German and French. */
    static final String OPENERS = "\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB";

    private TypographicQuotes() {
    }

    /** A problem at the line and key of each value of {@code text} that starts with a typographic quote. */
    static List<Problem> in(String text, String file) {
        if (!holdsAny(text)) {                  // nearly every file: no second pass over its structure
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (EndOfFile.Start s : EndOfFile.typographic(text)) {
            boolean element = s.path().endsWith("]");
            String key = s.path().substring(s.path().lastIndexOf('.') + 1);
            problems.add(new Problem(file, s.line(), s.path(), "is written between typographic quotes (“ ” ‘ ’ „ « »:"
                    + " a word processor, a phone or a mail writes them), which HOCON does not read as quotes: they"
                    + " would be part of the value; write straight quotes: " + (element ? "" : key + " = ")
                    + "\"...\""));
        }
        return problems;
    }

    private static boolean holdsAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00AB' && OPENERS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #in}, for a file read from disk; none when it cannot be read (the parser then says why). */
    static List<Problem> inFile(Path file, String name) {
        try {
            return in(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
