package followup.template;

import java.util.Objects;

/** A template's output: the subject it defined and the plain-text body. */
public record Rendered(String subject, String body) {
    public Rendered {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
