package followup.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link EndOfFile}'s reading of a text finds of its quotes, for {@link QuoteMistakes}: the values that begin
 * with a typographic quote, those between single quotes, the quoted texts joined to the one before them (a missing
 * comma), and the includes of files, each in file order.
 */
final class QuoteFindings {
    /** Values between typographic quotes, or joined to the one before, reported at most (each). */
    private static final int MAX_TYPOGRAPHIC = 20;

    private final String text;
    /** The values written between typographic quotes, outside any straight quotes ({@link TypographicQuotes}). */
    private final List<EndOfFile.Start> typographic = new ArrayList<>();
    /** The unquoted values written between single quotes ({@code 'Jane Doe'}). */
    private final List<EndOfFile.Start> single = new ArrayList<>();
    /** The quoted values that follow another on their line with only spaces or tabs between them. */
    private final List<EndOfFile.Start> joined = new ArrayList<>();
    /** The includes of files (not of a class path resource or an address). */
    private final List<EndOfFile.Include> includes = new ArrayList<>();
    /** The index after the last quoted value (not a key) read; -1 before any. */
    private int quotedEnd = -1;

    QuoteFindings(String text) {
        this.text = text;
    }

    EndOfFile.Quotes found() {
        return new EndOfFile.Quotes(typographic, single, joined, includes);
    }

    /**
     * A quoted text begins at {@code i} on line {@code at} in {@code top}, a key or a value: a value with only spaces
     * or tabs between it and the quoted value before is joined to it.
     */
    void quoteAt(OpenFrame top, boolean key, int i, int at) {
        if (!key && quotedEnd >= 0 && blank(quotedEnd, i) && joined.size() < MAX_TYPOGRAPHIC) {
            top.startValue();
            joined.add(new EndOfFile.Start(at, top.valuePath()));
        }
    }

    /**
     * The quoted text from {@code i} to {@code end} (-1 when the text ends inside it) read: after {@code include},
     * the name of what is included.
     */
    void quoted(OpenFrame top, boolean key, int i, int end, int at) {
        if (key && "include".equals(top.key) && end > i + 1 && text.charAt(end - 1) == '"') {
            include(top, i, end, at);
        }
    }

    /** The quoted text just read, a key or a value, ends before {@code end}. */
    void quoteEnds(boolean key, int end) {
        quotedEnd = key ? -1 : end;
    }

    /** An unquoted value in {@code top} begins with {@code c} on line {@code at}. */
    void valueBegins(OpenFrame top, char c, int at) {
        if (TypographicQuotes.OPENERS.indexOf(c) >= 0 && typographic.size() < MAX_TYPOGRAPHIC) {
            typographic.add(new EndOfFile.Start(at, top.valuePath()));
        }
    }

    /** The unquoted value of {@code top} from {@code i} to {@code end} on line {@code at}, read. */
    void value(OpenFrame top, int i, int end, int at) {
        if (text.charAt(i) == '\'' && end > i + 1 && text.substring(i, end).strip().endsWith("'")
                && single.size() < MAX_TYPOGRAPHIC) {
            single.add(new EndOfFile.Start(at, top.valuePath()));
        }
    }

    /** The name quoted from {@code i} to {@code end}, after {@code include} in {@code top}, when it names a file. */
    private void include(OpenFrame top, int i, int end, int at) {
        String before = text.substring(text.lastIndexOf('\n', i) + 1, i);
        if (!before.contains("url(") && !before.contains("classpath(") && includes.size() < MAX_TYPOGRAPHIC) {
            includes.add(new EndOfFile.Include(at, top.path, text.substring(i + 1, end - 1), before.contains("file(")));
        }
    }

    /** True when the text from {@code from} to {@code to} is only spaces and tabs. */
    private boolean blank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }
}
