package followup.mail;

import followup.FollowupException;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.template.Rendered;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Builds the MIME message for one planned message: plain text in UTF-8, the Message-ID fixed by the plan, and for
 * the second follow-up the {@code In-Reply-To} and {@code References} that thread it under the follow-up.
 */
public final class Composer {
    private static final Session OFFLINE = Session.getInstance(new Properties());
    private final Sender sender;

    public Composer(Sender sender) {
        this.sender = sender;
    }

    public MimeMessage compose(PlannedMessage message, Rendered rendered, Instant date) {
        return compose(message, rendered, date, OFFLINE);
    }

    public MimeMessage compose(PlannedMessage message, Rendered rendered, Instant date, Session session) {
        if (message.to().email() == null) {
            throw new IllegalArgumentException("no recipient address for " + message.key());
        }
        try {
            MimeMessage mime = new FixedIdMessage(session, message.messageId());
            mime.setFrom(address(sender.email(), sender.name()));
            boolean self = !message.step().toCompany();
            mime.setRecipient(Message.RecipientType.TO,
                    address(message.to().email(), self ? sender.name() : message.to().name()));
            List<InternetAddress> cc = new ArrayList<>();
            for (String c : message.cc()) {
                cc.add(new InternetAddress(c, true));
            }
            if (!cc.isEmpty()) {
                mime.setRecipients(Message.RecipientType.CC, cc.toArray(new InternetAddress[0]));
            }
            mime.setSubject(rendered.subject(), "UTF-8");
            mime.setSentDate(Date.from(date));
            if (message.inReplyTo() != null) {
                mime.setHeader("In-Reply-To", message.inReplyTo());
                mime.setHeader("References", message.inReplyTo());
            }
            mime.setText(rendered.body(), "UTF-8");
            mime.saveChanges();
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new FollowupException("cannot build the message " + message.key() + ": " + e.getMessage(), e);
        }
    }

    private static InternetAddress address(String email, String name) throws UnsupportedEncodingException,
            jakarta.mail.internet.AddressException {
        InternetAddress a = new InternetAddress(email, true);
        a.setPersonal(name, "UTF-8");
        return a;
    }

    /** A MimeMessage that keeps the Message-ID it was given instead of inventing one on save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
