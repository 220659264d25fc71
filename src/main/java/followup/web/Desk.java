package followup.web;

import followup.config.Problem;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the page shows and does, computed by the same code as {@code plan}, {@code status}, {@code preview},
 * {@code hold}, {@code resume} and {@code add}. The page only renders it.
 */
public interface Desk {
    /**
     * Every interview with its timeline, what the mailbox poll saw, and the records' problems: of everyone, or in a
     * deployment of candidates of one of them.
     *
     * @param candidate the candidate to show alone, or null for everyone
     * @throws followup.config.BadInputException when there is no such candidate
     * @throws StateUnreachable                   when the state database cannot be reached
     */
    Overview overview(String candidate);

    /**
     * The messages of one interview exactly as they would be sent.
     *
     * @param key the one message wanted ({@code id/step/recipient}), or null for all: only its step is rendered, so
     *            that a template that fails for another step does not keep it from being shown
     * @throws followup.config.BadInputException when there is no such interview, or a message cannot be rendered
     * @throws StateUnreachable                   when the state database cannot be reached
     */
    List<Preview> previews(String id, String key);

    /**
     * One interview's timeline as the page would show it now (what a form sent from an older rendering is compared
     * with).
     *
     * @throws followup.config.BadInputException when there is no such interview
     * @throws StateUnreachable                   when the state database cannot be reached
     */
    Timeline timeline(String id);

    /** {@code followup hold ID}; returns what happened, in words. */
    String hold(String id, String reason);

    /** {@code followup resume ID}; returns what happened, in words. */
    String resume(String id);

    /**
     * {@code followup add FILE} with an uploaded invitation.
     *
     * @param id        the record's id, or null or blank for the default (company-position)
     * @param candidate whose interview it is, in a deployment of candidates ({@link Overview#candidates}); null or
     *                  blank for the one job seeker of a config without candidates
     * @throws followup.config.BadInputException when it holds no invitation, the record exists, or the candidate
     *                                           is missing or unknown
     */
    Added add(String fileName, byte[] content, String id, String candidate);

    /**
     * Everything on the page at one moment.
     *
     * @param zone       the zone of the page's own times (the mailbox's): the job seeker's, or in a deployment of
     *                   candidates this machine's
     * @param candidates the names of the candidates that can run, in a deployment of candidates (an invitation added
     *                   from the page is one of theirs); empty for the one job seeker of a config without them
     * @param only       the one candidate shown, or null when everyone is
     */
    record Overview(ZoneId zone, List<Timeline> interviews, List<MailItem> mailbox, List<Problem> problems,
                    boolean storeExists, List<String> candidates, String only) {
        public Overview {
            interviews = List.copyOf(interviews);
            mailbox = List.copyOf(mailbox);
            problems = List.copyOf(problems);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One interview and its messages, planned with what the store knows laid over the plan.
     *
     * @param heldByYou  true while the user's own hold stands
     * @param senderZone the zone of the job seeker whose interview it is
     * @param answered   the company's answer that holds what is pending to it, as its held messages give it
     *                   ({@code reply from jane@acme.example at ...}), or null: {@code resume} sets it aside
     */
    record Timeline(Interview interview, String file, boolean heldByYou, List<PlannedMessage> messages,
                    ZoneId senderZone, String answered) {
        public Timeline {
            messages = List.copyOf(messages);
        }
    }

    /** One message the mailbox poll classified (a reply, an auto-reply, a bounce). */
    record MailItem(Instant received, String verdict, String from, String subject, String interviewId,
                    String detail) {
    }

    /** One message as it would be sent: its headers as a person reads them, and its body. */
    record Preview(String key, String state, String when, List<Header> headers, String body) {
        public Preview {
            headers = List.copyOf(headers);
        }
    }

    record Header(String name, String value) {
    }

    /**
     * What {@code add} wrote: the record's id and file, and its plan or what {@code validate} found in it.
     *
     * @param notices  what {@code add} says on the console about how the invitation was read (who was left out of
     *                 the interviewers and why, which zone was chosen and why), before it writes the file
     * @param warnings what {@code validate} warns of in the new record, as {@code add} prints it after writing it
     */
    record Added(String id, String file, List<String> notices, List<String> warnings, List<Problem> problems,
                 String plan) {
        public Added {
            notices = List.copyOf(notices);
            warnings = List.copyOf(warnings);
            problems = List.copyOf(problems);
        }
    }
}
