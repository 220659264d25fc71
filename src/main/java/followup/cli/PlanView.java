package followup.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import followup.config.Display;
import followup.config.Problem;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shows plans: a readable table, or one JSON document. */
final class PlanView {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** One interview and its messages. */
    record Entry(Interview interview, Path file, List<PlannedMessage> messages) {
    }

    private PlanView() {
    }

    static void table(PrintWriter out, Sender sender, List<Entry> entries) {
        for (Entry e : entries) {
            Interview iv = e.interview();
            out.printf("%s: %s, %s, %s (%s)%s%n", iv.id(), iv.company(), iv.position(), WHEN.format(iv.start()),
                    iv.zone().getId(), iv.closed() ? " [closed]" : "");
            String[] head = {"STEP", "TO", "DUE (RECIPIENT)", "DUE (SENDER " + sender.zone().getId() + ")", "STATE",
                    "REASON"};
            List<String[]> rows = new ArrayList<>();
            for (PlannedMessage m : e.messages()) {
                rows.add(new String[] {m.step().id(), recipient(m), when(m.due(), m.to().zone(), m.estimated()),
                        when(m.due(), sender.zone(), m.estimated()), state(m), m.reason()});
            }
            printRows(out, head, rows);
            out.println();
        }
    }

    /** The state, with the cause in words when there is one: {@code held (the company replied)}. */
    static String state(PlannedMessage m) {
        return m.state().label() + (m.cause() == null ? "" : " (" + m.cause().words() + ")");
    }

    private static String recipient(PlannedMessage m) {
        if (!m.step().toCompany()) {
            return "self" + (m.cc().isEmpty() ? "" : " + " + String.join(", ", m.cc()));
        }
        return m.to().email() == null ? m.to().name() + " (no email)" : m.to().email();
    }

    private static String when(Instant instant, ZoneId zone, boolean estimated) {
        return (estimated ? "~" : "") + WHEN.format(instant.atZone(zone));
    }

    private static void printRows(PrintWriter out, String[] head, List<String[]> rows) {
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        printRow(out, head, width);
        for (String[] r : rows) {
            printRow(out, r, width);
        }
    }

    private static void printRow(PrintWriter out, String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    static void json(PrintWriter out, Sender sender, List<Entry> entries, List<Problem> problems, Instant now) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("generatedAt", now.toString());
        doc.put("senderZone", sender.zone().getId());
        List<Object> interviews = new ArrayList<>();
        for (Entry e : entries) {
            Interview iv = e.interview();
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", iv.id());
            i.put("file", e.file() == null ? null : Display.path(e.file()));
            i.put("company", iv.company());
            i.put("position", iv.position());
            i.put("at", iv.at().toString());
            i.put("zone", iv.zone().getId());
            i.put("start", ISO.format(iv.start()));
            i.put("status", iv.status().name().toLowerCase(Locale.ROOT));
            List<Object> messages = new ArrayList<>();
            for (PlannedMessage m : e.messages()) {
                messages.add(message(m, sender));
            }
            i.put("messages", messages);
            interviews.add(i);
        }
        doc.put("interviews", interviews);
        List<Object> ps = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("file", p.file());
            pm.put("line", p.line());
            pm.put("key", p.key());
            pm.put("message", p.message());
            ps.add(pm);
        }
        doc.put("problems", ps);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialise", e);
        }
    }

    private static Map<String, Object> message(PlannedMessage m, Sender sender) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("key", m.key());
        j.put("step", m.step().id());
        j.put("to", m.to().email());
        j.put("toName", m.to().name());
        j.put("self", !m.step().toCompany());
        j.put("cc", m.cc());
        j.put("due", m.due().toString());
        j.put("dueRecipient", ISO.format(m.due().atZone(m.to().zone())));
        j.put("recipientZone", m.to().zone().getId());
        j.put("dueSender", ISO.format(m.due().atZone(sender.zone())));
        j.put("latest", m.latest().toString());
        j.put("estimated", m.estimated());
        j.put("state", m.state().label());
        j.put("reason", m.reason());
        j.put("cause", m.cause() == null ? null : m.cause().id());
        j.put("messageId", m.messageId());
        j.put("inReplyTo", m.inReplyTo());
        return j;
    }
}
