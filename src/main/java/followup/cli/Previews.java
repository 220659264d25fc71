package followup.cli;

import followup.FollowupException;
import followup.config.Problem;
import followup.mail.Composer;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Step;
import followup.template.Rendered;
import followup.template.TemplateException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/** The messages of one interview exactly as they would be sent, for {@code preview} and the page. */
final class Previews {
    static final List<String> HEADERS = List.of("Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To",
            "References");

    /**
     * One message: its plan, the MIME message as it would go out, and its rendering; or, when its template failed for
     * this record, the problem (then {@code mime} and {@code rendered} are null).
     */
    record Shown(PlannedMessage message, MimeMessage mime, Rendered rendered, Problem failed) {
        Shown(PlannedMessage message, MimeMessage mime, Rendered rendered) {
            this(message, mime, rendered, null);
        }

        /** The headers as a person reads them (encoded words decoded; the .eml keeps the wire form). */
        List<String[]> headers() {
            List<String[]> out = new ArrayList<>();
            try {
                for (String name : HEADERS) {
                    String value = mime.getHeader(name, ", ");
                    if (value != null) {
                        out.add(new String[] {name, decode(name, value)});
                    }
                }
            } catch (MessagingException e) {
                throw new FollowupException("cannot read back the message " + message.key() + ": " + e.getMessage(), e);
            }
            return out;
        }

        /** When it is due, in the recipient's zone ("about" for an estimate). */
        String when() {
            return (message.estimated() ? "about " : "") + PlanView.WHEN.format(message.due().atZone(
                    message.to().zone()));
        }

        private String decode(String name, String value) {
            if (name.equals("Subject")) {
                return rendered.subject();
            }
            try {
                return MimeUtility.decodeText(MimeUtility.unfold(value));
            } catch (UnsupportedEncodingException e) {
                return value;
            }
        }
    }

    private Previews() {
    }

    /**
     * Every message of the interview that will go out, or only those of {@code only} (null for all); one whose
     * template fails for this record is there with its problem.
     */
    static List<Shown> of(Workspace ws, Interview interview, Step only) {
        List<PlannedMessage> plan = ws.planner().plan(interview);
        List<Interview> earlier = followup.plan.Rounds.earlier(interview, ws.records().interviews());
        Composer composer = new Composer(ws.settings().sender());
        List<Shown> out = new ArrayList<>();
        for (PlannedMessage m : plan) {
            if (m.applies() && (only == null || m.step() == only)) {
                try {
                    Rendered rendered = ws.templates().render(interview, earlier, ws.settings().sender(), m, plan,
                            m.due());
                    out.add(new Shown(m, composer.compose(m, rendered, m.due()), rendered));
                } catch (TemplateException e) {     // the other messages are still shown
                    out.add(new Shown(m, null, null, e.problem()));
                }
            }
        }
        return out;
    }
}
