package followup.daemon;

import followup.FollowupException;
import followup.plan.Sender;
import followup.store.StoredMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** The MIME form of a notice to self: text stored when the notice was queued. */
final class NoticeMessages {
    private static final Session OFFLINE = Session.getInstance(new Properties());

    private NoticeMessages() {
    }

    static MimeMessage compose(Sender sender, StoredMessage notice, Instant date) {
        try {
            MimeMessage mime = new MimeMessage(OFFLINE) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", notice.messageId());
                }
            };
            InternetAddress from = new InternetAddress(sender.email(), true);
            from.setPersonal(sender.name(), "UTF-8");
            mime.setFrom(from);
            InternetAddress to = new InternetAddress(notice.recipient(), true);
            to.setPersonal(sender.name(), "UTF-8");
            mime.setRecipient(Message.RecipientType.TO, to);
            mime.setSubject(notice.subject(), "UTF-8");
            mime.setSentDate(Date.from(date));
            mime.setText(notice.body(), "UTF-8");
            mime.saveChanges();
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new FollowupException("cannot build the notice " + notice.key() + ": " + e.getMessage(), e);
        }
    }
}
