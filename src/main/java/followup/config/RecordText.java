package followup.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw text of an interview record, checked before the config library reads it. It must be UTF-8 (the library
 * would quietly turn a bad byte into U+FFFD, which would then go out in a mail), nest no deeper than a record can
 * use (the library's parser recurses, so ten thousand brackets overflow its stack) and be plain data: no
 * {@code include} (a record is one self-contained file) and no {@code ${...}} substitution or {@code +=} (a few
 * lines of those multiply a value into gigabytes when resolved).
 */
final class RecordText {
    /** Brackets plus dotted key segments; a record needs 3 ({@code interviewers = [ { topics = [...] } ]}). */
    static final int MAX_DEPTH = 32;
    private static final int MAX_REPORTED = 20;
    /** The frame of a list on the stack of objects being read: its values are no keys. */
    private static final Map<String, Integer> ARRAY = Map.of();

    private RecordText() {
    }

    /** The text, or null (with a problem at the line of the first bad byte) when it is not UTF-8. */
    static String decode(byte[] bytes, String file, List<Problem> problems) {
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            problems.add(new Problem(file, 0, "", utf16));
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(in).toString(); // reports bad input, never replaces it
        } catch (CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add(new Problem(file, line, "", String.format("is not valid UTF-8: byte %d (0x%02X) is not part"
                    + " of a character; save the file as UTF-8", at + 1, bytes[at] & 0xff)));
            return null;
        }
    }

    /**
     * What to say of a file saved as UTF-16 (Windows Notepad's "Unicode"), which begins with its byte order mark;
     * null for any other. Read as UTF-8 it is a NUL after every letter, which the parser calls a control character.
     */
    static String utf16(byte[] bytes) {
        boolean le = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE;
        boolean be = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF;
        return le || be ? "is saved as UTF-16 (\"Unicode\" in some editors); save it as UTF-8" : null;
    }

    /** Adds a located problem for each thing the text must not hold; true when it holds none. */
    static boolean check(String text, String file, List<Problem> problems) {
        int before = problems.size();
        Scan s = new Scan(text, file, problems);
        s.run();
        problems.addAll(QuoteMistakes.in(text, file, s.typographic, s.joined));
        return problems.size() == before;
    }

    private static final class Scan {
        private final String text;
        /** The text's characters: read one by one, an array costs less than {@code charAt} (a call and its checks). */
        private final char[] chars;
        private final String file;
        private final List<Problem> problems;
        private int reported;
        private int line = 1;
        private int depth;
        private int dots;
        private boolean deepReported;
        /** Only whitespace since the start, a '{', a ',' or a line break: where a key or an include may start. */
        private boolean keyStart = true;
        /** After a '=' or ':' and before its value: a line break there does not start a key. */
        private boolean afterSeparator;
        /** Right after a '}', with only spaces since: another '{' here would be merged into that object. */
        private boolean afterClose;
        /** Right after a quoted text, with only spaces or tabs since: another one here is joined to it. */
        private boolean afterQuoted;
        /** Whether a quoted text follows another with only spaces or tabs between ({@link QuoteMistakes}). */
        boolean joined;
        /** Whether a typographic or single quote stands outside straight quotes ({@link QuoteMistakes}). */
        boolean typographic;
        /** The keys of each object being read, innermost first (with their lines); {@link #ARRAY} for a list. */
        private final Deque<Map<String, Integer>> keys = new ArrayDeque<>(List.of(new HashMap<>()));

        Scan(String text, String file, List<Problem> problems) {
            this.text = text;
            this.chars = text.toCharArray();
            this.file = file;
            this.problems = problems;
        }

        void run() {
            int i = 0;
            int n = chars.length;
            while (i < n) {
                char c = chars[i];
                if (keyStart && c != '}' && c != ']' && c != ',' && c != '#' && c != '\uFEFF'
                        && !Character.isWhitespace(c) && !(c == '/' && text.startsWith("//", i))) {
                    key(i);
                }
                if (afterClose && c == '{') {
                    report("two objects written one after the other with no comma between them are read as one,"
                            + " the later one's keys replacing the earlier one's (two interviewers become one):"
                            + " put a comma between them: }, {");
                }
                afterClose = c == '}' || afterClose && (c == ' ' || c == '\t');
                joined |= afterQuoted && c == '"';
                afterQuoted = afterQuoted && (c == ' ' || c == '\t');
                // the character first: looking for """ and // at every position cost more than the rest of the scan
                if (c == '"' && text.startsWith("\"\"\"", i)) {
                    i = skipTripleQuoted(i);
                    afterQuoted = true;
                } else if (c == '"') {
                    i = skipQuoted(i);
                    afterQuoted = true;
                } else if (c == '#' || c == '/' && text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? n : end;
                } else {
                    typographic |= c == '\'' || TypographicQuotes.opens(c);
                    structural(c, i);
                    i++;
                }
            }
        }

        private void structural(char c, int i) {
            switch (c) {
                case '\n' -> {
                    line++;
                    dots = 0;
                    keyStart = !afterSeparator;
                }
                case '{', '[' -> {
                    depth++;
                    dots = 0;
                    keyStart = c == '{';
                    afterSeparator = false;
                    keys.push(c == '{' ? new HashMap<>() : ARRAY);
                    deep();
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    dots = 0;
                    keyStart = false;
                    if (keys.size() > 1) {
                        keys.pop();
                    }
                }
                case ',' -> {
                    dots = 0;
                    keyStart = true;
                }
                case '=', ':' -> {
                    dots = 0;
                    keyStart = false;
                    afterSeparator = true;
                }
                case '.' -> {
                    dots++;
                    keyStart = false;
                    deep();
                }
                case '$' -> {
                    if (text.startsWith("${", i)) {
                        report("${...} substitutions are not read in an interview record: write the value itself"
                                + " (inside quotes ${ is plain text: notes = \"costs ${x}\")");
                    }
                    keyStart = false;
                }
                case '+' -> {
                    if (text.startsWith("+=", i)) {
                        report("+= is not read in an interview record: write the whole value (interviewers = [ {"
                                + " ... }, { ... } ])");
                    }
                    keyStart = false;
                }
                default -> {
                    if (keyStart && text.startsWith("include", i) && i + 7 < chars.length
                            && (chars[i + 7] == ' ' || chars[i + 7] == '\t')) {
                        report("include is not read in an interview record: a record is one self-contained file");
                    }
                    if (!Character.isWhitespace(c) && c != '\uFEFF') {
                        keyStart = false;
                        afterSeparator = false;
                    }
                }
            }
        }

        /** A """triple-quoted""" string ends at the first """ (quotes right after it belong to the string). */
        private int skipTripleQuoted(int start) {
            int end = text.indexOf("\"\"\"", start + 3);
            int stop = end < 0 ? chars.length : end + 3;
            while (stop < chars.length && chars[stop] == '"') {
                stop++;
            }
            countLines(start, stop);
            keyStart = false;
            afterSeparator = false;
            afterClose = false;
            return stop;
        }

        /** A "quoted" string ends at the next unescaped quote; an unterminated one at the line end (the parser says).
         */
        private int skipQuoted(int start) {
            int j = start + 1;
            while (j < chars.length && chars[j] != '"' && chars[j] != '\n') {
                boolean escape = chars[j] == '\\' && j + 1 < chars.length && chars[j + 1] != '\n';
                j += escape ? 2 : 1;
            }
            keyStart = false;
            afterSeparator = false;
            afterClose = false;
            if (j >= chars.length) {
                countLines(start, chars.length);
                return chars.length;
            }
            return chars[j] == '"' ? j + 1 : j;
        }

        /**
         * A key at {@code i} of the object being read: a key written twice in one object is reported (the config
         * library keeps the last one and says nothing: a second {@code interviewers} or {@code at} would quietly
         * replace the first). Quoted or not, up to the first character that ends a key.
         */
        private void key(int i) {
            int end = i;
            String key;
            if (chars[i] == '"') {
                end = text.indexOf('"', i + 1);
                if (end < 0) {
                    return;
                }
                key = text.substring(i + 1, end);
            } else {
                while (end < chars.length && " \t\r\n=:{}[],#\"".indexOf(chars[end]) < 0) {
                    end++;
                }
                key = text.substring(i, end);
            }
            Map<String, Integer> seen = keys.peek();
            if (key.isEmpty() || seen == ARRAY || key.equals("include")) {
                return;
            }
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                problems.add(new Problem(file, line, key, "is written twice in the same object (first at line "
                        + first + "); the later one would replace the earlier without a word: keep one"));
            }
        }

        private void countLines(int from, int to) {
            for (int k = from; k < to; k++) {
                line += chars[k] == '\n' ? 1 : 0;
            }
        }

        private void deep() {
            if (!deepReported && depth + dots > MAX_DEPTH) {
                deepReported = true;
                report("nests deeper than " + MAX_DEPTH + " levels of objects, lists or dotted keys; a record needs"
                        + " three: interviewers = [ { topics = [\"...\"] } ]");
            }
        }

        private void report(String message) {
            if (reported++ < MAX_REPORTED) {
                problems.add(new Problem(file, line, "", message));
            }
        }
    }
}
