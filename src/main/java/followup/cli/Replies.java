package followup.cli;

import followup.FollowupException;
import followup.sandbox.Sandbox;
import followup.store.StoredMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/** The demo's simulated answer from the company, delivered into the sandbox mailbox. */
final class Replies {
    private Replies() {
    }

    static void deliver(Sandbox sandbox, String to, String from, String name, StoredMessage answered) {
        try {
            MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
            InternetAddress sender = new InternetAddress(from, true);
            sender.setPersonal(name, "UTF-8");
            reply.setFrom(sender);
            reply.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            reply.setSubject("Re: " + answered.subject(), "UTF-8");
            reply.setHeader("In-Reply-To", answered.messageId());
            reply.setHeader("References", answered.messageId());
            reply.setSentDate(new Date());
            reply.setText("Hi Alex,\n\nThanks for following up! We are finishing the last interviews this week and"
                    + " will be in touch on Monday.\n\nBest,\nJane\n", "UTF-8");
            reply.saveChanges();
            sandbox.greenMail().getUserManager().getUserByEmail(to).deliver(reply);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new FollowupException("demo: cannot deliver the simulated reply: " + e.getMessage(), e);
        }
    }
}
