package followup.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads delivery reports (RFC 3464) wherever they sit in a message: the {@code message/delivery-status} parts and
 * the Message-ID of the original from the {@code text/rfc822-headers} or {@code message/rfc822} part (see
 * {@link MessageContents} for the walk and what is fetched over IMAP).
 *
 * <p>The status part is read tolerantly, because real servers write it loosely: blocks without the blank line
 * between them (a field that repeats starts the next recipient), {@code Action: failure} or {@code expired} for
 * {@code failed}, and a {@code Status} without any {@code Action} (5.x.x failed, 4.x.x delayed, 2.x.x delivered).
 */
final class DeliveryReports {
    /** More than any real DSN part or header block; the rest is not read. */
    static final int MAX_PART = 64 * 1024;
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)$");
    private static final Pattern STATUS = Pattern.compile("^([245])\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> RECIPIENT_FIELDS = List.of("final-recipient", "original-recipient", "action",
            "status", "diagnostic-code", "remote-mta", "last-attempt-date", "will-retry-until", "x-display-name");

    private DeliveryReports() {
    }

    /** Whether a Content-Type names a delivery report: any multipart with {@code report-type=delivery-status}. */
    static boolean isReportType(jakarta.mail.internet.ContentType type) {
        String reportType = type.getParameter("report-type");
        return type.getPrimaryType().equalsIgnoreCase("multipart") && reportType != null
                && (reportType.equalsIgnoreCase("delivery-status")
                || reportType.equalsIgnoreCase("global-delivery-status"));
    }

    /** The report's parts; what cannot be read is left out and added to {@code problems}. */
    static DeliveryReport read(MimeMessage message, List<String> problems) throws MessagingException {
        MessageContents.Found found = MessageContents.read(message, 0, problems);
        if (found.recipients.isEmpty()) {
            problems.add("delivery report without a readable recipient block");
        }
        return new DeliveryReport(found.recipients, found.originalIds);
    }

    /** The recipient blocks of a status part, read tolerantly; a block without address or outcome is skipped. */
    static List<RecipientStatus> recipients(byte[] bytes, List<String> problems) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        String last = null;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isBlank()) {
                last = null;
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new LinkedHashMap<>();
                }
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                block.put(last, block.get(last) + " " + line.strip());
                continue;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                last = null;
                continue;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            boolean startsRecipient = name.equals("final-recipient") || name.equals("original-recipient");
            // No blank line: a repeated field, or the first recipient field after the per-message fields.
            if (block.containsKey(name) || startsRecipient && !block.isEmpty() && !hasRecipientField(block)) {
                blocks.add(block);
                block = new LinkedHashMap<>();
            }
            block.put(name, m.group(2).strip());
            last = name;
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        List<RecipientStatus> out = new ArrayList<>();
        for (Map<String, String> b : blocks) {
            String original = address(b.get("original-recipient"));
            String recipient = address(b.get("final-recipient"));
            if (recipient == null) {
                recipient = original;
            }
            String status = token(b.get("status"));
            String action = action(token(b.get("action")), status);
            if (recipient == null || action == null) {
                if (recipient != null || b.containsKey("action")) {
                    problems.add("recipient block lacks Final-Recipient or Action");
                }
                continue; // the per-message block, or an empty one
            }
            String diagnostic = b.get("diagnostic-code");
            out.add(new RecipientStatus(recipient, action, status, diagnostic == null ? null
                    : InboxMessages.printable(diagnostic), original));
        }
        return out;
    }

    private static boolean hasRecipientField(Map<String, String> block) {
        return block.keySet().stream().anyMatch(RECIPIENT_FIELDS::contains);
    }

    /** {@code failed}, {@code delayed}, {@code delivered} ... from the Action, else from the Status class. */
    private static String action(String action, String status) {
        if (action != null) {
            String a = action.toLowerCase(Locale.ROOT);
            return switch (a) {
                case "failed", "failure", "fail", "expired", "bounced", "undeliverable" -> "failed";
                case "delayed", "delay", "deferred" -> "delayed";
                default -> a;
            };
        }
        Matcher m = status == null ? null : STATUS.matcher(status);
        if (m == null || !m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "5" -> "failed";
            case "4" -> "delayed";
            default -> "delivered";
        };
    }

    /** {@code someone@bounce.test} from {@code rfc822; <Someone@Bounce.test>}. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        String value = InboxMessages.printable(field.substring(field.indexOf(';') + 1)).strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value.isEmpty() || !value.contains("@") || value.contains("\uFFFD") ? null
                : value.toLowerCase(Locale.ROOT);
    }

    /** {@code failed} from {@code failed (bad destination)}, {@code 5.1.1} from {@code 5.1.1 (no such user)}. */
    private static String token(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return InboxMessages.printable(value.strip().split("[\\s(;]", 2)[0]);
    }

    /** Reads at most {@code limit} bytes, then reports end of stream. */
    static final class Bounded extends FilterInputStream {
        private int left;

        Bounded(InputStream in, int limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return Math.min(super.available(), left);
        }
    }
}
