package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step rendered for a full record and for records that each lack one optional field (or have an awkward
 * shape: a recruiter as contact, an interviewer without an email), in every language: nothing dangles, and in
 * German, French and Spanish every step (the reminders to self too) is the translated template.
 */
class MissingFieldsTest {
    private static final Pattern DANGLING = Pattern.compile("(?i)(\\(\\s*\\)|\\s[,.;:]|,,|\\.\\.(?!\\.)|(?<=\\S)  (?=\\S)|\\bnull\\b"
            + "|\\bthe the\\b|\\band and\\b|\\band\\s*[.,]|\\b(?:Dear|Hello)\\s*,|\\$\\{|(?:^|[.!?]\\s+)(?:Also|I would also|"
            + "They also|I also)\\b)");
    /** UTF-8 read as Latin-1 ("Ã©" for "é"), or a character that could not be decoded. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00c3\u00c2\ufffd]");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    record Shape(String name, UnaryOperator<Interview> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Interview full(String language) {
        List<Interviewer> people = List.of(
                new Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", null,
                        List.of("the migration to Kubernetes"), false, null),
                new Interviewer("Raj Patel", "Staff Engineer", "raj@acme.example", null, List.of("on-call practices"),
                        false, null),
                new Interviewer("Maria Lopez", "VP Engineering", null, null, List.of("how the team grew"), true,
                        "Acme Corp\n100 Harbor Street\nBoston, MA 02110"));
        return new Interview("acme", "Acme Corp", "Platform Engineer (m/w/d)", LocalDateTime.of(2027, 1, 14, 14, 0),
                Samples.NEW_YORK, people, "jane@acme.example", "+1 555 0199", LocalDate.of(2027, 1, 22),
                List.of("two writing samples"), List.of("the client case studies"), "They need a CI owner.",
                Interview.Status.ACTIVE, List.of("acme.example"), Map.of(), language,
                List.of("their concern about on-call load", "a plan for the CI pipeline handover"), null);
    }

    static Interview with(Interview i, List<Interviewer> people, String contact, String phone, LocalDate next,
                          List<String> byMe, List<String> toMe, String notes, List<String> takeaways) {
        return new Interview(i.id(), i.company(), i.position(), i.at(), i.zone(), people, contact, phone, next, byMe,
                toMe, notes, i.status(), i.domains(), i.templates(), i.language(), takeaways, i.positionTitle());
    }

    static List<Shape> shapes() {
        List<Shape> out = new ArrayList<>();
        out.add(new Shape("full", i -> i));
        out.add(new Shape("no phone", i -> with(i, i.interviewers(), i.contact(), "", i.nextStepBy(),
                i.promisedByMe(), i.promisedToMe(), i.notes(), i.takeaways())));
        out.add(new Shape("no timeline", i -> with(i, i.interviewers(), i.contact(), i.phone(), null,
                i.promisedByMe(), i.promisedToMe(), i.notes(), i.takeaways())));
        out.add(new Shape("no promises", i -> with(i, i.interviewers(), i.contact(), i.phone(), i.nextStepBy(),
                List.of(), List.of(), i.notes(), i.takeaways())));
        out.add(new Shape("promised by me only", i -> with(i, i.interviewers(), i.contact(), i.phone(),
                i.nextStepBy(), i.promisedByMe(), List.of(), i.notes(), i.takeaways())));
        out.add(new Shape("promised to me only", i -> with(i, i.interviewers(), i.contact(), i.phone(),
                i.nextStepBy(), List.of(), i.promisedToMe(), i.notes(), i.takeaways())));
        out.add(new Shape("no notes", i -> with(i, i.interviewers(), i.contact(), i.phone(), i.nextStepBy(),
                i.promisedByMe(), i.promisedToMe(), "", i.takeaways())));
        out.add(new Shape("no takeaways", i -> with(i, i.interviewers(), i.contact(), i.phone(), i.nextStepBy(),
                i.promisedByMe(), i.promisedToMe(), i.notes(), List.of())));
        out.add(new Shape("no topics", i -> with(i, i.interviewers().stream().map(p -> new Interviewer(p.name(),
                p.title(), p.email(), p.zone(), List.of(), p.handwritten(), p.address())).toList(), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), List.of())));
        out.add(new Shape("no titles", i -> with(i, i.interviewers().stream().map(p -> new Interviewer(p.name(),
                null, p.email(), p.zone(), p.topics(), p.handwritten(), p.address())).toList(), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), i.takeaways())));
        out.add(new Shape("a recruiter as contact, nothing else", i -> with(i, List.of(
                new Interviewer("Dana Kim", "Recruiter", "dana@acme.example", null, List.of(), false, null),
                i.interviewers().get(0)), "dana@acme.example", "", null, List.of(), List.of(), "", List.of())));
        out.add(new Shape("one interviewer without an email, no card", i -> with(i, List.of(i.interviewers().get(0),
                new Interviewer("Tom Berger", "Data Engineer", null, null, List.of("data quality"), false, null)),
                i.contact(), i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(),
                i.takeaways())));
        out.add(new Shape("one interviewer alone", i -> with(i, List.of(i.interviewers().get(0)), i.contact(),
                i.phone(), i.nextStepBy(), i.promisedByMe(), i.promisedToMe(), i.notes(), i.takeaways())));
        return out;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String language : List.of("en", "de", "fr", "es")) {
            for (Shape shape : shapes()) {
                out.add(Arguments.of(language, shape));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void everyStepReadsCleanly(String language, Shape shape) {
        Interview iv = shape.change().apply(full(language));
        Sender sender = new Sender("Alex Morgan", "alex@example.com", shape.name().equals("no phone") ? null
                : "+1 555 0100", Samples.NEW_YORK, null, null, language);
        List<followup.plan.PlannedMessage> plan = samples.planner.plan(iv);
        for (followup.plan.PlannedMessage m : plan) {
            if (!m.applies()) {
                continue;
            }
            Rendered r = samples.templates.render(iv, sender, m, plan);
            String where = language + " " + shape + " " + m.key() + ":\n" + r.subject() + "\n" + r.body();
            if (!language.equals("en")) {
                // every step, reminders to self included, is written in the language: no English fallback
                assertEquals(language + "/" + m.step().id() + ".ftl", samples.templates.templateFor(iv, sender,
                        m.step()), where);
            }
            for (String text : List.of(r.subject(), r.body())) {
                assertFalse(DANGLING.matcher(text).find(), () -> "dangles ("
                        + DANGLING.matcher(text).results().findFirst().map(x -> "\"" + x.group() + "\"").orElse("")
                        + ") in " + where);
                assertFalse(text.contains("(m/w/d)"), where);
                assertFalse(MOJIBAKE.matcher(text).find(), () -> "broken accents in " + where);
            }
            if (!iv.phone().isEmpty()) {
                assertTrue(r.body().indexOf(iv.phone()) == r.body().lastIndexOf(iv.phone()), "phone twice: " + where);
            }
            if (!sender.phone().isEmpty()) {
                assertTrue(r.body().indexOf(sender.phone()) == r.body().lastIndexOf(sender.phone()),
                        "own phone twice: " + where);
            }
            if (m.step() == Step.THANK_YOU) {
                Interviewer me = m.interviewer();
                String main = TemplateContentTest.mainText(r.body(), sender.name());
                int n = TemplateContentTest.sentences(main.replace("Dr.", "Dr"));
                assertTrue(n >= 3 && n <= 4, n + " sentences in " + where);
                for (Interviewer other : iv.interviewers()) {
                    assertTrue(main.contains(Panel.listed(other)) || other == me, other.name() + " not named in " + where);
                }
                me.topics().forEach(t -> assertTrue(main.contains(t), "own topic missing in " + where));
                assertTrue(main.contains("Platform Engineer"), where);
            }
        }
    }
}
