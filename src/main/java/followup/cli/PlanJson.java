package followup.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import followup.config.Display;
import followup.config.Problem;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code plan --json}: one JSON document, written as it goes, one interview at a time, so that memory does not grow
 * with the number of records. Opened with {@link #begin}, fed with {@link #interview}, closed by {@link #end} with
 * the problems (which follow the interviews).
 */
final class PlanJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator g;
    private Sender sender;

    private PlanJson(JsonGenerator g, Sender sender) {
        this.g = g;
        this.sender = sender;
    }

    static PlanJson begin(Writer out, Sender sender, Instant now) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generatedAt", now.toString());
            g.writeStringField("senderZone", sender == null ? null : sender.zone().getId());
            g.writeArrayFieldStart("interviews");
            return new PlanJson(g, sender);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The interviews that follow are another candidate's, with their sender's zone ({@code dueSender}). */
    void sender(Sender next) {
        this.sender = next;
    }

    void interview(PlanView.Entry e) {
        Interview iv = e.interview();
        try {
            g.writeStartObject();
            g.writeStringField("id", iv.id());
            if (!iv.candidate().isEmpty()) {
                g.writeStringField("candidate", iv.candidate());
                g.writeStringField("senderZone", sender.zone().getId());
            }
            g.writeStringField("file", e.file() == null ? null : Display.path(e.file()));
            g.writeStringField("company", iv.company());
            g.writeStringField("position", iv.position());
            g.writeStringField("at", iv.at().toString());
            g.writeStringField("zone", iv.zone().getId());
            g.writeStringField("start", OffsetTimes.format(iv.start()));
            g.writeStringField("status", iv.status().name().toLowerCase(Locale.ROOT));
            g.writeArrayFieldStart("messages");
            for (PlannedMessage m : e.messages()) {
                message(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private void message(PlannedMessage m) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", m.key());
        g.writeStringField("step", m.step().id());
        g.writeStringField("to", m.to().email());
        g.writeStringField("toName", m.to().name());
        g.writeBooleanField("self", !m.step().toCompany());
        g.writeArrayFieldStart("cc");
        for (String cc : m.cc()) {
            g.writeString(cc);
        }
        g.writeEndArray();
        g.writeStringField("due", OffsetTimes.utc(m.due()));
        g.writeStringField("dueRecipient", OffsetTimes.format(m.due(), m.to().zone()));
        g.writeStringField("recipientZone", m.to().zone().getId());
        g.writeStringField("dueSender", OffsetTimes.format(m.due(), sender.zone()));
        g.writeStringField("latest", OffsetTimes.utc(m.latest()));
        g.writeBooleanField("estimated", m.estimated());
        g.writeStringField("state", m.state().label());
        g.writeStringField("reason", m.reason());
        g.writeStringField("cause", m.cause() == null ? null : m.cause().id());
        g.writeStringField("messageId", m.messageId());
        g.writeStringField("inReplyTo", m.inReplyTo());
        g.writeEndObject();
    }

    /**
     * Closes the document with the problems, and a line break after it.
     *
     * @param candidateOf each problem's candidate, in a deployment of candidates (see {@link #problems}); else null
     */
    void end(List<Problem> problems, java.util.function.Function<Problem, String> candidateOf) {
        try {
            g.writeEndArray();
            problems(g, "problems", problems, candidateOf);
            g.writeEndObject();
            g.writeRaw(System.lineSeparator());
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code field}: the problems as objects of file, line, key and message (also {@code validate --json}'s); in a
     * deployment of candidates, first the {@code candidate} each is about (null: the deployment's own).
     *
     * @param candidateOf a problem's candidate; null in a config without candidates (no such field)
     */
    static void problems(JsonGenerator g, String field, java.util.Collection<Problem> list,
                         java.util.function.Function<Problem, String> candidateOf) throws IOException {
        g.writeArrayFieldStart(field);
        for (Problem p : list) {
            g.writeStartObject();
            if (candidateOf != null) {
                g.writeStringField("candidate", candidateOf.apply(p));
            }
            g.writeStringField("file", p.file());
            g.writeNumberField("line", p.line());
            g.writeStringField("key", p.key());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
