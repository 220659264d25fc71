package followup.template;

import followup.invite.PersonNames;
import followup.plan.Greeting;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.Sender;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code rejection-reply.ftl} sees: the answer to a company's no, to whoever wrote it (see {@link Model}). */
final class AnswerModel {
    private AnswerModel() {
    }

    /**
     * What {@code rejection-reply.ftl} sees when one of the record's interviewers said no: {@code sender},
     * {@code interview}, and {@code to} as in a message to them (greeting, salutation, name, firstName, email...).
     */
    static Map<String, Object> answer(Interview interview, Sender sender, Interviewer writer, String email,
                                      Instant now) {
        return answer(interview, sender, writer, email, true, now);
    }

    /**
     * The same, to an interviewer who did not write the no ({@code wrote} false: the company's no came from an
     * address nobody reads, and the answer goes to this person instead).
     */
    static Map<String, Object> answer(Interview interview, Sender sender, Interviewer writer, String email,
                                      boolean wrote, Instant now) {
        Wording words = Wording.of(interview.language());
        Map<String, Object> to = Model.person(writer, words);
        // the answer speaks of what this person talked about, not of the whole panel's topics
        List<String> own = writer.topics().stream().limit(2).toList();
        to.put("topics", own);
        to.put("topicsText", words.list(own));
        to.put("interviewed", true);
        to.put("wrote", wrote);
        if (email != null) {
            to.put("email", email);
        }
        return answer(interview, sender, to, now, words);
    }

    /**
     * What it sees when someone the record does not name said no: {@code to.greeting} greets them
     * by the display name of their address ("Dear Sam Ortiz,"), or without a name when it has none ("Hello,"), never
     * by the part of the address before the @.
     */
    static Map<String, Object> answer(Interview interview, Sender sender, String displayName, String email,
                                      Instant now) {
        Wording words = Wording.of(interview.language());
        // a display name as directories write it ("Ortiz, Sam", "Sam Rivera (Recruiter)") is read as add reads a CN
        String name = displayName == null || displayName.isBlank() || displayName.contains("@") ? ""
                : PersonNames.of(displayName.strip(), null);
        name = name.equals("someone") ? "" : name;
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("name", name.isEmpty() ? interview.company() : name);
        to.put("firstName", name.isEmpty() ? "" : Model.firstName(name));
        to.put("salutation", Greeting.address(words.language(), null, name));
        to.put("greeting", Greeting.line(words.language(), null, name));
        // not one of the interviewers: the answer claims no conversation with them and names no one's topics
        to.put("topics", List.of());
        to.put("topicsText", "");
        to.put("interviewed", false);
        to.put("wrote", true);
        if (email != null) {
            to.put("email", email);
        }
        return answer(interview, sender, to, now, words);
    }

    private static Map<String, Object> answer(Interview interview, Sender sender, Map<String, Object> to,
                                              Instant now, Wording words) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sender", Model.sender(sender));
        root.put("interview", Model.interview(interview, now, interview.zone(), words));
        root.put("to", to);
        return root;
    }
}
