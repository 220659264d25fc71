package followup.inbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random damage to a real message, reproducible from a seed: truncation, byte flips, duplicated header fields,
 * swapped charsets (in parameters and as an encoded-word Subject), mangled line ends, NULs, a lost blank line.
 */
final class Mutations {
    /** One damaged message: what was done to which fixture, and the bytes. */
    record Mutant(String fixture, long seed, List<String> steps, byte[] bytes) {
        /** True when every step keeps the message's meaning (a duplicated field, another charset). */
        boolean harmless() {
            return steps.stream().allMatch(s -> s.startsWith("duplicate ") || s.startsWith("charset "));
        }

        @Override
        public String toString() {
            return fixture + " seed " + seed + " " + steps;
        }
    }

    static final List<String> CHARSETS = List.of("x-unknown", "foo", "utf-16", "UTF-32BE", "UTF-7", "ISO-2022-JP",
            "ebcdic-cp-us", "", "\"", "us-ascii", "Big5", "koi8-r", "x-\u00ff\u00fe", "utf-8;;", "windows-1252");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=(\"[^\"\\r\\n]*\"|[^;\\s]*)");
    private static final Pattern FIELD_START = Pattern.compile("(?m)^[^ \\t\\r\\n][^:\\r\\n]*:");

    private Mutations() {
    }

    /** 1 to 3 mutations of {@code original}; harmless ones alone a third of the time. */
    static Mutant of(String fixture, byte[] original, long seed) {
        Random random = new Random(seed);
        List<String> steps = new ArrayList<>();
        byte[] bytes = original;
        boolean harmlessOnly = random.nextInt(3) == 0;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = harmlessOnly ? random.nextInt(2) : random.nextInt(7);
            bytes = switch (kind) {
                case 0 -> duplicateField(bytes, random, steps);
                case 1 -> swapCharsets(bytes, random, steps);
                case 2 -> truncate(bytes, random, steps);
                case 3 -> flipBytes(bytes, random, steps);
                case 4 -> lineEnds(bytes, random, steps);
                case 5 -> insertNuls(bytes, random, steps);
                default -> loseBlankLine(bytes, steps);
            };
        }
        return new Mutant(fixture, seed, steps, bytes);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Where the header section ends (the first empty line), or the end. */
    static int headerEnd(String text) {
        Matcher m = Pattern.compile("\\r?\\n\\r?\\n|\\r\\r").matcher(text);
        return m.find() ? m.start() + 1 : text.length();
    }

    private static byte[] duplicateField(byte[] in, Random random, List<String> steps) {
        String text = text(in);
        int end = headerEnd(text);
        List<int[]> fields = new ArrayList<>();
        Matcher m = FIELD_START.matcher(text).region(0, end);
        while (m.find()) {
            fields.add(new int[] {m.start(), 0});
        }
        if (fields.isEmpty()) {
            steps.add("duplicate nothing");
            return in;
        }
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i)[1] = i + 1 < fields.size() ? fields.get(i + 1)[0] : end;
        }
        int[] field = fields.get(random.nextInt(fields.size()));
        String copy = text.substring(field[0], field[1]);
        if (!copy.endsWith("\n") && !copy.endsWith("\r")) {
            copy += "\r\n";
        }
        int[] at = fields.get(random.nextInt(fields.size()));
        steps.add("duplicate " + copy.split(":", 2)[0]);
        return bytes(text.substring(0, at[0]) + copy + text.substring(at[0]));
    }

    private static byte[] swapCharsets(byte[] in, Random random, List<String> steps) {
        String charset = CHARSETS.get(random.nextInt(CHARSETS.size()));
        steps.add("charset " + charset);
        String text = CHARSET.matcher(text(in)).replaceAll(Matcher.quoteReplacement("charset=" + charset));
        // The Subject as an encoded word in that charset.
        Matcher subject = Pattern.compile("(?m)^Subject:[ \\t]*([^\\r\\n]*)").matcher(text);
        if (subject.find() && subject.start() < headerEnd(text)) {
            String word = "=?" + charset + "?B?" + Base64.getEncoder().encodeToString(bytes(subject.group(1))) + "?=";
            text = text.substring(0, subject.start(1)) + word + text.substring(subject.end(1));
        }
        return bytes(text);
    }

    private static byte[] truncate(byte[] in, Random random, List<String> steps) {
        int at = random.nextInt(in.length + 1);
        steps.add("truncate at " + at);
        byte[] out = new byte[at];
        System.arraycopy(in, 0, out, 0, at);
        return out;
    }

    private static byte[] flipBytes(byte[] in, Random random, List<String> steps) {
        byte[] out = in.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 + random.nextInt(255));
        }
        steps.add("flip " + n + " byte(s)");
        return out;
    }

    private static byte[] lineEnds(byte[] in, Random random, List<String> steps) {
        String[] choices = {"\n", "\r", "\n\r", "\r\r\n"};
        String end = choices[random.nextInt(choices.length)];
        steps.add("line ends " + end.replace("\r", "CR").replace("\n", "LF"));
        return bytes(text(in).replace("\r\n", end));
    }

    private static byte[] insertNuls(byte[] in, Random random, List<String> steps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
        int n = 1 + random.nextInt(6);
        int[] at = random.ints(n, 0, in.length + 1).sorted().toArray();
        int from = 0;
        for (int position : at) {
            out.write(in, from, position - from);
            out.write(0);
            from = position;
        }
        out.write(in, from, in.length - from);
        steps.add("insert " + n + " NUL(s)");
        return out.toByteArray();
    }

    private static byte[] loseBlankLine(byte[] in, List<String> steps) {
        steps.add("lose the blank line");
        return bytes(text(in).replaceFirst("\r\n\r\n", "\r\n"));
    }
}
