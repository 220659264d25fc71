package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the values of one HOCON object, collecting a located {@link Problem} for each bad one instead of stopping
 * at the first. A getter returns null when the value is missing or bad; the caller finishes reading and then
 * checks {@link #problems}.
 */
final class Fields {
    static final int MAX_LINE = 300;
    static final int MAX_TEXT = 20_000;
    /** Entries of one list: interviewers, topics, promises, domains. */
    static final int MAX_ITEMS = 50;
    /** Years a date may have: four digits, so that every plan computed from it stays a valid instant. */
    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 9999;

    private final Config config;
    private final String file;
    private final String prefix;
    private final int objectLine;
    private final List<Problem> problems;
    /**
     * The user's own file, unresolved, when {@link #config} is that file merged over defaults from elsewhere
     * (reference.conf): lines are then looked up in it only, so a line of another file is never reported against
     * this one; null when {@link #config} is the file itself.
     */
    private final ConfigObject own;

    Fields(Config config, String file, String prefix, int objectLine, List<Problem> problems) {
        this(config, file, prefix, objectLine, problems, null);
    }

    /**
     * False for a command that never signs in to a server (status, plan, hold, ...): a password the environment
     * does not give is then not asked for.
     */
    private final boolean secrets;
    /**
     * Every {@link #secret} handed out while reading this file, shared by its nested fields: hidden in the
     * file's problems ({@link #hideSecretsInProblems}).
     */
    private final List<Secret> secretsRead;

    /** @param own the user's file (see {@link #own}); {@code prefix} must then be the path of config inside it */
    Fields(Config config, String file, String prefix, int objectLine, List<Problem> problems, ConfigObject own) {
        this(config, file, prefix, objectLine, problems, own, true);
    }

    /** @param secrets whether the passwords are needed (see {@link #secrets}) */
    Fields(Config config, String file, String prefix, int objectLine, List<Problem> problems, ConfigObject own,
           boolean secrets) {
        this(config, file, prefix, objectLine, problems, own, secrets, new ArrayList<>());
    }

    private Fields(Config config, String file, String prefix, int objectLine, List<Problem> problems,
                   ConfigObject own, boolean secrets, List<Secret> secretsRead) {
        this.secretsRead = secretsRead;
        this.config = config;
        this.file = file;
        this.prefix = prefix;
        this.objectLine = objectLine;
        this.problems = problems;
        this.own = own;
        this.secrets = secrets;
    }

    /** The fields of a nested object, e.g. {@code interviewers[1]}. */
    Fields nested(ConfigObject object, String keyPrefix) {
        return new Fields(object.toConfig(), file, keyPrefix, lineOf(object), problems, own, secrets, secretsRead);
    }

    Fields at(String path) {
        return new Fields(config.getConfig(path), file, prefix + path + ".", lineNo(path), problems, own, secrets,
                secretsRead);
    }

    /** Whether a password the environment does not give is a problem (see {@link #secrets}). */
    boolean secretsNeeded() {
        return secrets;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean has(String key) {
        return lookUp(key) != null;
    }

    /**
     * The value at {@code key}, or null when there is none or it is {@code null}. A plain key (every key of a record)
     * is looked up in the object's map directly: as a path, it would be parsed for every look-up.
     */
    private ConfigValue lookUp(String key) {
        if (!plain(key)) {
            return config.hasPath(key) ? config.getValue(key) : null;
        }
        ConfigValue v = config.root().get(key);
        return v == null || v.valueType() == ConfigValueType.NULL ? null : v;
    }

    /** A key that is one path element as written: letters, digits, '-' and '_'. */
    private static boolean plain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** True if the key's value is written in a file (not taken from the environment by {@code ${?VAR}}). */
    boolean writtenInFile(String key) {
        return config.hasPath(key) && config.getValue(key).origin().filename() != null;
    }

    /** The value as written, unchecked. */
    String rawString(String key) {
        return config.getValue(key).unwrapped().toString();
    }

    /**
     * A secret as written, unchecked, never to appear in a message: kept, so that a problem elsewhere in the file that
     * quotes the same value (the password's {@code ${?VARIABLE}} also written on another key) is told without it
     * ({@link #hideSecretsInProblems}).
     */
    Secret secret(String key) {
        Secret secret = Secret.of(rawString(key));
        secretsRead.add(secret);
        return secret;
    }

    /** Each problem found so far with every secret read from this file ({@link #secret}) hidden in its message. */
    void hideSecretsInProblems() {
        problems.replaceAll(p -> {
            String message = p.message();
            for (Secret secret : secretsRead) {
                message = secret.redact(message);
            }
            return message.equals(p.message()) ? p : new Problem(p.file(), p.line(), p.key(), message);
        });
    }

    int lineNo(String key) {
        if (own != null) {
            return ownLine(prefix + key, key);
        }
        ConfigValue v = lookUp(key);
        return v != null ? lineOf(v) : objectLine;
    }

    /** The line where the user's file sets {@code path}, else its closest enclosing object; 0 when it sets none. */
    private int ownLine(String path, String key) {
        int line = 0;
        ConfigValue v = own;
        try {
            for (String part : ConfigUtil.splitPath(path)) {
                if (!(v instanceof ConfigObject o) || (v = o.get(part)) == null) {
                    return line;
                }
                line = lineOf(v) > 0 ? lineOf(v) : line;
            }
            // written twice and the later one gave nothing (${?SMTP_PORT} unset): the earlier line gave the value
            java.util.regex.Matcher span = SPAN.matcher(String.valueOf(v.origin().description()));
            ConfigValue resolved = span.find() ? lookUp(key) : null;
            if (resolved != null && java.util.Objects.equals(resolved.origin().filename(), v.origin().filename())
                    && v.origin().lineNumber() <= resolved.origin().lineNumber()
                    && resolved.origin().lineNumber() < line) {
                line = resolved.origin().lineNumber();
            }
        } catch (ConfigException e) {
            // an unresolved merge in the user's file: keep the enclosing line
        }
        return line;
    }

    /**
     * The file that sets {@code key} of this object (or an index of it, {@code extra[1]}), as {@link #ownLine} finds
     * it: a file the config includes is named as such, not as the config itself; this file when not known.
     */
    private String fileOf(String key) {
        if (own == null) {
            return file;
        }
        String found = file;
        ConfigValue v = own;
        try {
            for (String part : ConfigUtil.splitPath(prefix + key.replaceAll("\\[\\d+]", ""))) {
                if (!(v instanceof ConfigObject o) || (v = o.get(part)) == null) {
                    return found;
                }
                found = lineOf(v) > 0 ? SettingsLoader.fileOf(v.origin(), file) : found;
            }
        } catch (ConfigException e) {
            // an unresolved merge in the user's file: the enclosing file
        }
        return found;
    }

    /** True if the user's own file (see {@link #own}) sets {@code key} itself, not only a default or a fallback. */
    boolean setInOwnFile(String key) {
        if (own == null) {
            return config.hasPath(key);
        }
        ConfigValue v = own;
        try {
            for (String part : ConfigUtil.splitPath(prefix + key)) {
                if (!(v instanceof ConfigObject o) || (v = o.get(part)) == null) {
                    return false;
                }
            }
        } catch (ConfigException e) {
            return true;
        }
        return true;
    }

    /** Where {@code key} is set, {@code file:line: key}, as a problem at it starts. */
    String origin(String key) {
        int line = lineNo(key);
        return fileOf(key) + (line > 0 ? ":" + line : "") + ": " + prefix + key;
    }

    /** The lines of a value written twice in one file, the later one not resolved yet: "application.conf: 16-27". */
    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile(": \\d+-(\\d+)$");

    /**
     * The line of {@code value}. A value written again further down ({@code port = 587}, later {@code port =
     * ${?SMTP_PORT}}: HOCON's default that the environment may override) is at its last line, which gives the value
     * in the end, not at the first.
     */
    static int lineOf(ConfigValue value) {
        int line = value.origin().lineNumber();
        if (!(value instanceof ConfigObject)) {
            java.util.regex.Matcher span = SPAN.matcher(String.valueOf(value.origin().description()));
            if (span.find()) {
                line = Integer.parseInt(span.group(1));
            }
        }
        return Math.max(line, 0);
    }

    void problem(String key, String message) {
        problems.add(new Problem(fileOf(key), lineNo(key), prefix + key, message));
    }

    /** A warning at this object's key: something the record allows but the messages may read badly for. */
    Problem warning(int line, String key, String message) {
        return new Problem(fileOf(key), line, prefix + key, "warning: " + message);
    }

    Problem warning(String key, String message) {
        return warning(lineNo(key), key, message);
    }

    void problemAt(int line, String key, String message) {
        problems.add(new Problem(fileOf(key), line, prefix + key, message));
    }

    /** Reports every key of this object that is not in {@code known}, with the closest known key as a hint. */
    void rejectUnknown(Set<String> known, String what) {
        rejectUnknown(known, what, java.util.Map.of());
    }

    /**
     * As {@link #rejectUnknown(Set, String)}, saying where a key of {@code elsewhere} belongs instead (a key of the
     * config written in a record, an interviewer's key written at the record's level).
     */
    void rejectUnknown(Set<String> known, String what, java.util.Map<String, String> elsewhere) {
        List<String> unknown = config.root().keySet().stream().filter(k -> !known.contains(k)).toList();
        if (unknown.isEmpty()) {
            return; // the usual case, for every record: no need to list the known keys
        }
        String all = "the keys of " + what + " are " + String.join(", ", known.stream().sorted().toList());
        for (String key : unknown.subList(0, Math.min(unknown.size(), MAX_ITEMS))) {
            String hint = elsewhere.containsKey(key) ? elsewhere.get(key)
                    : Suggest.closest(key, known).map(k -> "did you mean " + k + "?").orElse(all);
            problems.add(new Problem(file, lineOf(config.root().get(key)), prefix + quoteKey(key),
                    "unknown key (" + hint + ")"));
        }
        if (unknown.size() > MAX_ITEMS) {
            problems.add(new Problem(file, objectLine, prefix, "has " + unknown.size() + " unknown keys; the first "
                    + MAX_ITEMS + " are listed (" + all + ")"));
        }
    }

    private static String quoteKey(String key) {
        return plain(key) ? key : "\"" + key + "\"";
    }

    private ConfigValue value(String key, boolean required, String example) {
        ConfigValue v = lookUp(key);
        if (v == null) {
            if (required) {
                problem(key, "missing (a valid value looks like " + key + " = " + example + ")");
            }
            return null;
        }
        return v;
    }

    private boolean scalar(String key, ConfigValue v, String example) {
        if (v.valueType() == ConfigValueType.STRING || v.valueType() == ConfigValueType.NUMBER) {
            return true;
        }
        problem(key, "expected a single value but found " + typeName(v) + " (a valid value looks like " + key
                + " = " + example + ")");
        return false;
    }

    static String typeName(ConfigValue v) {
        return switch (v.valueType()) {
            case OBJECT -> "an object { ... }";
            case LIST -> "a list [ ... ]";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL -> "null";
            case STRING -> "a string";
        };
    }

    /** A one-line text: no control characters, since it may end up in a mail header. */
    String line(String key, boolean required, String example) {
        ConfigValue v = value(key, required, example);
        if (v == null || !scalar(key, v, example)) {
            return null;
        }
        String s = asWritten(v);
        if (required && s.isBlank()) {
            problem(key, "is empty (a valid value looks like " + key + " = " + example + ")");
            return null;
        }
        return checkLine(key, s, example);
    }

    /**
     * A scalar's text: a number as written, not as the number it is ({@code from = 09.00} is "09.00", not "9"; a
     * phone number keeps its leading zero).
     */
    private static String asWritten(ConfigValue v) {
        return v.valueType() == com.typesafe.config.ConfigValueType.NUMBER ? v.atKey("v").getString("v")
                : v.unwrapped().toString();
    }

    String checkLine(String key, String s, String example) {
        int bad = firstControl(s, false);
        if (bad >= 0) {
            problem(key, "contains the control character " + describe(s.charAt(bad)) + " at position " + (bad + 1)
                    + "; line breaks and control characters are not allowed here, since the value can reach a mail"
                    + " header (a valid value looks like " + key + " = " + example + ")");
            return null;
        }
        if (s.length() > MAX_LINE) {
            problem(key, "is " + s.length() + " characters long; at most " + MAX_LINE + " are allowed here");
            return null;
        }
        return s.strip();
    }

    /** A free text that may span lines (notes, a postal address): tabs and line breaks allowed, nothing else. */
    String text(String key, String example) {
        ConfigValue v = value(key, false, example);
        if (v == null || !scalar(key, v, example)) {
            return null;
        }
        String s = v.unwrapped().toString().replace("\r\n", "\n");
        int bad = firstControl(s, true);
        if (bad >= 0) {
            problem(key, "contains the control character " + describe(s.charAt(bad)) + " at position " + (bad + 1)
                    + " (only line breaks and tabs are allowed in " + key + ")");
            return null;
        }
        if (s.length() > MAX_TEXT) {
            problem(key, "is " + s.length() + " characters long; at most " + MAX_TEXT + " are allowed");
            return null;
        }
        return s.strip();
    }

    static int firstControl(String s, boolean allowLineBreaks) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (allowLineBreaks && (c == '\n' || c == '\t')) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(char c) {
        return switch (c) {
            case '\n' -> "line feed (\\n)";
            case '\r' -> "carriage return (\\r)";
            case '\t' -> "tab (\\t)";
            case 0 -> "NUL (\\u0000)";
            default -> String.format(Character.isSurrogate(c) ? "U+%04X (half of a character, alone)" : "U+%04X",
                    (int) c);
        };
    }

    /** A list of one-line texts; a single string is accepted as a list of one. */
    List<String> lines(String key, String example) {
        return lineItems(key, example).stream().map(Item::value).toList();
    }

    /**
     * One valid entry of a list of texts, with its own key ({@code domains[1]}, or {@code domains} for a single
     * text written without brackets) and line, so that a later check can point at the entry itself.
     */
    record Item(String key, int line, String value) {
    }

    /** As {@link #lines}, with where each entry was written. */
    List<Item> lineItems(String key, String example) {
        ConfigValue v = value(key, false, example);
        if (v == null) {
            return List.of();
        }
        if (v.valueType() == ConfigValueType.STRING) {
            String one = checkLine(key, v.unwrapped().toString(), example);
            return one == null || one.isEmpty() ? List.of() : List.of(new Item(key, lineNo(key), one));
        }
        if (v.valueType() != ConfigValueType.LIST) {
            problem(key, "expected a list of texts but found " + typeName(v) + " (a valid value looks like " + key
                    + " = " + example + ")");
            return List.of();
        }
        ConfigList list = (ConfigList) v;
        if (tooMany(key, list)) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ConfigValue item = list.get(i);
            String itemKey = key + "[" + i + "]";
            if (item.valueType() != ConfigValueType.STRING && item.valueType() != ConfigValueType.NUMBER) {
                problemAt(lineOf(item), itemKey, "expected a text but found " + typeName(item)
                        + " (a valid value looks like " + key + " = " + example + ")");
                continue;
            }
            String s = item.unwrapped().toString();
            int bad = firstControl(s, false);
            if (bad >= 0) {
                problemAt(lineOf(item), itemKey, "contains the control character " + describe(s.charAt(bad))
                        + "; line breaks and control characters are not allowed here");
            } else if (s.length() > MAX_LINE) {
                problemAt(lineOf(item), itemKey, "is " + s.length() + " characters long; at most " + MAX_LINE
                        + " are allowed here");
            } else if (!s.isBlank()) {
                out.add(new Item(itemKey, lineOf(item), s.strip()));
            }
        }
        return out;
    }

    private boolean tooMany(String key, ConfigList list) {
        if (list.size() <= MAX_ITEMS) {
            return false;
        }
        problem(key, "has " + list.size() + " entries; at most " + MAX_ITEMS + " are allowed");
        return true;
    }

    Boolean bool(String key, boolean required) {
        ConfigValue v = value(key, required, "true");
        if (v == null) {
            return null;
        }
        try {
            return config.getBoolean(key);
        } catch (ConfigException.WrongType e) {
            problem(key, "expected true or false but found " + render(v));
            return null;
        }
    }

    Duration duration(String key, boolean required, String example) {
        ConfigValue v = value(key, required, example);
        if (v == null) {
            return null;
        }
        String written = v.unwrapped().toString().strip();
        if (written.matches("-?[0-9]+(\\.[0-9]+)?") && Double.parseDouble(written) != 0) {
            // the config library reads a bare number as milliseconds: "after = 3" would send a thank-you at once
            problem(key, written + " has no unit, and a number alone would be read as " + written + " milliseconds;"
                    + " write the unit after it (a valid value looks like " + key + " = " + example
                    + "; units: s, m, h, d)");
            return null;
        }
        try {
            Duration d = config.getDuration(key);
            if (d.isNegative()) {
                problem(key, "must not be negative (a valid value looks like " + key + " = " + example + ")");
                return null;
            }
            return d;
        } catch (ConfigException e) {
            problem(key, "expected a duration but found " + render(v) + " (a valid value looks like " + key + " = "
                    + example + "; units: s, m, h, d)");
            return null;
        }
    }

    Integer positiveInt(String key, boolean required, String example) {
        ConfigValue v = value(key, required, example);
        if (v == null) {
            return null;
        }
        try {
            int n = config.getInt(key);
            Number written = config.getNumber(key);
            if (written.doubleValue() != n) {        // 587.5: the library would cut it to 587 without a word
                throw new ConfigException.WrongType(v.origin(), key, "a whole number", "a fraction");
            }
            if (n <= 0) {
                problem(key, "must be a positive number (a valid value looks like " + key + " = " + example + ")");
                return null;
            }
            return n;
        } catch (ConfigException e) {
            problem(key, "expected a whole number but found " + render(v) + " (a valid value looks like " + key + " = "
                    + example + ")");
            return null;
        }
    }

    ZoneId zone(String key, boolean required) {
        String s = line(key, required, "\"America/New_York\"");
        if (s == null) {
            return null;
        }
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            problem(key, "\"" + s + "\" is not a time zone " + ZoneNames.instead(s)
                    .map(z -> "name: write " + key + " = \"" + z + "\"" + (z.equalsIgnoreCase(s) ? " (zone names are"
                            + " written with these capitals)" : ""))
                    .orElse("(a valid value looks like " + key + " = \"America/New_York\" or \"Europe/Berlin\", an"
                            + " IANA zone name)"));
            return null;
        }
    }

    LocalDateTime dateTime(String key, boolean required) {
        String s = line(key, required, "\"2026-11-20T14:00\"");
        if (s == null) {
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(s);
            return inRange(key, at.getYear(), "\"2026-11-20T14:00\"") ? at : null;
        } catch (DateTimeException e) {
            problem(key, "\"" + s + "\" is not a local date and time" + DateHints.dateTime(s, key).map(h -> ": " + h)
                    .orElse(" (a valid value looks like " + key + " = \"2026-11-20T14:00\" or \"2026-11-20T14:00:30\";"
                            + " the zone goes in zone = ...)"));
            return null;
        }
    }

    LocalDate date(String key) {
        String s = line(key, false, "\"2026-11-27\"");
        if (s == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(s);
            return inRange(key, date.getYear(), "\"2026-11-27\"") ? date : null;
        } catch (DateTimeException e) {
            problem(key, "\"" + s + "\" is not a date" + DateHints.date(s, key).map(h -> ": " + h)
                    .orElse(" (a valid value looks like " + key + " = \"2026-11-27\")"));
            return null;
        }
    }

    private boolean inRange(String key, int year, String example) {
        if (year >= MIN_YEAR && year <= MAX_YEAR) {
            return true;
        }
        problem(key, "the year " + year + " is out of range: a date here lies between " + MIN_YEAR + " and " + MAX_YEAR
                + " (a valid value looks like " + key + " = " + example + ")");
        return false;
    }

    LocalTime time(String key, String example) {
        String s = line(key, true, example);
        if (s == null) {
            return null;
        }
        try {
            return LocalTime.parse(s);
        } catch (DateTimeException e) {
            problem(key, "\"" + s + "\" is not a time of day" + DateHints.time(s, key).map(h -> ": " + h)
                    .orElse(" (a valid value looks like " + key + " = " + example + ")"));
            return null;
        }
    }

    String email(String key, boolean required) {
        String s = line(key, required, "\"jane.doe@acme.example\"");
        if (s == null) {
            return null;
        }
        return Addresses.check(s).map(why -> {
            problem(key, "\"" + s + "\" is not a valid email address: " + why
                    + " (a valid value looks like " + key + " = \"jane.doe@acme.example\")");
            return (String) null;
        }).orElse(s.toLowerCase(Locale.ROOT));
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        String example = type.getEnumConstants()[0].name().toLowerCase(Locale.ROOT);
        String s = line(key, required, example);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().replace('_', '-').equalsIgnoreCase(s)) {
                return e;
            }
        }
        problem(key, "\"" + s + "\" is not one of " + choices(type.getEnumConstants()));
        return null;
    }

    static String choices(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : values) {
            names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(" | ", names);
    }

    /** The objects of a list value such as {@code interviewers}. */
    List<ConfigObject> objects(String key, String example) {
        ConfigValue v = value(key, true, example);
        if (v == null) {
            return List.of();
        }
        if (v.valueType() != ConfigValueType.LIST) {
            problem(key, "expected a list of objects but found " + typeName(v) + " (a valid value looks like " + key
                    + " = " + example + ")");
            return List.of();
        }
        ConfigList list = (ConfigList) v;
        if (tooMany(key, list)) {
            return List.of();
        }
        List<ConfigObject> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ConfigValue item = list.get(i);
            if (item.valueType() != ConfigValueType.OBJECT) {
                problemAt(lineOf(item), key + "[" + i + "]", "expected an object { name = ..., email = ... } but found "
                        + typeName(item));
                out.add(null);
            } else {
                out.add((ConfigObject) item);
            }
        }
        return out;
    }

    /** An object whose keys are free (step ids to template files, say), read as texts. */
    ConfigObject object(String key) {
        ConfigValue v = value(key, false, "{ ... }");
        if (v == null) {
            return null;
        }
        if (v.valueType() != ConfigValueType.OBJECT) {
            problem(key, "expected an object { ... } but found " + typeName(v));
            return null;
        }
        return (ConfigObject) v;
    }

    private static String render(ConfigValue v) {
        String s = v.render(com.typesafe.config.ConfigRenderOptions.concise());
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static Set<String> keys(Collection<String> names) {
        return Set.copyOf(names);
    }
}
