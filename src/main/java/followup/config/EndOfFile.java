package followup.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A file that ends in the middle of a setting, as an editor that crashed or a copy that stopped short leaves it: a
 * key with nothing after its {@code =}, a quoted value never closed, a {@code {} or {@code [} never closed. The parser
 * says only "end of file", on a line past the last; the text is read again here to name the key being written, its
 * line, and each bracket still open, innermost first. A value is never repeated (it may be a password). The same
 * reading finds the values that begin with a typographic quote, those between single quotes, and the quoted texts
 * joined to the one before them ({@link QuoteMistakes}).
 */
final class EndOfFile {
    /** The parser's words for the end of the text, after the token it expected. */
    static final Pattern PARSER_AT_END = Pattern.compile("(?:got|not:|token:) end of file|End of input but");

    /** Objects and lists open at once beyond which the text is not read further (a config needs five or six). */
    private static final int MAX_DEPTH = 64;
    /** Values between typographic quotes, or joined to the one before, reported at most (each). */
    private static final int MAX_TYPOGRAPHIC = 20;
    /** The length of a key in parts ({@code a."b".c}) beyond which further parts are not added to it. */
    private static final int MAX_KEY = 300;

    private static final String CUT_OFF = "; if the file was cut off (an editor that crashed, a copy that stopped"
            + " short), restore its end";

    /** An object or list still open: its path, its line, and for a list the number of its elements so far. */
    private static final class Frame {
        final boolean list;
        final String path;
        final int line;
        String key;
        int keyLine;
        boolean separated;
        boolean valued;
        int elements;
        boolean inElement;

        Frame(boolean list, String path, int line) {
            this.list = list;
            this.path = path;
            this.line = line;
        }

        /** The path of the value being written in this frame. */
        String valuePath() {
            if (list) {
                return path + "[" + Math.max(elements - 1, 0) + "]";
            }
            return key == null ? path : path.isEmpty() ? key : path + "." + key;
        }

        String opener() {
            if (list) {
                int dot = path.lastIndexOf('.');
                return (path.isEmpty() ? "the" : path.substring(dot + 1)) + " = [";
            }
            if (path.isEmpty() || path.endsWith("]")) {
                return "the {";
            }
            return path.substring(path.lastIndexOf('.') + 1) + " {";
        }
    }

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
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** The values written between typographic quotes, outside any straight quotes ({@link TypographicQuotes}). */
    private final List<Start> typographic = new ArrayList<>();
    /** The unquoted values written between single quotes ({@code 'Jane Doe'}). */
    private final List<Start> single = new ArrayList<>();
    /** The quoted values that follow another on their line with only spaces or tabs between them. */
    private final List<Start> joined = new ArrayList<>();
    /** The includes of files (not of a class path resource or an address). */
    private final List<Include> includes = new ArrayList<>();
    /** The index after the last quoted value (not a key) read; -1 before any. */
    private int quotedEnd = -1;
    private int line = 1;
    private int quoteLine;
    /** The line and character of {@link #valueOn}: the value on that line holding it, once found. */
    private int wantedLine;
    private char wantedChar;
    private Start wanted;
    private String wantedValue;
    /** True when {@link #valueOn} looks for the unquoted text after a value of an object only ({@link #settingAfter}). */
    private boolean settings;
    /** The key {@link #settingAfter} looks for after a value, when the parser named it (an object follows it). */
    private String wantedWord;
    /** True when the text nests deeper than {@link #MAX_DEPTH}: nothing is said of its end. */
    private boolean deep;

    private EndOfFile(String text) {
        this.text = text;
        frames.push(new Frame(false, "", 1));
    }

    /** What is unfinished where {@code text} ends, located in {@code file}; null when nothing is found open. */
    static Problem of(String file, String text) {
        EndOfFile e = new EndOfFile(text);
        e.scan();
        return e.problem(file);
    }

    /** The values of {@code text} that begin with a typographic quote, and those joined to a quoted one before. */
    static Quotes quotes(String text) {
        EndOfFile e = new EndOfFile(text);
        e.scan();
        return new Quotes(e.typographic, e.single, e.joined, e.includes);
    }

    /**
     * The value on {@code line} of {@code text} that holds {@code c} (the parser stopped there), with its text as
     * written when it is unquoted (else ""); null when there is none.
     */
    static Map.Entry<Start, String> valueOn(String text, int line, char c) {
        EndOfFile e = new EndOfFile(text);
        e.wantedLine = line;
        e.wantedChar = c;
        e.scan();
        return e.wanted == null ? null : Map.entry(e.wanted, e.wantedValue);
    }

    /**
     * The value of an object on {@code line} of {@code text} that is followed, with no comma, by another key and
     * {@code got}, the token the parser stopped at: its separator ('=' or ':'), or the key itself when an object
     * follows it ({@code smtp { ... } imap { ... }}); with the unquoted text after the value as written; null when
     * there is none.
     */
    static Map.Entry<Start, String> settingAfter(String text, int line, String got) {
        EndOfFile e = new EndOfFile(text);
        e.wantedLine = line;
        e.wantedChar = got.charAt(0);
        e.wantedWord = got.length() > 1 ? got : null;
        e.settings = true;
        e.scan();
        return e.wanted == null ? null : Map.entry(e.wanted, e.wantedValue);
    }

    private Problem problem(String file) {
        if (deep) {
            return null;
        }
        Frame top = frames.peek();
        String closers = closers(false);
        if (quoteLine > 0) {
            return new Problem(file, quoteLine, top.valuePath(), "cannot be read as HOCON: the file ends inside this"
                    + " quoted value: close it with a \"" + then(closers) + CUT_OFF);
        }
        if (!top.list && top.key != null && top.separated && !top.valued) {
            return new Problem(file, top.keyLine, top.valuePath(), "cannot be read as HOCON: the file ends before"
                    + " the value of " + last(top.key) + " is written: write it after the =" + then(closers)
                    + CUT_OFF);
        }
        if (!top.list && top.key != null && !top.valued) {
            return new Problem(file, top.keyLine, top.valuePath(), "cannot be read as HOCON: the file ends after the"
                    + " key " + last(top.key) + ", before its = and value: write them" + then(closers) + CUT_OFF);
        }
        if (frames.size() > 1) {
            String others = closers(true);
            return new Problem(file, top.line, top.path, "cannot be read as HOCON: the file ends with this "
                    + (top.list ? "[" : "{") + " still open" + (others.isEmpty() ? "" : ", and " + others)
                    + ": add the " + (frames.size() > 2 ? "closing bracket each of them lacks" : (top.list ? "]" : "}")
                    + " it lacks") + " (every { needs its }, every [ its ])" + CUT_OFF);
        }
        return null;
    }

    private static String then(String closers) {
        return closers.isEmpty() ? "" : ", then close what is still open: " + closers;
    }

    /**
     * "} for sender { of line 2, } for followup { of line 1": each frame still open but the root, innermost first;
     * with {@code others}, those around the innermost alone, by their openers ("followup { of line 1").
     */
    private String closers(boolean others) {
        StringJoiner j = new StringJoiner(", ");
        for (Frame f : frames) {
            if (f == frames.peekLast()) {
                break;
            }
            if (others && f == frames.peek()) {
                continue;
            }
            j.add((others ? "" : (f.list ? "]" : "}") + " for ") + f.opener() + " of line " + f.line);
        }
        return j.toString();
    }

    private static String last(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            Frame top = frames.peek();
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
                if (!key && quotedEnd >= 0 && blank(quotedEnd, i) && joined.size() < MAX_TYPOGRAPHIC) {
                    startValue(top);
                    joined.add(new Start(start, top.valuePath()));
                }
                int end = quoted(i);
                if (key && "include".equals(top.key) && end > i + 1 && text.charAt(end - 1) == '"') {
                    include(top, i, end, start);
                }
                if (end < 0) {
                    startValue(top);
                    quoteLine = start;
                    return;
                }
                if (wanted == null && !settings && start == wantedLine
                        && text.substring(i, end).indexOf(wantedChar) >= 0) {
                    if (!key) {
                        startValue(top);
                    }
                    wanted = new Start(start, key ? top.path : top.valuePath());
                    wantedValue = "";
                }
                token(top, key ? quote(text.substring(i + 1, Math.max(i + 1, end - 1))) : null, start);
                quotedEnd = key ? -1 : end;
                i = end;
            } else if (c == '{' || c == '[') {
                if (frames.size() > MAX_DEPTH) {
                    deep = true;                          // no file of followup's nests so deep: not read further
                    return;
                }
                startValue(top);
                frames.push(new Frame(c == '[', top.valuePath(), line));
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
                if (wanted == null && wantedWord != null && line == wantedLine && top.key != null && top.valued
                        && word.equals(wantedWord)) {
                    wanted = new Start(line, top.valuePath());      // a key after an object's }, no comma between
                    wantedValue = word;
                }
                token(top, word, line);
                i = Math.max(end, i + 1);
            } else {
                boolean valued = top.valued;
                startValue(top);
                if (TypographicQuotes.OPENERS.indexOf(c) >= 0 && typographic.size() < MAX_TYPOGRAPHIC) {
                    typographic.add(new Start(line, top.valuePath()));
                }
                int end = text.startsWith("${", i) ? text.indexOf('}', i) + 1 : i;
                if (end <= 0) {
                    return;                               // a substitution never closed: nothing more to read
                }
                while (end < n && "\n,{}[]\"#".indexOf(text.charAt(end)) < 0 && !text.startsWith("//", end)) {
                    end++;
                }
                if (c == '\'' && end > i + 1 && text.substring(i, end).strip().endsWith("'")
                        && single.size() < MAX_TYPOGRAPHIC) {
                    single.add(new Start(line, top.valuePath()));
                }
                if (wanted == null && line == wantedLine && !(settings && top.list) && (wantedWord == null
                        ? text.substring(i, end).indexOf(wantedChar) >= 0 : valued && endsWithWord(i, end))) {
                    wanted = new Start(line, top.valuePath());
                    wantedValue = text.substring(i, end).strip();
                }
                i = Math.max(end, i + 1);
            }
        }
    }

    /** True when the text from {@code i} to {@code end} is {@link #wantedWord}, or ends with it after a space. */
    private boolean endsWithWord(int i, int end) {
        String run = text.substring(i, end).strip();
        return run.equals(wantedWord) || run.endsWith(" " + wantedWord) || run.endsWith("\t" + wantedWord);
    }

    /** The name quoted from {@code i} to {@code end}, after {@code include} in {@code top}, when it names a file. */
    private void include(Frame top, int i, int end, int at) {
        String before = text.substring(text.lastIndexOf('\n', i) + 1, i);
        if (!before.contains("url(") && !before.contains("classpath(") && includes.size() < MAX_TYPOGRAPHIC) {
            includes.add(new Include(at, top.path, text.substring(i + 1, end - 1), before.contains("file(")));
        }
    }

    /** A key ({@code key} not null) or a quoted value read in {@code top}. */
    private void token(Frame top, String key, int at) {
        if (key == null) {
            startValue(top);
        } else if (top.key == null) {
            top.key = key;
            top.keyLine = at;
            top.separated = false;
            top.valued = false;
        } else if (!top.key.equals("include") && top.key.length() < MAX_KEY) {
            top.key = top.key + key;                      // a key in parts: a."b".c
        }
    }

    private static void startValue(Frame top) {
        if (top.list) {
            if (!top.inElement) {
                top.elements++;
                top.inElement = true;
            }
        } else {
            top.valued = true;
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

    /** True when the text from {@code from} to {@code to} is only spaces and tabs. */
    private boolean blank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
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
