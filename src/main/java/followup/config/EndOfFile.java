package followup.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file that ends in the middle of a setting, as an editor that crashed or a copy that stopped short leaves it: a
 * key with nothing after its {@code =}, a quoted value never closed, a {@code {} or {@code [} never closed. The parser
 * says only "end of file", on a line past the last; the text is read again here to name the key being written, its
 * line, and each bracket still open, innermost first ({@link CutOffEnd}). A value is never repeated (it may be a
 * password). The same reading, one look at each character, finds the values that begin with a typographic quote,
 * those between single quotes, the quoted texts joined to the one before them and the includes of files
 * ({@link QuoteFindings}, for {@link QuoteMistakes}), and the value where the parser stopped ({@link ValueLookup}).
 */
final class EndOfFile {
    /** The parser's words for the end of the text, after the token it expected. */
    static final Pattern PARSER_AT_END = Pattern.compile("(?:got|not:|token:) end of file|End of input but");

    /** Objects and lists open at once beyond which the text is not read further (a config needs five or six). */
    private static final int MAX_DEPTH = 64;
    /** The length of a key in parts ({@code a."b".c}) beyond which further parts are not added to it. */
    private static final int MAX_KEY = 300;

    /** Where a value begins: its line and its path. */
    record Start(int line, String path) {
    }

    /**
     * The values of a text that begin with a typographic quote, and those where a quoted text follows another with
     * only spaces or tabs between them (HOCON joins the two into one text), both in file order.
     */
    record Quotes(List<Start> typographic, List<Start> single, List<Start> joined, List<Include> includes) {
    }

    /**
     * An {@code include} of a file: its line, the path of the object it is written in ("" at the top), the name as
     * written, and whether it is written {@code file("...")} (read from the working directory, not beside the file).
     */
    record Include(int line, String path, String name, boolean file) {
    }

    private final String text;
    private final Deque<OpenFrame> frames = new ArrayDeque<>();
    private final QuoteFindings findings;
    private final ValueLookup lookup;
    private int line = 1;
    private int quoteLine;
    /** True when the text nests deeper than {@link #MAX_DEPTH}: nothing is said of its end. */
    private boolean deep;

    private EndOfFile(String text, ValueLookup lookup) {
        this.text = text;
        this.findings = new QuoteFindings(text);
        this.lookup = lookup;
        frames.push(new OpenFrame(false, "", 1));
    }

    /** What is unfinished where {@code text} ends, located in {@code file}; null when nothing is found open. */
    static Problem of(String file, String text) {
        EndOfFile e = new EndOfFile(text, ValueLookup.none(text));
        e.scan();
        return e.deep ? null : CutOffEnd.of(file, e.frames, e.quoteLine);
    }

    /** The values of {@code text} that begin with a typographic quote, and those joined to a quoted one before. */
    static Quotes quotes(String text) {
        EndOfFile e = new EndOfFile(text, ValueLookup.none(text));
        e.scan();
        return e.findings.found();
    }

    /**
     * The value on {@code line} of {@code text} that holds {@code c} (the parser stopped there), with its text as
     * written when it is unquoted (else ""); null when there is none.
     */
    static Map.Entry<Start, String> valueOn(String text, int line, char c) {
        EndOfFile e = new EndOfFile(text, new ValueLookup(text, line, c, null, false));
        e.scan();
        return e.lookup.found();
    }

    /**
     * The value of an object on {@code line} of {@code text} that is followed, with no comma, by another key and
     * {@code got}, the token the parser stopped at: its separator ('=' or ':'), or the key itself when an object
     * follows it ({@code smtp { ... } imap { ... }}); with the unquoted text after the value as written; null when
     * there is none.
     */
    static Map.Entry<Start, String> settingAfter(String text, int line, String got) {
        EndOfFile e = new EndOfFile(text, new ValueLookup(text, line, got.charAt(0), got.length() > 1 ? got : null,
                true));
        e.scan();
        return e.lookup.found();
    }

    /**
     * The value of an object on {@code line} of {@code text} that is followed, with no comma, by an object or a list
     * ({@code title = "CTO" topics [ ... ]}), with the key written between them (else ""); null when there is none.
     */
    static Map.Entry<Start, String> valueBefore(String text, int line) {
        EndOfFile e = new EndOfFile(text, ValueLookup.before(text, line));
        e.scan();
        return e.lookup.found();
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            OpenFrame top = frames.peek();
            if (c == '\n') {
                line++;
                if (top.list) {
                    top.inElement = false;
                } else if (top.key != null && (top.valued || top.key.equals("include"))) {
                    top.key = null;
                }
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '#' || text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '"') {
                boolean key = !top.list && (top.key == null || !top.separated);
                int start = line;
                findings.quoteAt(top, key, i, start);
                int end = quoted(i);
                findings.quoted(top, key, i, end, start);
                if (end < 0) {
                    top.startValue();
                    quoteLine = start;
                    return;
                }
                lookup.quoted(top, key, i, end, start);
                token(top, key ? quote(text.substring(i + 1, Math.max(i + 1, end - 1))) : null, start);
                findings.quoteEnds(key, end);
                i = end;
            } else if (c == '{' || c == '[') {
                if (frames.size() > MAX_DEPTH) {
                    deep = true;                          // no file of followup's nests so deep: not read further
                    return;
                }
                lookup.opens(top, i, line);
                top.startValue();
                frames.push(new OpenFrame(c == '[', top.valuePath(), line));
                i++;
            } else if (c == '}' || c == ']') {
                if (frames.size() > 1) {
                    frames.pop();
                }
                i++;
            } else if (c == ',') {
                if (top.list) {
                    top.inElement = false;
                } else {
                    top.key = null;
                }
                i++;
            } else if (!top.list && top.key != null && !top.separated && (c == '=' || c == ':'
                    || text.startsWith("+=", i))) {
                top.separated = true;
                i += c == '+' ? 2 : 1;
            } else if (!top.list && (top.key == null || !top.separated)) {
                int end = i;
                while (end < n && " \t\r\n=:{}[],#\"".indexOf(text.charAt(end)) < 0
                        && !text.startsWith("+=", end) && !text.startsWith("//", end)) {
                    end++;
                }
                String word = text.substring(i, Math.max(end, i + 1));
                lookup.key(top, word, line);
                token(top, word, line);
                i = Math.max(end, i + 1);
            } else {
                boolean valued = top.valued;
                top.startValue();
                findings.valueBegins(top, c, line);
                int end = text.startsWith("${", i) ? text.indexOf('}', i) + 1 : i;
                if (end <= 0) {
                    return;                               // a substitution never closed: nothing more to read
                }
                while (end < n && "\n,{}[]\"#".indexOf(text.charAt(end)) < 0 && !text.startsWith("//", end)) {
                    end++;
                }
                findings.value(top, i, end, line);
                lookup.value(top, valued, i, end, line);
                i = Math.max(end, i + 1);
            }
        }
    }

    /** A key ({@code key} not null) or a quoted value read in {@code top}. */
    private void token(OpenFrame top, String key, int at) {
        if (key == null) {
            top.startValue();
        } else if (top.key == null) {
            top.key = key;
            top.keyLine = at;
            top.separated = false;
            top.valued = false;
        } else if (!top.key.equals("include") && top.key.length() < MAX_KEY) {
            top.key = top.key + key;                      // a key in parts: a."b".c
        }
    }

    /** The index after the quoted string at {@code i}, lines counted; -1 when the text ends inside it. */
    private int quoted(int i) {
        if (text.startsWith("\"\"\"", i)) {
            int end = text.indexOf("\"\"\"", i + 3);
            if (end < 0) {
                return -1;
            }
            while (end + 3 < text.length() && text.charAt(end + 3) == '"') {
                end++;
            }
            countLines(i, end + 3);
            return end + 3;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= text.length()) {
            return -1;
        }
        return text.charAt(j) == '"' ? j + 1 : j;
    }

    private void countLines(int from, int to) {
        for (int k = from; k < to; k++) {
            line += text.charAt(k) == '\n' ? 1 : 0;
        }
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }
}
