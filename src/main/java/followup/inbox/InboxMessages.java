package followup.inbox;

import jakarta.mail.Address;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an {@link InboxMessage} from a message's headers, the same way for a message fetched over IMAP (with only
 * {@link #HEADERS} loaded) and for a whole message parsed from a file. A field that cannot be read is left empty and
 * reported in one WARN line naming the folder and UID; only a lost connection is thrown.
 */
final class InboxMessages {
    /** The header fields read here; the poller fetches exactly these (plus ENVELOPE, INTERNALDATE and UID). */
    static final List<String> HEADERS = Stream.concat(
            Stream.of("Message-ID", "From", "Reply-To", "Subject", "In-Reply-To", "References", "Content-Type",
                    "Date", "Content-Language", "X-Failed-Recipients", "X-MS-Exchange-Message-Is-Ndr"),
            AutoReplySignals.HEADERS.stream()).toList();

    private static final Logger LOG = LoggerFactory.getLogger(InboxMessages.class);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s\\p{Cc}]+>");
    private static final Pattern ADDRESS = Pattern.compile("[^<>\\s\\p{Cc}\"(),;:]+@[^<>\\s\\p{Cc}\"(),;:]+");
    /** C0 and C1 control characters and DEL: never passed on to logs, the database or {@code status}. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private InboxMessages() {
    }

    /** Reads {@code message}; never fails on a malformed message, only on a lost connection. */
    static InboxMessage from(MimeMessage message, String folder, long uid, Instant received)
            throws MessagingException {
        return from(message, folder, uid, received, true);
    }

    /**
     * The same; with {@code body} false, only the header fields already fetched are read, not the parts of a
     * delivery report.
     */
    static InboxMessage from(MimeMessage message, String folder, long uid, Instant received, boolean body)
            throws MessagingException {
        List<String> problems = new ArrayList<>();
        String messageId = read(problems, "Message-ID", () -> firstId(message.getMessageID()));
        String from = read(problems, "From", () -> fromAddress(message));
        String subject = read(problems, "Subject", () -> printable(subject(message)));
        List<String> references = read(problems, "In-Reply-To/References", () -> referencedIds(
                header(message, "In-Reply-To", " "), header(message, "References", " ")));
        Optional<String> signal = read(problems, "auto-reply headers",
                () -> AutoReplySignals.of(name -> header(message, name), subject)
                        .or(() -> AutoReplySignals.ofSender(from)));
        Boolean isReport = read(problems, "Content-Type", () -> isDeliveryReport(message));
        Optional<DeliveryReport> report = Boolean.TRUE.equals(isReport) && body
                ? Optional.of(DeliveryReports.read(message, problems)) : Optional.empty();
        InboxMessage.Details details = new InboxMessage.Details(
                read(problems, "From", () -> fromName(message)),
                read(problems, "X-Failed-Recipients", () -> addresses(header(message, "X-Failed-Recipients", ","))),
                header(message, "X-MS-Exchange-Message-Is-Ndr") != null,
                read(problems, "Content-Language", () -> printable(header(message, "Content-Language"))),
                read(problems, "Date", () -> message.getSentDate() == null ? null
                        : message.getSentDate().toInstant()),
                read(problems, "Reply-To", () -> replyTo(message)));
        warn(folder, uid, problems);
        return new InboxMessage(folder, uid, received, messageId, from, subject,
                references == null ? List.of() : references, signal, report, details, Optional.empty());
    }

    /**
     * {@code m} with its content read (see {@link MessageContents}), up to {@code textLimit} characters of text; a
     * delivery status part found anywhere becomes its report. Never fails on a malformed message, only on a lost
     * connection.
     */
    static InboxMessage withContent(InboxMessage m, MimeMessage message, int textLimit) throws MessagingException {
        List<String> problems = new ArrayList<>();
        MessageContents.Found found = MessageContents.read(message, textLimit, problems);
        Optional<DeliveryReport> report = m.report().isPresent() || !found.statusPart ? m.report()
                : Optional.of(new DeliveryReport(found.recipients, found.originalIds));
        if (m.report().isEmpty()) {
            warn(m.folder(), m.uid(), problems); // a report was read (and warned about) with the header
        }
        return m.withContent(report, found.content(textLimit));
    }

    private static void warn(String folder, long uid, List<String> problems) {
        if (!problems.isEmpty()) {
            LOG.warn("Message UID {} in folder {} was read only in part: {}", uid, folder,
                    String.join("; ", problems));
        }
    }

    /**
     * The decoded subject. A field written in raw UTF-8 (RFC 6532, as mail programs write it without encoded words)
     * is read as UTF-8, not byte by byte ("Respuesta automática", not "Respuesta automÃ¡tica").
     */
    private static String subject(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("Subject", null);
        String utf8 = utf8(raw);
        if (utf8 == raw) {
            return message.getSubject();
        }
        String unfolded = MimeUtility.unfold(utf8);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded; // as getSubject does with an encoded word in an unknown charset
        }
    }

    /**
     * A header value as Jakarta Mail reads 8-bit bytes (one character per byte) read as UTF-8 instead, when its bytes
     * are valid UTF-8; else (ISO-8859-1 bytes, garbage) the same instance, unchanged.
     */
    static String utf8(String raw) {
        if (raw == null) {
            return null;
        }
        boolean eightBit = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0xFF) {
                return raw;
            }
            eightBit |= c >= 0x80;
        }
        if (!eightBit) {
            return raw;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }

    private static String fromName(MimeMessage message) throws MessagingException {
        String raw = header(message, "From", ",");
        String utf8 = utf8(raw);
        if (utf8 != raw) { // a display name in raw UTF-8: "Jürgen Weiß", not "JÃ¼rgen WeiÃ" and a C1 control
            try {
                for (InternetAddress a : InternetAddress.parseHeader(utf8, false)) {
                    return a.getPersonal() == null ? "" : printable(a.getPersonal());
                }
            } catch (jakarta.mail.internet.AddressException e) {
                // the address is read (or reported) by fromAddress
            }
            return "";
        }
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress ia && ia.getPersonal() != null) {
                return printable(ia.getPersonal());
            }
        } catch (jakarta.mail.internet.AddressException e) {
            // the address is read (or reported) by fromAddress
        }
        return "";
    }

    /** The addresses of a list header, lower-cased; unreadable ones are left out. */
    private static List<String> addresses(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(value);
        while (m.find() && out.size() < 100) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The first value of a header, unfolded and stripped, or null. */
    static String header(MimeMessage message, String name) {
        return header(message, name, null);
    }

    /**
     * A header unfolded and stripped, or null: with a {@code delimiter}, every value of it (a field may occur more
     * than once) joined by the delimiter; without one, its first value.
     */
    static String header(MimeMessage message, String name, String delimiter) {
        try {
            String value = message.getHeader(name, delimiter);
            return value == null ? null : value.replaceAll("\r?\n(?=[ \t])", "").strip();
        } catch (MessagingException e) {
            throw new UncheckedMessagingException(e);
        }
    }

    /** The first {@code <...>} token of a header value, else the stripped value made printable, else null. */
    static String firstId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        return m.find() ? m.group() : printable(value);
    }

    /**
     * {@code text} on one line with every control character (NUL, ESC, DEL, C1 ...) replaced by U+FFFD, so a
     * hostile header cannot forge log lines or send terminal escapes to {@code status}; null stays null.
     */
    static String printable(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\t\r\n]+", " ").strip();
        return CONTROL.matcher(line).replaceAll("\uFFFD");
    }

    static List<String> referencedIds(String inReplyTo, String references) {
        Set<String> ids = new LinkedHashSet<>();
        for (String value : new String[] {inReplyTo, references}) {
            if (value != null) {
                MESSAGE_ID.matcher(value).results().forEach(r -> ids.add(r.group()));
            }
        }
        List<String> all = List.copyOf(ids);
        int max = InboxMessage.MAX_REFERENCES;
        if (all.size() <= max) {
            return all;
        }
        List<String> kept = new ArrayList<>(all.subList(0, max / 2));
        kept.addAll(all.subList(all.size() - max / 2, all.size()));
        return kept;
    }

    /**
     * The first address of {@code Reply-To}, lower-cased, or null when there is none. Not {@link
     * MimeMessage#getReplyTo}, which falls back on From.
     */
    private static String replyTo(MimeMessage message) throws MessagingException {
        String raw = header(message, "Reply-To", ",");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (InternetAddress a : InternetAddress.parseHeader(raw, false)) {
            if (a.getAddress() != null && a.getAddress().contains("@")) {
                return checkedAddress(a.getAddress().strip());
            }
        }
        return null;
    }

    private static String fromAddress(MimeMessage message) throws MessagingException {
        try {
            Address[] from = message.getFrom();
            if (from != null) {
                for (Address a : from) {
                    if (a instanceof InternetAddress ia && ia.getAddress() != null && !ia.getAddress().isBlank()) {
                        return checkedAddress(ia.getAddress().strip());
                    }
                }
            }
            return null;
        } catch (jakarta.mail.internet.AddressException e) {
            // A From header Jakarta Mail will not parse: take the first thing that looks like an address.
            String raw = header(message, "From");
            Matcher m = raw == null || CONTROL.matcher(raw).find() ? null : ADDRESS.matcher(raw);
            if (m != null && m.find()) {
                return m.group().toLowerCase(Locale.ROOT);
            }
            throw e;
        }
    }

    /** An address with a control character in it (a NUL, ESC ...) matches nobody, the sender least of all. */
    private static String checkedAddress(String address) throws MessagingException {
        if (CONTROL.matcher(address).find()) {
            throw new MessagingException("not an address: " + printable(address));
        }
        return address.toLowerCase(Locale.ROOT);
    }

    private static boolean isDeliveryReport(MimeMessage message) throws MessagingException {
        String value = header(message, "Content-Type");
        if (value == null) {
            return false;
        }
        return DeliveryReports.isReportType(new ContentType(value));
    }

    /** One field of the message; a parse failure becomes a problem and null, a lost connection is thrown. */
    private static <T> T read(List<String> problems, String what, Field<T> field) throws MessagingException {
        try {
            return field.read();
        } catch (UncheckedMessagingException e) {
            return failed(problems, what, e.getCause());
        } catch (MessagingException | IOException | RuntimeException e) {
            return failed(problems, what, e);
        }
    }

    private static <T> T failed(List<String> problems, String what, Exception e) throws MessagingException {
        rethrowIfDisconnected(e);
        problems.add(what + ": " + describe(e));
        return null;
    }

    /** Lost connections are not message problems: the poll stops and reports the mailbox unavailable. */
    static void rethrowIfDisconnected(Exception e) throws MessagingException {
        // IMAP part streams wrap FolderClosedException in an IOException.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException) {
                throw (MessagingException) t;
            }
        }
    }

    /** The same for code that cannot throw a checked exception: a lost connection is wrapped, unchecked. */
    static void rethrowIfDisconnectedUnchecked(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException) {
                throw new UncheckedMessagingException((MessagingException) t);
            }
        }
    }

    static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return printable(text.replaceAll("\\s+", " ")); // parse errors quote the header they failed on
    }

    @FunctionalInterface
    interface Field<T> {
        T read() throws MessagingException, IOException;
    }

    /** Carries a MessagingException out of a lambda that cannot throw it. */
    static final class UncheckedMessagingException extends RuntimeException {
        UncheckedMessagingException(MessagingException cause) {
            super(cause);
        }

        @Override
        public synchronized MessagingException getCause() {
            return (MessagingException) super.getCause();
        }
    }
}
