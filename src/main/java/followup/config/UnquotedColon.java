package followup.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value with a ':' written without quotes ({@code from = 9:00}, {@code at: 2026-11-20T14:00}), where the HOCON
 * parser stops and says only that it did not expect the ':': the key it was for, with the path of the objects
 * around it (found by reading the file again with that value quoted), and the value to write.
 *
 * @param path    the key's whole path in the file ({@code followup.policy.send-window.from}), else as written
 * @param message what to write instead
 */
record UnquotedColon(String path, String message) {
    /** {@code key = value} or {@code key: value} (as in YAML) where the value, unquoted, holds a ':'. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_.-]*)\\s*[=:]\\s*([^\\s\"'{}\\[\\],#=]*:[^\\s\"'{}\\[\\],#=]*)");
    /**
     * A value repeated in the message: a time or a date. Any other (a URL that may hold a password, a server's
     * name) is not: the key is named, and the value left to the user.
     */
    private static final Pattern REPEATED = Pattern.compile("[0-9][0-9A-Za-z:.+-]*");
    /** A time of day: written with two digits for the hour when suggested. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(:\\d{2}(?::\\d{2})?)");

    /** The value left unquoted on the line of {@code origin}, in its file; null when none is found there. */
    static UnquotedColon at(ConfigOrigin origin) {
        if (origin == null || origin.filename() == null || origin.lineNumber() < 1) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(origin.filename()), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return null;
        }
        return in(lines, origin.lineNumber());
    }

    /** The value left unquoted on {@code line} (from 1) of a file's {@code lines}; null when none is found there. */
    static UnquotedColon in(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return null;
        }
        Matcher m = KEY_VALUE.matcher(lines.get(line - 1));
        if (!m.find()) {
            return null;
        }
        String key = m.group(1);
        String value = m.group(2);
        Matcher clock = CLOCK.matcher(value);
        String written = clock.matches() ? "%02d".formatted(Integer.parseInt(clock.group(1))) + clock.group(2) : value;
        List<String> quoted = new ArrayList<>(lines);
        String text = lines.get(line - 1);
        quoted.set(line - 1, text.substring(0, m.start(2)) + '"' + value + '"' + text.substring(m.end(2)));
        boolean repeat = REPEATED.matcher(value).matches();
        return new UnquotedColon(pathOf(String.join("\n", quoted), line, key, value),
                (repeat ? value : "its value") + " must be written in quotes, since HOCON reads a ':' outside quotes"
                        + " as the end of a key: write " + key + " = \"" + (repeat ? written : "...") + "\"");
    }

    /** The whole path of {@code key} set to {@code value} on {@code line} of {@code text}; {@code key} when unsure. */
    private static String pathOf(String text, int line, String key, String value) {
        List<String> found = new ArrayList<>();
        try {
            ConfigObject root = ConfigFactory.parseString(text, ConfigParseOptions.defaults()
                    .setSyntax(ConfigSyntax.CONF).setAllowMissing(true)).root();
            collect(root, "", line, key, value, found);
        } catch (ConfigException e) {
            return key;                              // something else in the file is wrong too: as written
        }
        return found.size() == 1 ? found.get(0) : key;
    }

    private static void collect(ConfigValue v, String path, int line, String key, String value, List<String> found) {
        if (v instanceof ConfigObject o) {
            o.forEach((k, inner) -> collect(inner, path.isEmpty() ? quote(k) : path + "." + quote(k), line, key,
                    value, found));
        } else if (v instanceof ConfigList l) {
            for (int i = 0; i < l.size(); i++) {
                collect(l.get(i), path + "[" + i + "]", line, key, value, found);
            }
        } else if (v.origin().lineNumber() == line && value.equals(v.unwrapped())
                && (path.equals(key) || path.endsWith("." + key))) {
            found.add(path);
        }
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }
}
