package followup.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns the config library's exceptions into located problems without repeating its origin prefix. */
final class ConfigProblems {
    private static final String MISLEADING_CLOSE = "expecting a close parentheses ')' here";
    /** A quoted string that is not closed on its line. */
    private static final String UNESCAPED_NEWLINE = "JSON does not allow unescaped newline in quoted strings";
    /** A second {@code key = value} on the line of another (at the top level or inside an object). */
    private static final String MISSING_SEPARATOR = "or a comma, got '='";
    private static final String PROPERTIES_ADVICE = ", or you may be able to rename the file .properties rather than"
            + " .conf";

    /**
     * The library's "Key 'password hunter2' may not be followed by token: '}'": a key, then its value with no = before
     * it, which the library reads as one key of several words and repeats whole. Only the first word is the key.
     */
    private static final Pattern KEY_AND_VALUE = Pattern.compile("^Key '(\\S+)\\s.*' may not be followed by token",
            Pattern.DOTALL);

    /** A line that sets a secret: a password (not its password-file), a client secret. */
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(password|secret)(?!-file)\\W*[=:\\s\"]");

    private ConfigProblems() {
    }

    /** True if the line of {@code origin}, in its file, sets a secret ({@link #SECRET_KEY}). */
    private static boolean onSecretLine(ConfigOrigin origin) {
        if (origin == null || origin.filename() == null || origin.lineNumber() < 1) {
            return false;
        }
        try (Stream<String> lines = Files.lines(Path.of(origin.filename()), StandardCharsets.UTF_8)) {
            return lines.skip(origin.lineNumber() - 1L).findFirst().map(l -> SECRET_KEY.matcher(l).find())
                    .orElse(false);
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return false;
        }
    }

    static Problem of(ConfigException e, String file) {
        ConfigOrigin origin = e.origin();
        String where = SettingsLoader.fileOf(origin, file);
        int line = origin == null ? 0 : Math.max(origin.lineNumber(), 0);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (origin != null) {
            String prefix = origin.description() + ": ";
            if (message.startsWith(prefix)) {
                message = message.substring(prefix.length());
            }
        }
        message = message.replaceAll("^\\d+: ", "");
        if (e instanceof ConfigException.Parse && message.contains(UNESCAPED_NEWLINE)) {
            // the library names the token 'newline' twice, then offers to quote it, which it already is
            message = "cannot be read as HOCON: a quoted value runs on past the end of the line (close its \" on"
                    + " this line, or put text of several lines between triple quotes: notes = \"\"\"...\"\"\")";
        } else if (e instanceof ConfigException.Parse && message.contains(MISLEADING_CLOSE)) {
            // the library says "parentheses" where a key or the '}' closing an object was expected
            message = "cannot be read as HOCON: " + message.replace(MISLEADING_CLOSE, "expecting a key or the '}' that"
                    + " closes an object here") + " (every { needs a matching }, every [ a matching ])";
        } else if (e instanceof ConfigException.UnresolvedSubstitution) {
            message += " (define it, or write ${?NAME} for a value that may be absent)";
        } else if (e instanceof ConfigException.Parse && KEY_AND_VALUE.matcher(message).find()) {
            // a key and its value without = between them: the library quotes both as one key, a password too
            Matcher m = KEY_AND_VALUE.matcher(message);
            m.find();
            message = "cannot be read as HOCON: the key " + m.group(1) + " is followed by a value without = between"
                    + " them (write " + m.group(1) + " = value)";
        } else if (e instanceof ConfigException.Parse && onSecretLine(origin)) {
            // the library quotes the text it stopped at (a few characters of the value after a bad escape, say)
            message = "cannot be read as HOCON, on the line of a password or secret (what the parser found there is"
                    + " not repeated); a password never goes into a config file: take it out and set it through"
                    + " the environment (password = ${?VARIABLE}) or password-file";
        } else if (e instanceof ConfigException.Parse) {
            String advice = message.contains(MISSING_SEPARATOR)
                    ? "two settings on one line need a comma or a line break between them"
                    : "quote values that contain : or other special characters, e.g. at = \"2026-11-20T14:00\"";
            // the library's own advice to rename the file .properties does not apply to a followup file
            message = "cannot be read as HOCON: " + message.replace(PROPERTIES_ADVICE, "") + " (" + advice + ")";
        }
        return new Problem(where, line, "", message);
    }
}
