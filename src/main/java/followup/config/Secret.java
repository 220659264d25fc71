package followup.config;

import java.util.Arrays;

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
