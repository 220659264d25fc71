package followup.daemon;

import static followup.daemon.DaemonHarness.SENDER;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Mail arriving in the sender's INBOX, the folder the daemon polls: written as a mail client or a mail server would
 * write it, and delivered straight into the sender's GreenMail mailbox (as local delivery does).
 */
final class IncomingMail {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String BOUNCE_FIXTURE = "/fixtures/mail/postfix-bounce-unknown-user.eml";

    private final MimeMessage mime;

    private IncomingMail(MimeMessage mime) {
        this.mime = mime;
    }

    /** A plain text message from {@code from} to the sender, with no threading headers yet. */
    static IncomingMail from(String from, String subject) throws MessagingException {
        MimeMessage m = new KeepsId(SESSION);
        m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + from.substring(from.indexOf('@') + 1) + ">");
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(SENDER));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new Date());
        m.setText("Hi Alex,\n\nThanks for your note. Let's talk next week.\n\nBest,\n", "UTF-8");
        m.saveChanges();
        return new IncomingMail(m);
    }

    /** A copy of a message as it was delivered elsewhere (same headers, same Message-ID). */
    static IncomingMail copyOf(MimeMessage delivered) throws MessagingException {
        return new IncomingMail(new KeepsId(delivered));
    }

    /**
     * A Postfix delivery status report ({@code multipart/report; report-type=delivery-status}, {@code Action:
     * failed}, 550 5.1.1 user unknown) for our message {@code messageId} to {@code recipient}: the fixture
     * {@code postfix-bounce-unknown-user.eml} with our Message-ID, recipient and sender in it.
     */
    static IncomingMail deliveryFailure(String messageId, String recipient) {
        return report(BOUNCE_FIXTURE, messageId, "someone@bounce.test", recipient);
    }

    /**
     * The same Postfix report for a mailbox that is full ({@code Status: 5.2.2}, {@code 552 5.2.2 ... Mailbox full}),
     * as many servers send when the person's mailbox is over its quota: the address is right.
     */
    static IncomingMail mailboxFull(String messageId, String recipient) {
        return report(BOUNCE_FIXTURE, messageId, "someone@bounce.test", recipient, fixture(BOUNCE_FIXTURE)
                .replace("550 5.1.1", "552 5.2.2").replace("Status: 5.1.1", "Status: 5.2.2")
                .replace("User doesn't exist:", "Mailbox full:"));
    }

    private static IncomingMail report(String fixture, String messageId, String fixtureRecipient, String recipient) {
        return report(fixture, messageId, fixtureRecipient, recipient, fixture(fixture));
    }

    private static IncomingMail report(String fixture, String messageId, String fixtureRecipient, String recipient,
                                       String text) {
        String raw = text
                .replace("<thank-you.jane.acme-platform.1@example.test>", messageId)
                .replace(fixtureRecipient, recipient)
                .replace("alex@example.test", SENDER);
        try {
            return new IncomingMail(new KeepsId(SESSION, new ByteArrayInputStream(
                    raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A Postfix report that it gave up on our message {@code messageId} to {@code recipient} after days of
     * temporary failures ({@code Action: failed}, {@code Status: 4.4.1}, the receiving server not reachable).
     */
    static IncomingMail gaveUp(String messageId, String recipient) {
        return report("/fixtures/bounces/postfix-gave-up-after-queue-lifetime.eml", messageId, "jane@acme.test",
                recipient);
    }

    /** A message as a server wrote it, lines separated by {@code \n}, its Message-ID kept. */
    static IncomingMail raw(String text) throws MessagingException {
        return new IncomingMail(new KeepsId(SESSION, new ByteArrayInputStream(
                text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    IncomingMail inReplyTo(String messageId) throws MessagingException {
        mime.setHeader("In-Reply-To", messageId);
        return this;
    }

    IncomingMail references(String... messageIds) throws MessagingException {
        mime.setHeader("References", String.join(" ", messageIds));
        return this;
    }

    IncomingMail header(String name, String value) throws MessagingException {
        mime.setHeader(name, value);
        return this;
    }

    /** Replaces the plain text body. */
    IncomingMail text(String body) throws MessagingException {
        mime.setText(body, "UTF-8");
        mime.saveChanges();
        return this;
    }

    MimeMessage mime() {
        return mime;
    }

    String messageId() throws MessagingException {
        return mime.getMessageID();
    }

    /** Into the INBOX of another GreenMail user (a candidate of a deployment). */
    IncomingMail deliverTo(GreenMailUser user) throws MessagingException {
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(user.getEmail()));
        user.deliver(mime);
        return this;
    }

    /** Into the sender's INBOX on the harness's GreenMail. */
    IncomingMail deliverTo(DaemonHarness h) {
        GreenMailUser alex = h.greenMail().getUserManager().getUserByEmail(SENDER);
        alex.deliver(mime);
        return this;
    }

    private static String fixture(String path) {
        try (InputStream in = IncomingMail.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message whose Message-ID stays the one it was given, whoever saves it (GreenMail does on delivery). */
    private static final class KeepsId extends MimeMessage {
        KeepsId(Session session) {
            super(session);
        }

        KeepsId(MimeMessage source) throws MessagingException {
            super(source);
        }

        KeepsId(Session session, InputStream in) throws MessagingException {
            super(session, in);
        }

        @Override
        protected void updateMessageID() {
            // keep the Message-ID header as it is
        }
    }
}
