package followup.cli;

import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Shows plans as a readable table, one interview at a time ({@link PlanJson} writes the JSON document). */
final class PlanView {
    static final followup.config.Display.Moment WHEN = followup.config.Display.WHEN;

    /** One interview and its messages. */
    record Entry(Interview interview, Path file, List<PlannedMessage> messages) {
    }

    private PlanView() {
    }

    static void table(PrintWriter out, Sender sender, Entry e) {
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
}
