package followup.config;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the user's input, located: {@code conf/interviews/acme.conf:4: at: ...}.
 *
 * <p>A problem always prints as one clean line: control characters, line and paragraph separators, invisible
 * formatting characters (bidi overrides, say) and unpaired surrogates in any part are shown as backslash-u escapes,
 * so a hostile value quoted in a message cannot break the line or drive the terminal; an overlong key or message is
 * cut, saying how long it was.
 *
 * @param file    the file as the user would type it
 * @param line    1-based line, or 0 when the problem is about the file as a whole
 * @param key     the key path inside the file ({@code interviewers[1].email}), or empty
 * @param message what is wrong and what a valid value looks like
 */
public record Problem(String file, int line, String key, String message) {
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::key);

    static final int MAX_KEY = 200;
    static final int MAX_MESSAGE = 2_000;

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        file = clean(file, Integer.MAX_VALUE);
        key = key == null ? "" : clean(key, MAX_KEY);
        message = clean(message, MAX_MESSAGE);
    }

    private static String clean(String s, int max) {
        if (s.length() <= max && clean(s)) {
            return s;   // nearly every problem and warning: nothing to escape or cut, no copy
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 16);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= max) {
                return b.append("... (").append(s.length()).append(" characters in all)").toString();
            }
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code s} has nothing {@link #clean(String, int)} would escape. */
    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F && (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028'
                    || c == '\u2029' || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (!key.isEmpty()) {
            b.append(key).append(": ");
        }
        return b.append(message).toString();
    }
}
