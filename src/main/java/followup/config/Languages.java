package followup.config;

import java.util.List;

/** The languages the messages can be written in: a directory {@code templates/<lang>/}, English the default. */
public final class Languages {
    /** Languages whose dates, lists and greetings followup knows. */
    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "es");

    private Languages() {
    }

    /** The language at {@code key}, checked; null (with a problem) when it is not one of {@link #SUPPORTED}. */
    static String read(Fields f, String key, boolean required) {
        String value = f.line(key, required, "en");
        if (value == null) {
            return null;
        }
        String code = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SUPPORTED.contains(code)) {
            f.problem(key, "\"" + value + "\" is not a language followup writes in (one of " + String.join(", ",
                    SUPPORTED) + "; a valid value looks like " + key + " = de)");
            return null;
        }
        return code;
    }
}
