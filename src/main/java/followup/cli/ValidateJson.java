package followup.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import followup.config.Display;
import followup.config.Problem;
import followup.plan.Interview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;

/**
 * {@code validate --json}: one JSON document, written as it goes, one interview at a time, so that memory does not
 * grow with the number of records. Each valid record is an entry of {@code interviews} with the messages rendered
 * for it and its warnings; the warnings about no record in particular, the problems (every record, template and
 * config problem, as {@code file}, {@code line}, {@code key}, {@code message}) and {@code ok} close it.
 */
final class ValidateJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator g;

    private ValidateJson(JsonGenerator g) {
        this.g = g;
    }

    static ValidateJson begin(Writer out, Path config) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("config", Display.path(config));
            g.writeArrayFieldStart("interviews");
            return new ValidateJson(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record that was read: how many of its messages rendered, and what is worth a look in it. */
    void interview(Interview iv, Path file, int rendered, Collection<Problem> warnings) {
        try {
            g.writeStartObject();
            g.writeStringField("id", iv.id());
            if (!iv.candidate().isEmpty()) {
                g.writeStringField("candidate", iv.candidate());
            }
            g.writeStringField("file", file == null ? null : Display.path(file));
            g.writeNumberField("messagesRendered", rendered);
            PlanJson.problems(g, "warnings", warnings, null);   // the interview names its candidate
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Closes the document, and a line break after it. */
    void end(int candidates, int interviews, int rendered, Collection<Problem> warnings,
             Collection<Problem> problems, java.util.function.Function<Problem, String> candidateOf) {
        try {
            g.writeEndArray();
            PlanJson.problems(g, "warnings", warnings, candidateOf);
            PlanJson.problems(g, "problems", problems, candidateOf);
            if (candidates >= 0) {
                g.writeNumberField("candidates", candidates);
            }
            g.writeNumberField("interviewCount", interviews);
            g.writeNumberField("messagesRendered", rendered);
            g.writeBooleanField("ok", problems.isEmpty());
            g.writeEndObject();
            g.writeRaw(System.lineSeparator());
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
