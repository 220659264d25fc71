package followup.inbox;

import followup.invite.CalendarParts;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPBodyPart;

/**
 * Walks a message's MIME tree, depth first, and reads what the classifier needs beyond the header: delivery status
 * parts wherever they sit, the Message-ID and recipients of attached originals, the readable text up to a limit, and
 * a calendar invitation. Over IMAP the tree comes from BODYSTRUCTURE and each part is fetched on its own, only as far
 * as it is read; an attached {@code message/rfc822} is not fetched at all (its ENVELOPE is in BODYSTRUCTURE). Works
 * the same on a message parsed from a file. A part that cannot be read is added to {@code problems} and skipped;
 * only a lost connection is thrown.
 */
final class MessageContents {
    /** Text read of a suspected bounce: enough for any notification and the start of an inline original. */
    static final int BOUNCE_TEXT = 64 * 1024;
    /** Text read of a reply or an automatic answer. */
    static final int REPLY_TEXT = 16 * 1024;
    private static final int MAX_DEPTH = 12;
    private static final int MAX_PARTS = 64;

    /** What a walk found. */
    static final class Found {
        final List<RecipientStatus> recipients = new ArrayList<>();
        boolean statusPart;
        final List<String> originalIds = new ArrayList<>();
        final List<String> originalRecipients = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        String html;
        Optional<Invite> invite = Optional.empty();
        int parts;

        MessageContent content(int limit) {
            String t = (text.length() > 0 ? text.toString() : html == null ? "" : Html.toText(html))
                    .replace("\r\n", "\n").replace('\r', '\n').strip();
            return new MessageContent(t.length() > limit ? t.substring(0, limit) : t, originalIds,
                    originalRecipients, invite);
        }
    }

    private MessageContents() {
    }

    /**
     * @param textLimit how many characters of text to keep (0: read no text, only report parts and attachments)
     */
    static Found read(MimeMessage message, int textLimit, List<String> problems) throws MessagingException {
        Found found = new Found();
        walk(message, 0, textLimit, found, problems, "message");
        return found;
    }

    private static void walk(Part part, int depth, int textLimit, Found found, List<String> problems, String where)
            throws MessagingException {
        if (depth > MAX_DEPTH || ++found.parts > MAX_PARTS) {
            if (depth > MAX_DEPTH) {
                problems.add(where + ": nested deeper than " + MAX_DEPTH + " parts, not read");
            }
            return;
        }
        try {
            if (part.isMimeType("multipart/*")) {
                MimeMultipart children = new MimeMultipart(part.getDataHandler().getDataSource());
                for (int i = 0; i < children.getCount(); i++) {
                    BodyPart child = children.getBodyPart(i);
                    walk(child, depth + 1, textLimit, found, problems, where + "." + (i + 1));
                }
            } else if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                found.statusPart = true;
                found.recipients.addAll(DeliveryReports.recipients(bytes(part, DeliveryReports.MAX_PART), problems));
            } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/global-headers")) {
                original(headers(part), found);
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
                attached(part, found);
            } else if (CalendarParts.isCalendar(part)) {
                if (found.invite.isEmpty() && textLimit > 0) {
                    found.invite = InviteParser.ofPart(part);
                }
            } else if (part.isMimeType("text/plain") && textLimit > 0 && found.text.length() < textLimit) {
                found.text.append(text(part, textLimit - found.text.length())).append('\n');
            } else if (part.isMimeType("text/html") && textLimit > 0 && found.html == null) {
                found.html = text(part, textLimit * 4);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            InboxMessages.rethrowIfDisconnected(e);
            problems.add(where + ": " + InboxMessages.describe(e));
        }
    }

    private static void attached(Part part, Found found) throws MessagingException, IOException {
        if (part instanceof IMAPBodyPart) {
            // A nested message built from BODYSTRUCTURE: its ENVELOPE is there, nothing is fetched.
            if (part.getContent() instanceof MimeMessage nested) {
                add(found.originalIds, InboxMessages.firstId(nested.getMessageID()));
                for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                    Address[] to = nested.getRecipients(type);
                    for (Address a : to == null ? new Address[0] : to) {
                        if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                            add(found.originalRecipients, ia.getAddress().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return;
        }
        original(headers(part), found); // a parsed file: the part's text starts with the original's header
    }

    private static void original(InternetHeaders headers, Found found) {
        add(found.originalIds, InboxMessages.firstId(headers.getHeader("Message-ID", null)));
        for (String name : List.of("To", "Cc")) {
            String value = headers.getHeader(name, ",");
            if (value == null) {
                continue;
            }
            try {
                for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                    if (a.getAddress() != null && a.getAddress().contains("@")) {
                        add(found.originalRecipients, a.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (MessagingException e) {
                // an unreadable To of the original: the Message-ID still says whose it was
            }
        }
    }

    private static InternetHeaders headers(Part part) throws MessagingException, IOException {
        try (InputStream in = new DeliveryReports.Bounded(part.getInputStream(), DeliveryReports.MAX_PART)) {
            return new InternetHeaders(in);
        }
    }

    private static byte[] bytes(Part part, int limit) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(limit);
        }
    }

    /** At most {@code limit} characters of a text part, decoded by its charset (UTF-8 when unknown). */
    private static String text(Part part, int limit) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name != null) {
                charset = Charset.forName(name.strip());
            }
        } catch (MessagingException | RuntimeException e) {
            // an unreadable or unknown charset: most mail is UTF-8 or ASCII
        }
        String s = new String(bytes(part, limit), charset);
        return s.length() > limit ? s.substring(0, limit) : s;
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }
}
