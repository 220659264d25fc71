package followup.invite;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * Where an invitation's iCalendar text is, and the few rules both of its readers follow: the bytes of an {@code .ics}
 * file, or the calendar part of a message ({@code text/calendar}, {@code application/ics} or an {@code .ics}
 * attachment), found depth first through multiparts and forwarded messages. The inbox reads an invitation from the
 * company with it ({@code followup.inbox.InviteParser}), the intake one the user hands over ({@link InvitationReader});
 * each makes of the event what it needs.
 */
public final class CalendarParts {
    /** A date-time as iCalendar writes it, without its {@code Z}. */
    public static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    /** A day as iCalendar writes it (an all-day event). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    /** A video call's link, on the services invitations come from. */
    public static final Pattern CONFERENCE = Pattern.compile(
            "https://(?:[a-z0-9-]+\\.)*(?:zoom\\.us|meet\\.google\\.com|teams\\.microsoft\\.com|teams\\.live\\.com"
                    + "|webex\\.com|whereby\\.com|meet\\.jit\\.si|chime\\.aws|gotomeeting\\.com)/[^\\s<>\"'\\]]*",
            Pattern.CASE_INSENSITIVE);
    /** Parts nest no deeper than this in any invitation; a message nesting deeper is not read further. */
    private static final int MAX_DEPTH = 8;
    private static final Session SESSION = Session.getInstance(new Properties());

    static {
        // both readers unfold lines folded after a bare LF, as small schedulers and hand-made files write them
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
    }

    private CalendarParts() {
    }

    /**
     * A calendar found in a message.
     *
     * @param text       the iCalendar text, decoded in the part's charset (UTF-8 unless it says otherwise)
     * @param mimeMethod the {@code method} parameter of the part's content type, or null
     */
    public record Found(String text, String mimeMethod, String notice) {
        public Found(String text, String mimeMethod) {
            this(text, mimeMethod, null);
        }
    }

    /** Whether these bytes are an iCalendar file (its first line, after a byte order mark and blank space). */
    public static boolean isCalendarFile(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, utf16(bytes) != null ? utf16(bytes) : StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    /** The text of at most {@code max} bytes of a calendar in {@code charset} (UTF-8 when null), without a BOM. */
    public static String text(byte[] bytes, int max, Charset charset) {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        byte[] read = bytes.length > max ? java.util.Arrays.copyOf(bytes, max) : bytes;
        return new String(cs.equals(StandardCharsets.UTF_8) ? Utf8Folds.mended(read) : read, cs)
                .replace("\uFEFF", "");
    }

    /**
     * The text of a calendar whose charset nobody declared: UTF-8 as iCalendar says, UTF-16 after its byte order
     * mark, and windows-1252 (a superset of ISO-8859-1, as older Outlook and Exchange exports are written) when the
     * bytes are not UTF-8 (a character cut by a fold taken whole), with a notice that says so.
     */
    public static Found undeclared(byte[] bytes, String mimeMethod) {
        Charset wide = utf16(bytes);
        if (wide != null) {
            return new Found(new String(bytes, wide).replace("\uFEFF", ""), mimeMethod);
        }
        bytes = Utf8Folds.mended(bytes);   // a fold that cuts a character does not make the file another charset
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Found(text.replace("\uFEFF", ""), mimeMethod);
        } catch (CharacterCodingException e) {
            return new Found(new String(bytes, Charset.forName("windows-1252")), mimeMethod, "The calendar is not UTF-8"
                    + " (as iCalendar should be): it was read as windows-1252 (Latin-1); check the names in the file.");
        }
    }

    private static Charset utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The first calendar in a whole message's bytes (at most {@code max} bytes of it), if any. */
    public static Optional<Found> inMessage(byte[] eml, int max) throws MessagingException, IOException {
        return in(new MimeMessage(SESSION, new ByteArrayInputStream(eml)), max);
    }

    /** The first calendar in a message or part, depth first (at most {@code max} bytes of it), if any. */
    public static Optional<Found> in(Part part, int max) throws MessagingException, IOException {
        return find(part, max, 0);
    }

    /** Whether a part is an iCalendar object: {@code text/calendar}, {@code application/ics} or an .ics file. */
    public static boolean isCalendar(Part part) throws MessagingException {
        return part.isMimeType("text/calendar") || part.isMimeType("application/ics")
                || fileName(part).toLowerCase(Locale.ROOT).endsWith(".ics");
    }

    private static Optional<Found> find(Part part, int max, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (isCalendar(part)) {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes(max);
            }
            String method = parameter(part, "method");
            return Optional.of(parameter(part, "charset") == null ? undeclared(bytes, method)
                    : new Found(text(bytes, max, charset(part)), method));
        }
        if (part.isMimeType("multipart/*")) {
            MimeMultipart parts = new MimeMultipart(part.getDataHandler().getDataSource());
            for (int i = 0; i < parts.getCount(); i++) {
                Optional<Found> found = find(parts.getBodyPart(i), max, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (part.isMimeType("message/rfc822")) {
            try (InputStream in = part.getInputStream()) {
                return find(new MimeMessage(SESSION, in), max, depth + 1);   // an invitation forwarded as a message
            }
        }
        return Optional.empty();
    }

    /**
     * The mail address of an ORGANIZER or ATTENDEE value ({@code mailto:Jane%20Doe@Acme.example} gives
     * {@code jane doe@acme.example}): without the scheme, decoded, lower-cased; each reader decides what it accepts.
     */
    public static String mailto(String calAddress) {
        if (calAddress == null) {
            return "";
        }
        String v = calAddress.strip();
        if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
            v = v.substring(7).strip();
        }
        try {
            v = URI.create("mailto:" + v.replace(" ", "%20")).getSchemeSpecificPart();
        } catch (IllegalArgumentException e) {
            // not a URI (a stray % or bracket): kept as written, for the reader to accept or refuse
        }
        return v.strip().toLowerCase(Locale.ROOT);
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? "" : name;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String parameter(Part part, String name) {
        try {
            return new ContentType(part.getContentType()).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static Charset charset(Part part) {
        String name = parameter(part, "charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8; // iCalendar is UTF-8 unless said otherwise
        }
    }
}
