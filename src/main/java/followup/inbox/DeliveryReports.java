package followup.inbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.imap.IMAPBodyPart;

/**
 * Reads the two small parts of an RFC 3464 delivery report: the {@code message/delivery-status} part (parsed by
 * Angus {@link DeliveryStatus}) and the original message's Message-ID from the {@code text/rfc822-headers} or
 * {@code message/rfc822} part. Over IMAP the parts come from BODYSTRUCTURE and are fetched one by one with
 * {@code BODY.PEEK[n]}; an attached {@code message/rfc822} is not fetched at all, its Message-ID is in the ENVELOPE
 * that BODYSTRUCTURE carries. Works without the dsn mailcap (the shaded jar keeps only one {@code META-INF/mailcap}).
 */
final class DeliveryReports {
    /** More than any real DSN part or header block; the rest is not read. */
    static final int MAX_PART = 64 * 1024;

    private DeliveryReports() {
    }

    /** The report's parts; what cannot be read is left out and added to {@code problems}. */
    static DeliveryReport read(MimeMessage message, List<String> problems) throws MessagingException {
        List<RecipientStatus> recipients = new ArrayList<>();
        List<String> originalIds = new ArrayList<>();
        try {
            // The data source, not getContent(): no mailcap involved; over IMAP the parts come from BODYSTRUCTURE.
            MimeMultipart parts = new MimeMultipart(message.getDataHandler().getDataSource());
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                try {
                    if (part.isMimeType("message/delivery-status")
                            || part.isMimeType("message/global-delivery-status")) {
                        recipients.addAll(recipients(part, problems));
                    } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/global-headers")) {
                        addIfPresent(originalIds, idInHeaders(part));
                    } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
                        addIfPresent(originalIds, idOfAttachedMessage(part));
                    }
                } catch (MessagingException | IOException | RuntimeException e) {
                    InboxMessages.rethrowIfDisconnected(e);
                    problems.add("report part " + (i + 1) + ": " + InboxMessages.describe(e));
                }
            }
            if (recipients.isEmpty()) {
                problems.add("delivery report without a readable recipient block");
            }
        } catch (MessagingException | RuntimeException e) {
            InboxMessages.rethrowIfDisconnected(e);
            problems.add("delivery report: " + InboxMessages.describe(e));
        }
        return new DeliveryReport(recipients, originalIds);
    }

    private static List<RecipientStatus> recipients(Part part, List<String> problems)
            throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_PART);
        }
        // DeliveryStatus loops while available() > 0, so it needs the whole part in memory.
        DeliveryStatus status = new DeliveryStatus(new ByteArrayInputStream(bytes));
        List<RecipientStatus> out = new ArrayList<>();
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders fields = status.getRecipientDSN(i);
            String recipient = address(first(fields, "Final-Recipient"));
            if (recipient == null) {
                recipient = address(first(fields, "Original-Recipient"));
            }
            String action = token(first(fields, "Action"));
            if (recipient == null || action == null) {
                if (recipient != null || action != null) {
                    problems.add("recipient block " + (i + 1) + " lacks Final-Recipient or Action");
                }
                continue; // an empty block, e.g. from trailing blank lines
            }
            out.add(new RecipientStatus(recipient, action.toLowerCase(Locale.ROOT),
                    token(first(fields, "Status")), first(fields, "Diagnostic-Code")));
        }
        return out;
    }

    private static String idInHeaders(Part part) throws MessagingException, IOException {
        try (InputStream in = new Bounded(part.getInputStream(), MAX_PART)) {
            return InboxMessages.firstId(new InternetHeaders(in).getHeader("Message-ID", null));
        }
    }

    private static String idOfAttachedMessage(Part part) throws MessagingException, IOException {
        if (part instanceof IMAPBodyPart) {
            // A nested message built from BODYSTRUCTURE: its Message-ID comes from the ENVELOPE, nothing is fetched.
            Object content = part.getContent();
            if (content instanceof MimeMessage nested) {
                return InboxMessages.firstId(nested.getMessageID());
            }
        }
        return idInHeaders(part); // a parsed file: the part's text starts with the original's header
    }

    /** The first value of a field, unfolded onto one line, or null. */
    private static String first(InternetHeaders fields, String name) {
        String value = fields.getHeader(name, null);
        if (value == null) {
            return null;
        }
        String line = InboxMessages.printable(value.replaceAll("\\s*\r?\n\\s*", " "));
        return line.isEmpty() ? null : line;
    }

    /** {@code someone@bounce.test} from {@code rfc822; <Someone@Bounce.test>}. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        String value = field.substring(field.indexOf(';') + 1).strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value.isEmpty() ? null : value.toLowerCase(Locale.ROOT);
    }

    /** {@code failed} from {@code failed (bad destination)}, {@code 5.1.1} from {@code 5.1.1 (no such user)}. */
    private static String token(String value) {
        return value == null ? null : value.split("[\\s(;]", 2)[0];
    }

    private static void addIfPresent(List<String> ids, String id) {
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
    }

    /** Reads at most {@code limit} bytes, then reports end of stream. */
    private static final class Bounded extends FilterInputStream {
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
