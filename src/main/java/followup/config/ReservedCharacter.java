package followup.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value with a character HOCON keeps for itself left unquoted, most often an address ({@code email =
 * jane.doe@acme.example}): the parser says only "Reserved character '@' is not allowed outside quotes". Told at
 * the value's line and whole key, with the value to write when it is an address; no other value is repeated (it may
 * be a password). So is a tab between quotes, as text pasted from a document or a spreadsheet brings it, where the
 * parser says "JSON does not allow unescaped tab in quoted strings".
 */
final class ReservedCharacter {
    private static final Pattern RESERVED = Pattern.compile("Reserved character '(.)' is not allowed outside quotes");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s\"@]+@[^\\s\"@]+\\.[^\\s\"@]+");
    private static final Pattern SECRET = Pattern.compile("(?i)password|secret|token");

    private ReservedCharacter() {
    }

    /** The parser's words for a tab between quotes. */
    static final String TAB = "JSON does not allow unescaped tab in quoted strings";

    /** The problem of the quoted value on {@code line} of {@code text} that holds a tab; null if unsure. */
    static Problem tab(String file, String text, int line) {
        Map.Entry<EndOfFile.Start, String> found = text == null ? null : EndOfFile.valueOn(text, line, '\t');
        if (found == null || !found.getValue().isEmpty()) {
            return null;
        }
        return new Problem(file, found.getKey().line(), found.getKey().path(), "holds a tab between its quotes, which"
                + " HOCON does not allow there: replace it with spaces, or write \\t");
    }

    /** The character the parser's {@code message} names as reserved; null when it names none. */
    static Character in(String message) {
        Matcher m = RESERVED.matcher(message);
        return m.find() ? m.group(1).charAt(0) : null;
    }

    /** The problem of the value on {@code line} of {@code text} that holds the reserved character; null if unsure. */
    static Problem at(String file, String text, int line, String message) {
        Character c = in(message);
        if (c == null || text == null) {
            return null;
        }
        Map.Entry<EndOfFile.Start, String> found = EndOfFile.valueOn(text, line, c);
        if (found == null) {
            return null;
        }
        String path = found.getKey().path();
        boolean element = path.endsWith("]");
        String key = path.substring(path.lastIndexOf('.') + 1);
        String value = found.getValue();
        String shown = ADDRESS.matcher(value).matches() && !SECRET.matcher(path).find() ? value : "...";
        return new Problem(file, found.getKey().line(), path, "is written without quotes, which HOCON does not allow"
                + " for a value with " + (c == '@' ? "an @" : "a " + c) + ": write " + (element ? "" : key + " = ") + "\"" + shown + "\"");
    }
}
