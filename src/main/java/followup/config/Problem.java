package followup.config;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the user's input, located: {@code conf/interviews/acme.conf:4: at: ...}.
 *
 * @param file    the file as the user would type it
 * @param line    1-based line, or 0 when the problem is about the file as a whole
 * @param key     the key path inside the file ({@code interviewers[1].email}), or empty
 * @param message what is wrong and what a valid value looks like
 */
public record Problem(String file, int line, String key, String message) {
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::key);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        key = key == null ? "" : key;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (!key.isEmpty()) {
            b.append(key).append(": ");
        }
        return b.append(message).toString();
    }
}
