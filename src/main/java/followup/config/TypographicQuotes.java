package followup.config;

/**
 * A value written between typographic quotes ({@code company = “Acme Corp”}), as a word processor, a phone or a
 * mail turns straight quotes into: HOCON reads no quotes in them, only text, so the value would keep them (and go out
 * in every mail), and a date so written stopped the parser at its ':' with advice to quote it, which it seemed to be.
 * Quotes of these kinds inside a straight-quoted value are text, as the writer meant them. Found by
 * {@link QuoteMistakes}.
 */
final class TypographicQuotes {
    /** The quotes that open a value pasted from elsewhere: English, German and French. */
    static final String OPENERS = "\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB";

    private TypographicQuotes() {
    }

    /** True when {@code c} is one of {@link #OPENERS}. */
    static boolean opens(char c) {
        return c >= '\u00AB' && OPENERS.indexOf(c) >= 0;
    }

    /** The problem of the value at {@code s}, of {@code file}, that begins with a typographic quote. */
    static Problem at(EndOfFile.Start s, String file) {
        return new Problem(file, s.line(), s.path(), "is written between typographic quotes (“ ” ‘ ’ „ « »:"
                + " a word processor, a phone or a mail writes them), which HOCON does not read as quotes: they"
                + " would be part of the value; write straight quotes: " + example(s));
    }

    /**
     * The problem of the value at {@code s}, of {@code file}, written between single quotes, as YAML, Python or a
     * shell take them ({@code name = 'Jane Doe'}): HOCON reads them as text, and "Dear 'Jane Doe'," would go out.
     * An apostrophe inside a value ({@code "Gerard 't Hooft"}, {@code notes = it's}) is text, as meant.
     */
    static Problem single(EndOfFile.Start s, String file) {
        return new Problem(file, s.line(), s.path(), "is written between single quotes ('...'), which HOCON does"
                + " not read as quotes: they would be part of the value; write double quotes: " + example(s));
    }

    private static String example(EndOfFile.Start s) {
        boolean element = s.path().endsWith("]");
        String key = s.path().substring(s.path().lastIndexOf('.') + 1);
        return (element ? "" : key + " = ") + "\"...\"";
    }
}
