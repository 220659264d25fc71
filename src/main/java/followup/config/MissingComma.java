package followup.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two settings on one line with no comma between them ({@code name = "Jane Doe" title = "CTO"}): the parser says
 * only "Expecting close brace } or a comma, got '='", with advice to quote the '=', and names no key. Told at the
 * line and key of the value that lacks its comma, naming the key that follows it. No value is repeated (it may be a
 * password), nor is a key named after the value of a secret (an unquoted secret's text could be taken for it).
 */
final class MissingComma {
    /** The parser's words after a value followed by another key: "... or a comma, got '='" (or ':'). */
    private static final Pattern GOT = Pattern.compile("or a comma, got '([=:]|[A-Za-z0-9_-]+)'");
    private static final Pattern SECRET = Pattern.compile("(?i)password|secret|token");
    /** A key as written before its separator: the last word, quoted or not, dotted or not. */
    private static final Pattern KEY = Pattern.compile("(?:^|\\s)([A-Za-z0-9_.\"-]+)\\s*\\+?$");

    private MissingComma() {
    }

    /**
     * The problem of the value on {@code line} of {@code text} followed by an object or a list with no comma
     * ({@code title = "CTO" topics [ ... ]}), which the parser cannot join to it; null if unsure. The key between them
     * is named unless the value is a secret's (its unquoted text could end in a word taken for that key).
     */
    static Problem beforeObject(String file, String text, int line) {
        Map.Entry<EndOfFile.Start, String> found = text == null ? null : EndOfFile.valueBefore(text, line);
        if (found == null) {
            return null;
        }
        String path = found.getKey().path();
        String second = found.getValue();
        if (second.isEmpty() || SECRET.matcher(path).find() || !second.matches("[A-Za-z0-9_-]+")) {
            return new Problem(file, found.getKey().line(), path, "is followed on its line by an object or a list,"
                    + " with no comma between them: write a comma after this value, or put the next setting on a"
                    + " line of its own");
        }
        String key = path.substring(path.lastIndexOf('.') + 1);
        Matcher opens = Pattern.compile("(?:^|[\\s\"])" + Pattern.quote(second) + "\\s*([\\[{])")
                .matcher(text.lines().skip(line - 1L).findFirst().orElse(""));
        boolean list = false;
        while (opens.find()) {
            list = opens.group(1).equals("[");
        }
        String shape = list ? second + " [ ... ]" : second + " { ... }";
        return new Problem(file, found.getKey().line(), path, "is followed on its line by " + shape + ", with no"
                + " comma between them: write a comma after this value (" + key + " = ..., " + (list ? second
                + " = [ ... ]" : shape) + "), or put " + second + " on a line of its own");
    }

    /** The problem of the value on {@code line} of {@code text} that lacks its comma; null if unsure. */
    static Problem at(String file, String text, int line, String message) {
        Matcher got = GOT.matcher(message);
        if (text == null || !got.find()) {
            return null;
        }
        Map.Entry<EndOfFile.Start, String> found = EndOfFile.settingAfter(text, line, got.group(1));
        if (found == null) {
            return null;
        }
        String path = found.getKey().path();
        if (got.group(1).length() > 1) {       // the key of an object: the parser named it
            return new Problem(file, found.getKey().line(), path, "is followed on its line by " + got.group(1)
                    + ", with no comma between them: write a comma after this value, or put " + got.group(1)
                    + " on a line of its own");
        }
        char separator = got.group(1).charAt(0);
        String key = path.substring(path.lastIndexOf('.') + 1);
        String written = found.getValue();
        Matcher next = KEY.matcher(written.substring(0, written.indexOf(separator)));
        String second = !SECRET.matcher(path).find() && next.find() ? next.group(1) : null;
        if (second == null) {
            return new Problem(file, found.getKey().line(), path, "is followed on its line by another setting, with"
                    + " no comma between them: write a comma after this value, or put the next setting on a line of"
                    + " its own");
        }
        return new Problem(file, found.getKey().line(), path, "is followed on its line by " + second + ", with no"
                + " comma between them: write a comma after this value (" + key + " = ..., " + second
                + (separator == '=' ? " = " : ": ") + "...), or put " + second + " on a line of its own");
    }
}
