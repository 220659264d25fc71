package followup.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generated hostile interview records: random mutations of the sample records ({@code conf/interviews/} and
 * {@code corpus/mixed/}). A case is fully determined by the base seed and its index, so a failure can be replayed.
 */
public final class HostileRecords {
    /** The kinds of mutation; case {@code i} is of kind {@code i % values().length}. */
    public enum Kind {
        TRUNCATE, WRONG_TYPE, HUGE, CONTROL, UNICODE, DEEP, DUPLICATE, BYTE_FLIP, INVALID_UTF8, ODD_DATE, HOCON,
        FILE_NAME, COMBINED
    }

    /**
     * One generated record.
     *
     * @param fileName the record's file name (the id plus {@code .conf}; hostile itself for {@link Kind#FILE_NAME})
     */
    public record Case(int index, long seed, Kind kind, String sample, String fileName, byte[] content) {
        public String label() {
            return "case " + index + " (" + kind + " of " + sample + ", seed " + seed + ")";
        }
    }

    static final Pattern VALUE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*)[ \\t]*=[ \\t]*(\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\[[^\\]\\n]*\\]|[^,\\n}\\]]+)");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final String[] WRONG = {"\"text\"", "42", "-1.5e300", "true", "false", "null", "[]",
        "[\"a\", \"b\"]", "[1, [2]]", "{}", "{ a = 1 }", "[{ name = \"X\" }]", "\"\"", "\"   \"",
        "9999999999999999999999", "0", "-0", "1e-400", "[ {} ]", "[ null ]", "{ name = { first = \"J\" } }"};
    private static final String[] CONTROL_ESCAPES = {"\\r", "\\n", "\\r\\n", "\\u0000", "\\u001b", "\\u001b[31m",
        "\\u2028", "\\u2029", "\\u0085", "\\u007f", "\\t", "\\b", "\\f", "\\r\\nBcc: evil@attacker.example"};
    private static final String[] CONTROL_RAW = {"\r", "\n", "\u0000", "\u001b", "\u2028", "\u0085", "\u007f",
        "\r\nBcc: evil@attacker.example\r\n"};
    private static final String[] UNICODE = {"\u200f", "\u202e", "\u202dRTL\u202c", "\u2066x\u2069",
        "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "e\u0301", "Z\u0351\u0352\u0353"
            + "\u0354\u0355\u0356\u0357\u0358\u0359\u035a".repeat(20), "\ud835\udd18\ud835\udd2b\ud835\udd26",
        "\u4e2d\u6587", "\u0645\u0631\u062d\u0628\u0627", "\ufeff", "\\ud800", "\\udfff", "\\udbff\\udfff",
        "\uffff", "\ufffd", "\u00a0", "\u3000", "\u200b", "\ud800", "I\u0307stanbul"};
    private static final String[] AT = {"+999999999-12-31T23:59", "-999999999-01-01T00:00", "0000-01-01T00:00",
        "9999-12-31T23:59:59.999999999", "1969-12-31T23:59", "1970-01-01T00:00", "2027-02-29T10:00",
        "2028-02-29T10:00", "2027-03-14T02:30", "2027-11-07T01:30", "2027-01-14T24:00", "2027-01-14T14:00:60",
        "2027-01-14T14:00:00.123456789", "2027-01-14", "14:00", "2027-01-14T14:00Z", "2027-01-14T14:00+14:00",
        "2027-W02-4T14:00", "20270114T1400", "2027-1-4T4:00", "", " 2027-01-14T14:00 ", "+10000-01-01T00:00",
        "2027-12-31T23:59", "2027-01-01T00:00"};
    private static final String[] DATES = {"+999999999-12-31", "0000-01-01", "9999-12-31", "2027-02-29",
        "2028-02-29", "2027-13-01", "2027-01-14T00:00", "tomorrow", "", "+10000-01-01", "1970-01-01", "2026-11-21"};
    private static final String[] ZONES = {"UTC", "Z", "+14:00", "-12:00", "+18:00", "-18:00", "+18:01",
        "UTC+14", "GMT-12", "Etc/GMT-14", "Etc/GMT+12", "Pacific/Kiritimati", "Pacific/Chatham", "Asia/Kathmandu",
        "Australia/Lord_Howe", "America/St_Johns", "SystemV/EST5", "EST", "PST", "Mars/Olympus", "", "utc",
        "america/new_york", "Europe/Berlin ", "../../etc/passwd", "America/Argentina/ComodRivadavia"};
    private static final String[] HOCON = {"notes = ${company}", "notes = ${?HOME}", "notes = ${notes}",
        "company = ${company}", "interviewers += { name = \"K L\", email = \"k@a.example\" }",
        "include \"acme-platform.conf\"", "include required(file(\"/etc/passwd\"))",
        "include url(\"http://127.0.0.1:9/x.conf\")", "include classpath(\"reference.conf\")",
        "notes = \"\"\"never closed", "notes = \"never closed", "company = \"${sender.email}\"",
        "notes = \"<#list 1..100000000 as i>x</#list>\"", "position = \"<#assign x = 1>${x}\"",
        "company = \"${\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")}\"",
        "notes = \"${interview?api.getClass()}\"", "templates { thank-you = \"../../etc/passwd\" }",
        "templates { thank-you = \"/etc/passwd\" }", "templates { thank-you = \"follow-up.ftl\" }",
        "templates { follow-up = \"\" }", "templates { nope = \"thank-you.ftl\" }", "templates = \"thank-you.ftl\"",
        "company : \"Colon Co\"", "company { name = \"Obj\" }", "// a comment\n# another", "status = closed",
        "status = CLOSED", "status = \"paused\"", "a.b.c = 1", "\"company\" = \"Quoted Key Co\"",
        "\"\\u0000\" = 1", "\"\\u001b[2J\" = 1", "company = \"A\" \"B\" \"C\"", "position = [\"a\"] [\"b\"]",
        "interviewers = []", "interviewers = [ {} ]", "contact = \"nobody@nowhere.example\"", "domains = []",
        "domains = [\"-bad-.example\", \"a..b\"]", "phone = 5551234", "handwritten = yes",
        "notes = \"\"\"multi\nline\nnotes\"\"\"", "notes = \"\"\"\"\"\"", "\ufeffcompany = \"BOM Co\""};
    private static final String[] BAD_UTF8 = {"C328", "FF", "FE", "C0AF", "EDA080", "F4908080", "80", "E282",
        "F0", "C1BF", "F8888080AF"};
    private static final String[] FILE_NAMES = {"acme platform", "acme\nplatform", "acme\rplatform", "\u001b[31m",
        "\u0430\u0441\u043c\u0435", "-leading-dash", ".hidden", "x".repeat(65), "a\u202etxt.exe", "\ud83d\ude00",
        "acme%20platform", "acme;rm -rf"};

    private final List<Sample> samples;

    record Sample(String name, String text) {
    }

    private HostileRecords(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** The samples of the project, read from the working directory (the project's base directory under Maven). */
    public static HostileRecords fromSamples() {
        List<Sample> samples = new ArrayList<>();
        for (Path dir : List.of(Path.of("conf/interviews"), Path.of("src/test/resources/corpus/mixed"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".conf")).sorted().toList()) {
                    samples.add(new Sample(dir.getFileName() + "/" + f.getFileName(), Files.readString(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("no sample records found; run from the project directory");
        }
        return new HostileRecords(samples);
    }

    public int sampleCount() {
        return samples.size();
    }

    /** Case {@code index} of the corpus grown from {@code baseSeed}. */
    public Case generate(long baseSeed, int index) {
        long seed = mix(baseSeed, index);
        Random r = new Random(seed);
        Kind kind = Kind.values()[index % Kind.values().length];
        Sample sample = samples.get(r.nextInt(samples.size()));
        String id = sample.name().substring(sample.name().indexOf('/') + 1).replace(".conf", "");
        String fileName = id + "-" + index + ".conf";
        byte[] content;
        if (kind == Kind.FILE_NAME) {
            fileName = FILE_NAMES[r.nextInt(FILE_NAMES.length)] + ".conf";
            content = utf8(sample.text());
        } else if (kind == Kind.COMBINED) {
            content = utf8(sample.text());
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                Kind k = Kind.values()[r.nextInt(Kind.FILE_NAME.ordinal())];
                content = k == Kind.HUGE ? content : mutate(k, content, r);
            }
        } else {
            content = mutate(kind, utf8(sample.text()), r);
        }
        return new Case(index, seed, kind, sample.name(), fileName, content);
    }

    static long mix(long base, int index) {
        long z = base + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static byte[] mutate(Kind kind, byte[] bytes, Random r) {
        return switch (kind) {
            case TRUNCATE -> java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            case BYTE_FLIP -> flip(bytes, r);
            case INVALID_UTF8 -> insertBytes(bytes, r.nextInt(bytes.length + 1), hex(pick(BAD_UTF8, r)));
            default -> utf8(mutateText(kind, new String(bytes, StandardCharsets.UTF_8), r));
        };
    }

    private static String mutateText(Kind kind, String text, Random r) {
        return switch (kind) {
            case WRONG_TYPE -> replaceValue(text, r, pick(WRONG, r));
            case HUGE -> huge(text, r);
            case CONTROL -> r.nextInt(4) == 0 ? insertAt(text, r.nextInt(text.length() + 1), pick(CONTROL_RAW, r))
                    : insideQuoted(text, r, r.nextBoolean() ? pick(CONTROL_ESCAPES, r) : pick(CONTROL_RAW, r));
            case UNICODE -> r.nextInt(8) == 0 ? pick(UNICODE, r) + text : insideQuoted(text, r, pick(UNICODE, r));
            case DEEP -> deep(text, r);
            case DUPLICATE -> duplicate(text, r);
            case ODD_DATE -> oddDate(text, r);
            case HOCON -> r.nextBoolean() ? text + "\n" + pick(HOCON, r) + "\n"
                    : pick(HOCON, r) + "\n" + text;
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    private static String huge(String text, Random r) {
        int choice = r.nextInt(8);
        String key = pick(new String[] {"company", "position", "notes", "phone", "contact", "zone", "status"}, r);
        String listKey = pick(new String[] {"promised-by-me", "promised-to-me", "domains", "interviewers"}, r);
        return switch (choice) {
            case 0 -> setKey(text, key, "\"" + "x".repeat(1 << 20) + "\"");
            case 1 -> setKey(text, key, "\"" + "y".repeat(600_000) + "\"");
            case 2 -> setKey(text, listKey, "[" + "\"x\",".repeat(100_000) + "]");
            case 3 -> setKey(text, "interviewers", "[" + "{},".repeat(100_000) + "]");
            case 4 -> setKey(text, listKey, "[" + "1,".repeat(100_000) + "]");
            case 5 -> text + "\n" + "k".repeat(500_000) + " = 1\n";
            case 6 -> {
                StringBuilder b = new StringBuilder(text).append('\n');
                for (int i = 0; i < 20_000; i++) {
                    b.append("unknown").append(i).append(" = 1\n");
                }
                yield b.toString();
            }
            default -> setKey(text, "notes", "\"\"\"" + "line\n".repeat(150_000) + "\"\"\"");
        };
    }

    private static String deep(String text, Random r) {
        int depth = pick(new int[] {10_000, 10_000, 10_000, 31, 32, 33, 100_000}, r);
        String value = switch (r.nextInt(6)) {
            case 0 -> "{a:".repeat(depth) + "1" + "}".repeat(depth);
            case 1 -> "[".repeat(depth) + "]".repeat(depth);
            case 2 -> "{a:".repeat(depth);
            case 3 -> "[{a:".repeat(depth / 2) + "[]" + "}]".repeat(depth / 2);
            case 4 -> "[".repeat(depth);
            default -> null;
        };
        if (value == null) {
            return text + "\n" + "x" + ".x".repeat(depth) + " = 1\n";
        }
        return r.nextBoolean() ? replaceValue(text, r, value) : text + "\nnotes = " + value + "\n";
    }

    private static String duplicate(String text, Random r) {
        List<MatchResult> values = values(text);
        if (values.isEmpty()) {
            return text + "\n" + text;
        }
        return switch (r.nextInt(4)) {
            case 0 -> {
                MatchResult m = values.get(r.nextInt(values.size()));
                yield text + "\n" + m.key() + " = " + pick(WRONG, r) + "\n";
            }
            case 1 -> {
                MatchResult m = values.get(r.nextInt(values.size()));
                yield text + "\n" + text.substring(m.keyStart(), m.end()) + "\n";
            }
            case 2 -> text.replaceFirst("\\{ *name", "{ name = \"Dup Licate\", name");
            default -> text + "\n" + text;
        };
    }

    private static String oddDate(String text, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> setKey(text, "at", "\"" + pick(AT, r) + "\"");
            case 1 -> setKey(text, "next-step-by", "\"" + pick(DATES, r) + "\"");
            case 2 -> setKey(text, "zone", "\"" + pick(ZONES, r) + "\"");
            default -> text.replaceFirst("\\{ *name", "{ zone = \"" + pick(ZONES, r) + "\", name");
        };
    }

    // --- text helpers

    record MatchResult(String key, int keyStart, int start, int end) {
    }

    static List<MatchResult> values(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            out.add(new MatchResult(m.group(1), m.start(1), m.start(2), m.end(2)));
        }
        return out;
    }

    private static String replaceValue(String text, Random r, String value) {
        List<MatchResult> values = values(text);
        if (values.isEmpty()) {
            return text + "\ncompany = " + value + "\n";
        }
        MatchResult m = values.get(r.nextInt(values.size()));
        return text.substring(0, m.start()) + value + text.substring(m.end());
    }

    /** Sets a top-level key: replaces its value where it is written first, else appends it. */
    private static String setKey(String text, String key, String value) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "[ \\t]*=[ \\t]*(\"(?:[^\"\\\\\\n]|\\\\.)*\""
                + "|\\[[^\\]\\n]*\\]|[^\\n]*)").matcher(text);
        if (m.find()) {
            return text.substring(0, m.start(1)) + value + text.substring(m.end(1));
        }
        return text + "\n" + key + " = " + value + "\n";
    }

    private static String insideQuoted(String text, Random r, String insert) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return insertAt(text, r.nextInt(text.length() + 1), insert);
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        int at = s[0] + 1 + r.nextInt(s[1] - s[0] - 1);
        return insertAt(text, at, insert);
    }

    private static String insertAt(String text, int at, String insert) {
        return text.substring(0, at) + insert + text.substring(at);
    }

    private static byte[] flip(byte[] bytes, Random r) {
        byte[] out = bytes.clone();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = r.nextInt(out.length);
            out[at] = r.nextBoolean() ? (byte) (out[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
        }
        return out;
    }

    private static byte[] insertBytes(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(String[] options, Random r) {
        return options[r.nextInt(options.length)];
    }

    private static int pick(int[] options, Random r) {
        return options[r.nextInt(options.length)];
    }
}
