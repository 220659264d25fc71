package followup.daemon;

import followup.FollowupException;
import followup.inbox.Classifier;
import followup.inbox.DraftsFolder;
import followup.inbox.InboxMessage;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.Sender;
import followup.template.Rendered;
import followup.template.TemplateException;
import followup.template.Templates;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gracious answer to a rejection ({@code rejection-reply.ftl}: thanks, a request for feedback, the door left
 * open), drafted for the user, never sent: its text goes into the notice, and the same answer is saved in the
 * user's drafts folder as a reply in the thread ({@code In-Reply-To} and {@code References}) when the server allows.
 */
final class RejectionDrafts {
    private static final Logger LOG = LoggerFactory.getLogger(RejectionDrafts.class);
    private static final Session OFFLINE = Session.getInstance(new Properties());

    private final Templates templates;
    private final Sender sender;
    private final DraftsFolder folder;
    private final Clock clock;

    /** @param folder where drafts go, or null to keep them in the notice only */
    RejectionDrafts(Templates templates, Sender sender, DraftsFolder folder, Clock clock) {
        this.templates = templates;
        this.sender = sender;
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * What the rejection's notice says about the drafted answer and where it was saved, as values of its template
     * ({@link #NONE} when nothing is known). An address nobody reads ({@code careers-noreply@}) gets no answer: the
     * notice says so ({@code noRepliesFrom}) and the answer is drafted to the record's contact (else its first
     * interviewer with an address: {@code insteadName}, {@code insteadEmail}, {@code insteadIsContact}), as a new
     * message; with no one to write to, nothing is drafted.
     */
    Map<String, Object> draft(Interview interview, String from, InboxMessage their) {
        Map<String, Object> values = new HashMap<>(NONE);
        if (from != null && Classifier.takesNoReplies(from)) {
            Optional<Interviewer> instead = interview.interviewers().stream()
                    .filter(i -> i.email() != null && i.email().equalsIgnoreCase(interview.contact())).findFirst()
                    .or(() -> interview.interviewers().stream().filter(i -> i.email() != null).findFirst());
            values.put("noRepliesFrom", from);
            if (instead.isEmpty()) {
                return values;
            }
            Interviewer to = instead.get();
            values.put("insteadName", to.name());
            values.put("insteadEmail", to.email());
            values.put("insteadIsContact", to.email().equalsIgnoreCase(interview.contact()));
            draft(interview, to, to.email(), null, values);
            return values;
        }
        // one of the interviewers is greeted as the messages to them were; anyone else by the name on their address
        Optional<Interviewer> writer = interview.interviewers().stream()
                .filter(i -> from != null && i.email() != null && from.equalsIgnoreCase(i.email())).findFirst();
        draft(interview, writer.orElse(null), from, their, values);
        return values;
    }

    /** The values of the rejection's notice when no answer is drafted and no address refuses replies. */
    static final Map<String, Object> NONE = Map.ofEntries(Map.entry("noRepliesFrom", ""),
            Map.entry("insteadName", ""), Map.entry("insteadEmail", ""), Map.entry("insteadIsContact", false),
            Map.entry("problem", ""), Map.entry("draftSubject", ""), Map.entry("draftBody", ""),
            Map.entry("saved", ""), Map.entry("folder", ""), Map.entry("savedTo", ""), Map.entry("saveError", ""));

    /**
     * The drafted answer to {@code to}, greeted as an interviewer ({@code writer}) or by the display name of their
     * address; a reply in the thread of {@code their} message, or a new message when {@code their} is null.
     */
    private void draft(Interview interview, Interviewer writer, String to, InboxMessage their,
                       Map<String, Object> values) {
        Rendered r;
        try {
            r = writer != null && their == null
                    ? templates.renderRejectionReplyInstead(interview, sender, writer, clock.instant())
                    : writer != null
                    ? templates.renderRejectionReply(interview, sender, writer, to, clock.instant())
                    : templates.renderRejectionReply(interview, sender, their.details().fromName(), to,
                            clock.instant());
        } catch (TemplateException e) {
            values.put("problem", e.problem().toString());
            return;
        }
        String subject = their == null ? r.subject() : subject(their.subject(), r.subject());
        values.put("draftSubject", subject);
        values.put("draftBody", r.body());
        if (folder != null && to != null) {
            try {
                folder.save(compose(subject, r.body(), to, their));
                values.put("saved", their == null ? "new" : "reply");
                values.put("folder", folder.name());
                values.put("savedTo", to);
            } catch (RuntimeException e) {
                LOG.warn("Could not save the drafted answer to {}: {}", to, e.getMessage());
                values.put("saved", "error");
                values.put("saveError", String.valueOf(e.getMessage()));
            }
        }
    }

    /**
     * Their subject as an answer carries it: as it is when it already begins with a reply prefix in any language
     * ("AW: Ihre Bewerbung" stays so, never "Re: AW: ..."), else with {@code Re:} before it (also before a
     * forward's {@code WG:}, {@code Fwd:}, {@code RV:}); the template's when theirs is empty.
     */
    static String subject(String theirs, String fallback) {
        return theirs == null || theirs.isBlank() ? fallback : followup.template.ReplySubject.of(theirs);
    }

    private MimeMessage compose(String subject, String body, String to, InboxMessage their) {
        try {
            MimeMessage mime = new MimeMessage(OFFLINE);
            InternetAddress self = new InternetAddress(sender.email(), true);
            self.setPersonal(sender.name(), "UTF-8");
            mime.setFrom(self);
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            mime.setSubject(subject, "UTF-8");
            mime.setSentDate(Date.from(clock.instant()));
            if (their != null && their.messageId() != null) {
                mime.setHeader("In-Reply-To", their.messageId());
                List<String> refs = new ArrayList<>(their.referencedIds());
                refs.remove(their.messageId());
                refs.add(their.messageId());
                mime.setHeader("References", String.join(" ", refs.subList(Math.max(0, refs.size() - 20),
                        refs.size())));
            }
            mime.setText(body, "UTF-8");
            mime.saveChanges();
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new FollowupException("cannot build the drafted answer: " + e.getMessage(), e);
        }
    }
}
