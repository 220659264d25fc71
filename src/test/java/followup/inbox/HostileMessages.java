package followup.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.Random;

/**
 * Hand-written hostile messages: what anybody can put into the user's inbox. Each is raw RFC 822 bytes with CRLF
 * line ends; text is written in ISO-8859-1 so {@code \u0000} to {@code \u00ff} stand for single raw bytes (NULs and
 * 8-bit garbage included). Unless a builder says otherwise a message comes from {@link #STRANGER} and references
 * nothing of ours, so classifying it as a reply would hold a sequence by mistake.
 */
public final class HostileMessages {
    public static final String STRANGER = "mallory@elsewhere.test";
    private static final Session SESSION = Session.getInstance(new Properties());

    private HostileMessages() {
    }

    /** {@code text} with {@code \n} turned into CRLF, one byte per character (ISO-8859-1). */
    public static byte[] raw(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes parsed the way a mail server stores them (for {@code GreenMailUser.deliver}). */
    public static MimeMessage mime(byte[] bytes) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String head(String name) {
        return "From: Mallory <" + STRANGER + ">\nTo: alex\nSubject: " + name + "\nDate: Tue, 1 Dec 2026 10:00:00 +0000"
                + "\nMessage-ID: <" + name + "@elsewhere.test>\nMIME-Version: 1.0\n";
    }

    /** Declares one boundary and uses another: no part is ever found. */
    public static byte[] brokenBoundary() {
        return raw(head("broken-boundary") + """
                Content-Type: multipart/mixed; boundary="declared"

                --actual
                Content-Type: text/plain

                one
                --actual--
                """);
    }

    /** Parts that never end: no closing {@code --b--}, the last part runs to the end of the message. */
    public static byte[] missingClosingBoundary() {
        return raw(head("missing-closing-boundary") + """
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                one
                --b
                Content-Type: multipart/alternative; boundary="c"

                --c
                Content-Type: text/plain

                two, and no closing boundary anywhere
                """);
    }

    /** {@code depth} multiparts, each the only part of the one above; as a delivery report when {@code report}. */
    public static byte[] nestedMultiparts(int depth, boolean report) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 1; i < depth; i++) {
            open.append("--n").append(i).append("\nContent-Type: multipart/mixed; boundary=\"n").append(i + 1)
                    .append("\"\n\n");
            close.insert(0, "--n" + i + "--\n");
        }
        open.append("--n").append(depth).append("\nContent-Type: text/plain\n\nthe bottom\n--n").append(depth)
                .append("--\n");
        String type = report ? "multipart/report; report-type=delivery-status; boundary=\"n1\""
                : "multipart/mixed; boundary=\"n1\"";
        return raw(head("nested-" + depth + (report ? "-report" : "")) + "Content-Type: " + type + "\n\n" + open
                + close);
    }

    /** A {@code Content-Transfer-Encoding} nobody knows, over a body that is not encoded at all. */
    public static byte[] unknownTransferEncoding() {
        return raw(head("unknown-transfer-encoding") + """
                Content-Type: text/plain; charset=us-ascii
                Content-Transfer-Encoding: x-rot13-twice

                Uryyb \u0000\u00ff
                """);
    }

    /** A delivery report whose status part claims base64 and is not, and whose original is quoted-printable junk. */
    public static byte[] reportWithBadTransferEncoding(String finalRecipient) {
        return raw(head("report-bad-transfer-encoding") + """
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Undeliverable.
                --b
                Content-Type: message/delivery-status
                Content-Transfer-Encoding: base64

                !!! Final-Recipient: rfc822; %s *** not base64 at all ===
                Action: failed
                --b
                Content-Type: text/rfc822-headers
                Content-Transfer-Encoding: quoted-printable

                Message-ID: =ZZ=4<broken=
                --b--
                """.formatted(finalRecipient));
    }

    /** No From (nor Sender): nobody to match. */
    public static byte[] noFrom() {
        return raw(head("no-from").replaceFirst("From: [^\n]*\n", "") + "Content-Type: text/plain\n\nWho am I?\n");
    }

    public static byte[] noDate() {
        return raw(head("no-date").replaceFirst("Date: [^\n]*\n", "") + "Content-Type: text/plain\n\nWhen?\n");
    }

    public static byte[] noMessageId() {
        return raw(head("no-message-id").replaceFirst("Message-ID: [^\n]*\n", "")
                + "Content-Type: text/plain\n\nNo id.\n");
    }

    /** Nothing but a body: not a single header line. */
    public static byte[] noHeadersAtAll() {
        return raw("\nJust a body, no headers.\n");
    }

    /** Two From fields (RFC 5322 allows one); the first is a stranger. */
    public static byte[] twoFroms(String second) {
        return raw(head("two-froms") + "From: " + second + "\nContent-Type: text/plain\n\nTwo authors.\n");
    }

    public static byte[] twoMessageIds() {
        return raw(head("two-message-ids") + "Message-ID: <second-id@elsewhere.test>\nContent-Type: text/plain\n\nx\n");
    }

    /** Two In-Reply-To fields: {@code first}, then {@code second}. */
    public static byte[] twoInReplyTos(String name, String first, String second) {
        return raw(head(name) + "In-Reply-To: " + first + "\nIn-Reply-To: " + second
                + "\nContent-Type: text/plain\n\nx\n");
    }

    /** Raw 8-bit bytes, invalid UTF-8 included, in the Subject, the From display name and other fields. */
    public static byte[] eightBitGarbage() {
        return raw("""
                From: M\u00e4ll\u00f6ry \u00c3\u0028\u00ff\u00fe <mallory@elsewhere.test>
                To: \u0080\u0081\u0082 <alex>
                Subject: \u00ff\u00fe\u00fd garbage \u00c0\u00af\u00ed\u00a0\u0080 \u00f0\u009f\u0098
                Date: \u00e9t\u00e9 2026
                Message-ID: <eight-bit-garbage@elsewhere.test>
                X-Junk: \u001b[31m\u0007\u007f\u0085
                In-Reply-To: <\u00e9\u00e8@\u00ff>
                Content-Type: text/plain

                body
                """);
    }

    /**
     * NUL bytes in header names and values, control characters (NUL, CR, LF, ESC) hidden in an encoded word, which
     * a decoder would put straight into logs and the status output, and a Content-Type that a parser rejects with an
     * error message quoting its ESC and NUL.
     */
    public static byte[] nulsInHeaders() {
        String hidden = Base64.getEncoder().encodeToString(
                "hello\r\n2026-12-01 INFO Mailbox - forged line\u0000\u001b[2J".getBytes(StandardCharsets.UTF_8));
        return raw("""
                From: Mall\u0000ory <mall\u0000ory@elsewhere.test>
                To: alex
                Subject: nul\u0000in the subject =?UTF-8?B?%s?=
                Message-ID: <nul\u0000s@elsewhere.test>
                In-Reply-To: <a\u0000b@elsewhere.test>
                X-Nul\u0000Name: value
                Content-Type: text/plain; charset=\u001b[2J\u0000;;

                body\u0000
                """.formatted(hidden));
    }

    /** Encoded words in a charset that does not exist, in the Subject and the From display name. */
    public static byte[] unknownCharsetWords() {
        return raw("""
                From: =?x-unknown?Q?M=E4llory?= <mallory@elsewhere.test>
                To: alex
                Subject: =?x-unknown?B?SGVsbG8gd29ybGQ=?= and =?foo?Q?=FF=FE?=
                Message-ID: <unknown-charset-words@elsewhere.test>
                Content-Type: text/plain

                body
                """);
    }

    /** {@code charset=foo} on the message and on the parts of a delivery report. */
    public static byte[] unknownCharsetParameter(String finalRecipient, String originalId) {
        return raw(head("unknown-charset-parameter") + """
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"; charset=foo

                --b
                Content-Type: text/plain; charset=foo

                \u00ff\u00fe
                --b
                Content-Type: message/delivery-status; charset=foo

                Reporting-MTA: dns; mx.elsewhere.test

                Final-Recipient: rfc822; %s
                Action: delayed
                Status: 4.4.1

                --b
                Content-Type: text/rfc822-headers; charset=foo

                Message-ID: %s
                --b--
                """.formatted(finalRecipient, originalId));
    }

    /** A plain message of about {@code bytes} bytes, lines of base64-looking text. */
    public static byte[] huge(int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 1024);
        out.writeBytes(raw(head("huge") + "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"));
        byte[] line = new byte[78];
        Random random = new Random(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        while (out.size() < bytes) {
            for (int i = 0; i < 76; i++) {
                line[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            line[76] = '\r';
            line[77] = '\n';
            out.writeBytes(line);
        }
        return out.toByteArray();
    }

    /** A delivery report with a status part and no original message part (no Message-ID to match). */
    public static byte[] reportWithoutOriginal(String finalRecipient, String action) {
        return raw(head("report-without-original") + """
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Something happened to your message.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.elsewhere.test

                Final-Recipient: rfc822; %s
                Action: %s
                Status: 5.0.0

                --b--
                """.formatted(finalRecipient, action));
    }

    /** A delivery report whose status part is binary garbage (with stray field names), and the original ours. */
    public static byte[] reportWithGarbageStatus(String originalId) {
        return raw(head("report-garbage-status") + """
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Undeliverable.
                --b
                Content-Type: message/delivery-status

                \u0000\u0001\u00ff\u00fe:;:;
                Action: failed
                \u0000Final-Recipient\u0000 rfc822\u00ff
                :::: Status
                \u001b[2J
                Action:
                --b
                Content-Type: text/rfc822-headers

                Message-ID: %s
                --b--
                """.formatted(originalId));
    }

    /**
     * A reply from a stranger's address whose {@code References} holds {@code count} Message-IDs, with {@code ours}
     * at {@code position} (0-based) and no In-Reply-To.
     */
    public static byte[] manyReferences(String name, int count, String ours, int position) {
        StringBuilder refs = new StringBuilder("References:");
        for (int i = 0; i < count; i++) {
            refs.append(i == 0 ? " " : "\n ").append(i == position ? ours : "<r" + i + "." + name + "@elsewhere.test>");
        }
        return raw(head(name) + refs + "\nContent-Type: text/plain\n\nStill there?\n");
    }

    /** A message whose From is forged to be the sender's own address, threaded under one of our messages. */
    public static byte[] forgedOwn(String ownAddress, String ours) {
        return raw("""
                From: Alex <%s>
                To: %s
                Subject: Re: Thank you for the conversation
                Date: Tue, 1 Dec 2026 10:00:00 +0000
                Message-ID: <forged-own@elsewhere.test>
                In-Reply-To: %s
                References: %s
                Content-Type: text/plain

                Please stop sending.
                """.formatted(ownAddress, ownAddress, ours, ours));
    }
}
