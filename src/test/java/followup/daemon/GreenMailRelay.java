package followup.daemon;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Hands a message a test SMTP server accepted to GreenMail: each envelope recipient's inbox, and a sent folder. */
final class GreenMailRelay {
    private final GreenMailOperations greenMail;
    private final Session session = Session.getInstance(new Properties());

    GreenMailRelay(GreenMailOperations greenMail) {
        this.greenMail = greenMail;
    }

    /**
     * @param data         the message as it came through DATA (dot-stuffing undone)
     * @param sentFolderOf if not null and the message is from this address, a copy also goes to its "Sent" folder
     */
    void deliver(String data, List<String> recipients, String sentFolderOf) throws IOException {
        try {
            for (String r : recipients) {
                GreenMailUser user = greenMail.getUserManager().getUserByEmail(r);
                if (user == null) {
                    user = greenMail.setUser(r, r, r);
                }
                user.deliver(parse(data));
            }
            MimeMessage m = parse(data);
            if (sentFolderOf != null && m.getFrom() != null && m.getFrom().length > 0
                    && m.getFrom()[0].toString().toLowerCase(Locale.ROOT).contains(sentFolderOf)) {
                GreenMailUser user = greenMail.getUserManager().getUserByEmail(sentFolderOf);
                var folders = greenMail.getManagers().getImapHostManager();
                MailFolder sent = folders.getFolder(user, "Sent");
                sent = sent != null ? sent : folders.createMailbox(user, "Sent");
                sent.store(m);
            }
        } catch (Exception e) {             // MailFolder.store declares Exception
            throw new IOException("cannot hand the message to GreenMail: " + e.getMessage(), e);
        }
    }

    private MimeMessage parse(String data) throws MessagingException {
        return new MimeMessage(session, new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
