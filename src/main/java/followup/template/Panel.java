package followup.template;

import followup.plan.Interview;
import followup.plan.Interviewer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * What makes one thank-you of a panel its own note: which of the template's phrasings it uses ({@code variant}),
 * chosen so that the notes of one panel never share one (up to {@link #VARIANTS} people who get an email), and
 * whom it names how: colleagues who get their own note are named as fellow interviewers, and only people who get
 * no note at all are the ones to pass thanks on to, asked in one note only ({@link #asker}).
 */
final class Panel {
    /** How many phrasings of each part the templates offer: a panel of this many gets no repeat. */
    static final int VARIANTS = 6;
    /** A longer topic is left out of the subject, which has to stay one short line. */
    static final int MAX_SUBJECT_TOPIC = 100;

    private Panel() {
    }

    /**
     * The note to {@code person}: its variant, and the colleagues it names: {@code mates}, everyone else who is
     * thanked (by email or card); of them {@code matesAgain}, those the job seeker met in an earlier round
     * ({@code metBefore}), and {@code matesNew}, the others; each only when not empty.
     */
    static Map<String, Object> note(Interview interview, Interviewer person, Wording words,
                                    Predicate<Interviewer> metBefore) {
        List<Interviewer> emailed = interview.interviewers().stream().filter(Interviewer::wantsEmail).toList();
        int position = Math.max(0, emailed.indexOf(person));
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("variant", (position + offset(interview.id())) % VARIANTS);
        note.put("panel", emailed.size());
        List<Interviewer> colleagues = interview.interviewers().stream()
                .filter(i -> i != person && (i.wantsEmail() || i.handwritten())).toList();
        List<String> mates = colleagues.stream().map(i -> listed(i, words.language())).toList();
        List<String> again = colleagues.stream().filter(metBefore).map(i -> listed(i, words.language())).toList();
        List<String> fresh = colleagues.stream().filter(metBefore.negate()).map(i -> listed(i, words.language()))
                .toList();
        List<String> passOn = asker(interview).filter(a -> a == person).stream()
                .flatMap(a -> interview.interviewers().stream())
                .filter(i -> i != person && !i.wantsEmail() && !i.handwritten())
                .map(i -> listed(i, words.language())).toList();
        if (!mates.isEmpty()) {
            note.put("mates", words.list(mates));
        }
        if (!again.isEmpty()) {
            note.put("matesAgain", words.list(again));
        }
        if (!fresh.isEmpty()) {
            note.put("matesNew", words.list(fresh));
        }
        if (!passOn.isEmpty()) {
            note.put("passOn", words.list(passOn));
        }
        if (!person.topics().isEmpty() && person.topics().get(0).length() <= MAX_SUBJECT_TOPIC) {
            note.put("topic", Model.phrase(person.topics().get(0)));
        }
        return note;
    }

    /**
     * The one person whose note asks to pass thanks on to the people who get none: the contact when they get an
     * email, else the first interviewer who does. Asking in every note of a panel would read as a form letter.
     */
    static Optional<Interviewer> asker(Interview interview) {
        return interview.contactPerson().filter(Interviewer::wantsEmail)
                .or(() -> interview.interviewers().stream().filter(Interviewer::wantsEmail).findFirst());
    }

    /** A colleague as a list of names in an English record shows them ({@link #listed(Interviewer, String)}). */
    static String listed(Interviewer i) {
        return listed(i, followup.plan.Interview.DEFAULT_LANGUAGE);
    }

    /**
     * A colleague as a list of names in a record in {@code language} shows them: "Anna Schmidt" for "Prof. Dr. Anna
     * Schmidt"; "M. Smith" stays whole outside French, where "M." is an initial. German keeps a doctorate or a
     * professorship ("Dr. Jürgen Weiß", "Prof. Anna Schmidt"): there it is part of how a person is named, and
     * leaving it out is a slight.
     */
    static String listed(Interviewer i, String language) {
        followup.plan.PersonName name = followup.plan.PersonName.parse(i.name(), language);
        String full = name.full();
        if (full.isEmpty()) {
            return i.name();
        }
        return "de".equals(language) && !name.title().isEmpty() ? name.title() + " " + full : full;
    }

    /** Where in the phrasings this interview starts, so that two interviews do not open alike either. */
    private static int offset(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % VARIANTS);
    }
}
