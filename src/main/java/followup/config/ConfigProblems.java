package followup.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** A value, then an object or a list, on one line with no comma ({@code password = "..." tls { ... }}). */
    private static final String CANNOT_CONCATENATE = "Cannot concatenate object or list with a non-object-or-list";
    /** The parser stopped at a ':' after a value: one left unquoted, such as {@code from = 9:00}. */
    private static final String UNQUOTED_COLON_ERROR = "got ':'";
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

    /** The library's "Could not resolve substitution to a value: ${SMTP_HOST}": the substitution it names. */
    private static final Pattern UNRESOLVED = Pattern.compile("(\\$\\{\\??\\s*([^}]*?)\\s*})\\s*$");

    /** The lines of a value that replaced an earlier one of the same key, as the library describes its origin. */
    private static final Pattern LINE_SPAN = Pattern.compile(": (\\d+)-(\\d+)$");

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
        return of(e, file, null);
    }

    /**
     * As {@link #of(ConfigException, String)}, for a settings file read with the environment behind it: a
     * substitution that nothing gives ({@code host = ${SMTP_HOST}}, the variable not exported) is named with the key
     * it was to set, found in {@code parsed}, the file as read before substitutions, and told how to give it.
     *
     * @param parsed the file's keys before substitutions; null when the file was not read that far, or is read
     *               without the environment (a record)
     */
    static Problem of(ConfigException e, String file, ConfigObject parsed) {
        return of(e, file, parsed, null);
    }

    /** As {@link #of(ConfigException, String)}, for a record parsed from its {@code text} (its file decoded). */
    static Problem ofRecord(ConfigException e, String file, String text) {
        return of(e, file, null, text);
    }

    private static Problem of(ConfigException e, String file, ConfigObject parsed, String text) {
        if (e instanceof ConfigException.UnresolvedSubstitution && e.origin() != null && parsed != null) {
            Matcher m = UNRESOLVED.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                ConfigOrigin origin = e.origin();
                String key = keyAt(parsed, origin, m.group(1));
                String name = m.group(2);
                String message = name.contains(".")
                        ? m.group(1) + " names no key of the config, nor a variable of the environment: correct the"
                        + " path, or write ${?" + name + "} where a value may be absent"
                        : m.group(1) + " is set neither in the environment nor in the config: export " + name
                        + "=... in the environment followup runs in (for a service, in its environment file), or"
                        + " write ${?" + name + "} where a value may be absent";
                return new Problem(SettingsLoader.fileOf(origin, file), Math.max(origin.lineNumber(), 0), key,
                        message);
            }
        }
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
        Problem reserved;
        if (message.contains(CANNOT_CONCATENATE)) {
            // the library repeats both values joined, a password among them as it may be, and names no key
            Problem before = MissingComma.beforeObject(where, text != null ? text : textOf(origin), line);
            return before != null ? before : new Problem(where, line, "", "cannot be read as HOCON: a value is followed on its line by an"
                    + " object or a list with no comma between them, which HOCON cannot join (what it found there is"
                    + " not repeated): write a comma after the value, or put the next setting on a line of its own");
        } else if (e instanceof ConfigException.Parse && EndOfFile.PARSER_AT_END.matcher(message).find()) {
            // the parser names only the end of the file, on a line past the last, and may offer to quote a value
            String whole = text != null ? text : textOf(origin);
            Problem cut = whole == null ? null : EndOfFile.of(where, whole);
            return cut != null ? cut : new Problem(where, line, "", "cannot be read as HOCON: the file ends before"
                    + " the setting on its last lines is complete: complete it, and close each { and [ still open");
        } else if (e instanceof ConfigException.Parse && message.contains(ReservedCharacter.TAB)
                && (reserved = ReservedCharacter.tab(where, text != null ? text : textOf(origin), line)) != null) {
            return reserved;
        } else if (e instanceof ConfigException.Parse && message.contains(UNESCAPED_NEWLINE)) {
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
        } else if (e instanceof ConfigException.Parse && ReservedCharacter.in(message) != null
                && (reserved = ReservedCharacter.at(where, text != null ? text : textOf(origin), line, message))
                != null) {
            return reserved;
        } else if (e instanceof ConfigException.Parse && message.contains(UNQUOTED_COLON_ERROR)
                && unquoted(origin, text, line) != null) {
            UnquotedColon u = unquoted(origin, text, line);
            return new Problem(where, line, u.path(), u.message());
        } else if (e instanceof ConfigException.Parse && (reserved = MissingComma.at(where, text != null ? text
                : textOf(origin), line, message)) != null) {
            return reserved;
        } else if (e instanceof ConfigException.Parse) {
            String advice = message.contains(MISSING_SEPARATOR)
                    ? "two settings on one line need a comma or a line break between them"
                    : "quote values that contain : or other special characters, e.g. at = \"2026-11-20T14:00\"";
            // the library's own advice to rename the file .properties does not apply to a followup file
            message = "cannot be read as HOCON: " + message.replace(PROPERTIES_ADVICE, "") + " (" + advice + ")";
        }
        return new Problem(where, line, "", message);
    }

    /** The text of the file {@code origin} is in; null when there is none or it cannot be read. */
    private static String textOf(ConfigOrigin origin) {
        if (origin == null || origin.filename() == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(origin.filename()), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return null;
        }
    }

    /** A value with a ':' left unquoted on {@code line}, of {@code text} when given, else of the origin's file. */
    private static UnquotedColon unquoted(ConfigOrigin origin, String text, int line) {
        return text == null ? UnquotedColon.at(origin) : UnquotedColon.in(text.lines().toList(), line);
    }

    /**
     * The path of the value in {@code object} that holds {@code substitution}: the one written on the line of
     * {@code origin}, else the only one replacing an earlier value of its key whose lines span it, else the only one
     * that holds it; "" when none does, or several do elsewhere.
     */
    private static String keyAt(ConfigObject object, ConfigOrigin origin, String substitution) {
        Map<String, ConfigOrigin> holding = new java.util.LinkedHashMap<>();
        try {
            collect(object, "", substitution, holding);
        } catch (ConfigException e) {
            // an object merged with a substitution, which only resolution can walk: what was found so far
        }
        List<String> spanning = new ArrayList<>();
        for (Map.Entry<String, ConfigOrigin> e : holding.entrySet()) {
            ConfigOrigin o = e.getValue();
            if (o == null || !Objects.equals(o.filename(), origin.filename())) {
                continue;
            }
            if (o.lineNumber() == origin.lineNumber()) {
                return e.getKey();
            }
            Matcher span = LINE_SPAN.matcher(o.description());    // a value replaced later on: "f: 17-27"
            if (span.find() && Integer.parseInt(span.group(2)) == origin.lineNumber()) {
                return e.getKey();                                 // the last value written is the one unresolved
            }
            if (span.find(0) && Integer.parseInt(span.group(1)) <= origin.lineNumber()
                    && origin.lineNumber() <= Integer.parseInt(span.group(2))) {
                spanning.add(e.getKey());
            }
        }
        if (spanning.size() == 1) {
            return spanning.get(0);
        }
        return holding.size() == 1 ? holding.keySet().iterator().next() : "";
    }

    private static void collect(ConfigObject object, String prefix, String substitution,
                                Map<String, ConfigOrigin> holding) {
        for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
            String key = prefix + quote(entry.getKey());
            ConfigValue value = entry.getValue();
            if (value instanceof ConfigObject inner) {
                collect(inner, key + ".", substitution, holding);
            } else if (value.render().contains(substitution)) {
                holding.put(key, value.origin());
            }
        }
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }
}
