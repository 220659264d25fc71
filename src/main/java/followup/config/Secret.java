package followup.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A password. Never printed: {@link #toString()} hides it, and only {@link #reveal()} hands it to a mail server. */
public final class Secret {
    private final char[] value;
    /** The {@code password-file} it was read from, or null. */
    private final Path file;

    private Secret(char[] value, Path file) {
        this.value = value;
        this.file = file;
    }

    public static Secret of(String value) {
        return value == null ? null : new Secret(value.toCharArray(), null);
    }

    /** A password read from a {@code password-file}, which {@link #reread()} reads again. */
    static Secret fromFile(String value, Path file) {
        return new Secret(value.toCharArray(), file);
    }

    /**
     * The password its {@code password-file} holds now, when that is another than this one (the user fixed the file
     * after a server refused this one); empty when the secret is not from a file, or the file holds the same
     * password, or the file cannot be used now (then {@code problem} is told what is wrong with it).
     */
    public Optional<Secret> reread(Consumer<String> problem) {
        if (file == null) {
            return Optional.empty();
        }
        PasswordFile.Read read = PasswordFile.read(file);
        if (read.problem() != null) {
            problem.accept("password-file " + read.problem());
            return Optional.empty();
        }
        return read.secret().equals(this) ? Optional.empty() : Optional.of(read.secret());
    }

    public String reveal() {
        return new String(value);
    }

    /**
     * {@code text} with every occurrence of this secret replaced by {@code (hidden)}, wherever a server or a library
     * may have echoed it. A short secret (under {@value #ANYWHERE} characters) is replaced only where it stands
     * alone, not inside a word: a password "x" must not turn "Exception" into "E(hidden)ception".
     */
    public String redact(String text) {
        if (text == null || value.length == 0) {
            return text;
        }
        String secret = reveal();
        boolean anywhere = secret.length() >= ANYWHERE;
        String plain = text;
        for (String form : forms(secret)) {
            plain = anywhere ? plain.replace(form, HIDDEN)
                    : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])")
                    .matcher(plain).replaceAll(Matcher.quoteReplacement(HIDDEN));
        }
        return encoded(plain, secret.getBytes(StandardCharsets.UTF_8), anywhere);
    }

    /**
     * The secret as a server may repeat it in plain text: as it is; as IMAP's {@code LOGIN} quotes it (each
     * {@code "} and {@code \} escaped with a backslash), which a server that echoes the command echoes, the longer
     * form first, so that the plain one found inside it leaves no escape behind; and, outside ASCII, as its UTF-8
     * bytes read one byte a character, as the SMTP client reads a reply that repeats it ("ä" as "Ã¤").
     */
    private static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>(3);
        String quoted = secret.replace("\\", "\\\\").replace("\"", "\\\"");
        if (!quoted.equals(secret)) {
            forms.add(quoted);
        }
        forms.add(secret);
        String bytes = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        if (!bytes.equals(secret)) {
            forms.add(bytes);
        }
        return forms;
    }

    /**
     * {@code text} with every base64 word that holds the secret replaced: a server that echoes what the client sent
     * echoes the password encoded, alone ({@code AUTH LOGIN}) or with the user name ({@code AUTH PLAIN}, a token in
     * {@code XOAUTH2}), where no plain search finds it. A short secret only where it is the whole word or ends it
     * after a NUL, as the two commands send it: inside other bytes it could be anything.
     */
    private static String encoded(String text, byte[] secret, boolean anywhere) {
        Matcher word = BASE64_WORD.matcher(text);
        StringBuilder out = null;
        int from = 0;
        while (word.find()) {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(word.group());
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (anywhere ? contains(decoded, secret) : Arrays.equals(decoded, secret) || endsAfterNul(decoded, secret)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, from, word.start()).append(HIDDEN);
                from = word.end();
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static boolean endsAfterNul(byte[] decoded, byte[] secret) {
        int at = decoded.length - secret.length;
        return at > 0 && decoded[at - 1] == 0
                && Arrays.equals(decoded, at, decoded.length, secret, 0, secret.length);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A run of base64 characters long enough to hold a byte, with its padding. */
    private static final Pattern BASE64_WORD = Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{2,}={0,2}");

    /** A secret this long is replaced wherever it occurs ({@link #redact}). */
    static final int ANYWHERE = 8;
    private static final String HIDDEN = "(hidden)";

    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public String toString() {
        return "(hidden)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}
