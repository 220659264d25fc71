package followup.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** The real Postfix/Dovecot/Sieve messages in {@code src/test/resources/fixtures/mail/}, and synthetic ones. */
final class Fixtures {
    static final String BOUNCE = "postfix-bounce-unknown-user.eml";
    static final String DELAY = "postfix-delay-warning.eml";
    static final String VACATION = "sieve-vacation-auto-reply.eml";
    static final String HUMAN_REPLY = "human-reply-threaded.eml";
    static final String OWN_MESSAGE = "own-message-in-inbox.eml";
    static final String OWN_FOLLOW_UP = "own-follow-up-threaded-in-inbox.eml";
    static final List<String> ALL = List.of(BOUNCE, DELAY, VACATION, HUMAN_REPLY, OWN_MESSAGE, OWN_FOLLOW_UP);

    static final String THANK_YOU_JANE = "<thank-you.jane.acme-platform.1@example.test>";
    static final String FOLLOW_UP_JANE = "<follow-up.jane.acme-platform.1@example.test>";
    static final String THANK_YOU_PAT = "<thank-you.pat.slow-platform.1@example.test>";

    /** When the fixtures were stored (they all arrived between 14:20 and 14:23 UTC). */
    static final Instant RECEIVED = Instant.parse("2026-11-22T14:20:30Z");

    private static final Session SESSION = Session.getInstance(new Properties());

    private Fixtures() {
    }

    static MimeMessage load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's bytes, exactly as stored. */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message written in a test, lines separated by {@code \n}. */
    static MimeMessage parse(String raw) {
        byte[] bytes = raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Through the same reading the poller does by default (the header, and the content of suspects). */
    static InboxMessage read(String fixture) throws MessagingException {
        return read(load(fixture));
    }

    static InboxMessage readRaw(String raw) throws MessagingException {
        return read(parse(raw));
    }

    static InboxMessage read(MimeMessage mime) throws MessagingException {
        InboxMessage m = InboxMessages.from(mime, "INBOX", 1, RECEIVED);
        int limit = Classifier.wantsContentWithoutStore(m);
        return limit > 0 ? InboxMessages.withContent(m, mime, limit) : m;
    }

    /** Read the way the daemon reads: the content of whatever {@code classifier} wants to see further. */
    static InboxMessage read(MimeMessage mime, Classifier classifier) throws MessagingException {
        InboxMessage m = InboxMessages.from(mime, "INBOX", 1, RECEIVED);
        int limit = classifier.wantsContent(m);
        return limit > 0 ? InboxMessages.withContent(m, mime, limit) : m;
    }
}
