package followup.config;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A password. Never printed: {@link #toString()} hides it, and only {@link #reveal()} hands it to a mail server. */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null ? null : new Secret(value.toCharArray());
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
        if (secret.length() >= ANYWHERE) {
            return text.replace(secret, HIDDEN);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])").matcher(text)
                .replaceAll(Matcher.quoteReplacement(HIDDEN));
    }

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
