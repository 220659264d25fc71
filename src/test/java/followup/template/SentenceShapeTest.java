package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a reader would notice in a sentence built from a record: a company name ending in an abbreviation that closes
 * a sentence ("Example Inc.."), several topics written as one quoted German "Thema", a card's closing line.
 */
class SentenceShapeTest {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2027, 1, 15, 11, 0);
    /** A full stop right after another one, not part of an ellipsis. */
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static Interview interview(String company, String language, List<Interviewer> people) {
        return new Interview("example", company, "Backend Engineer", FRIDAY, Samples.NEW_YORK, people,
                people.get(0).email(), "", null, List.of(), List.of("two code samples"), "", Interview.Status.ACTIVE,
                List.of(), Map.of(), language, List.of(), null);
    }

    private static String render(Interview iv, Step step, int nth) {
        return render(iv, step, nth, null);
    }

    /** The {@code nth} message of the step, or the one to {@code recipient} when it is given. */
    private static String render(Interview iv, Step step, int nth, String recipient) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null,
                iv.language());
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == step)
                .filter(p -> recipient == null || recipient.equals(p.to().email())).skip(recipient == null ? nth : 0)
                .findFirst().orElseThrow();
        Instant at = m.due();
        Rendered r = samples.templates.render(iv, sender, m, plan, at);
        return r.subject() + "\n" + r.body();
    }

    @Test
    void aCompanyEndingInAnAbbreviationClosesASentenceWithOneFullStop() {
        for (String language : List.of("en", "de", "fr", "es")) {
            // six interviewers, so that every variant of the thank-you's sentences is rendered once
            List<Interviewer> panel = List.of("Jane Doe", "Raj Patel", "Mia Wong", "Tom Berger", "Lena Vogel",
                    "Omar Haddad").stream().map(n -> new Interviewer(n, "Engineer", n.toLowerCase().replace(' ', '.')
                    + "@example.com", null, List.of("the event store"), false, null)).toList();
            Interview iv = interview("Example Inc.", language, panel);
            for (int i = 0; i < panel.size(); i++) {
                String text = render(iv, Step.THANK_YOU, i);
                assertFalse(DOUBLE_STOP.matcher(text).find(), () -> language + ":\n" + text);
            }
            String followUp = render(iv, Step.FOLLOW_UP, 0);
            assertFalse(DOUBLE_STOP.matcher(followUp).find(), () -> language + ":\n" + followUp);
            assertTrue(followUp.contains("Example Inc."), followUp);
        }
    }

    @Test
    void germanSaysThemenForSeveralTopicsAndQuotesOnlyASingleOne() {
        Interviewer many = new Interviewer("Frau Lena Vogel", "Teamleiterin", "lena@example.de", null,
                List.of("die Architektur", "Code-Reviews", "das Onboarding"), false, null);
        Interviewer one = new Interviewer("Herr Jonas Weber", "Entwickler", "jonas@example.de", null,
                List.of("die Architektur"), false, null);
        Interview iv = interview("Beispiel GmbH", "de", List.of(many, one));
        for (int variant = 0; variant < 6; variant++) {
            // the same record under other ids picks other variants of each sentence
            Interview other = new Interview("beispiel-" + variant, iv.company(), iv.position(), iv.at(), iv.zone(),
                    iv.interviewers(), iv.contact(), "", null, List.of(), List.of(), "", Interview.Status.ACTIVE,
                    List.of(), Map.of(), "de", List.of(), null);
            String toMany = render(other, Step.THANK_YOU, 0, "lena@example.de");
            assertFalse(toMany.contains("Thema „die Architektur, Code-Reviews"), toMany);
            assertFalse(toMany.contains("„die Architektur, Code-Reviews und das Onboarding“"), toMany);
            String toOne = render(other, Step.THANK_YOU, 0, "jonas@example.de");
            assertFalse(toOne.contains("Themen"), toOne);
        }
        String toMany = render(iv, Step.THANK_YOU, 0, "lena@example.de");
        assertTrue(toMany.contains("die Architektur, Code-Reviews und das Onboarding"), toMany);
    }

    @Test
    void aPositionWrittenWithRoleIsNotARoleRoleAndPromisesAreNotAClauseOfTheirOwn() {
        Interviewer jane = new Interviewer("Jane Doe", "Engineering Manager", "jane@example.com", null,
                List.of("the event store"), false, null);
        Interview iv = new Interview("example", "Example Corp", "Platform Engineer role", FRIDAY, Samples.NEW_YORK,
                List.of(jane), "jane@example.com", "", null, List.of("two writing samples", "a list of references"),
                List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of(), "en", List.of(), null);
        for (Step step : List.of(Step.THANK_YOU, Step.FOLLOW_UP, Step.SECOND_FOLLOW_UP)) {
            String text = render(iv, step, 0);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("role role"), text);
            assertTrue(text.contains("Platform Engineer"), text);
        }
        String followUp = render(iv, Step.FOLLOW_UP, 0);
        assertTrue(followUp.contains("what I promised (two writing samples and a list of references);"), followUp);
    }

    @Test
    void aReminderToTheSenderNamesTheZoneOfAnInterviewTimeThatIsNotTheirClock() {
        Interviewer jane = new Interviewer("Jane Doe", "Engineering Manager", "jane@example.com", null,
                List.of("the event store"), false, null);
        Interview chicago = new Interview("chicago", "Example Corp", "Engineer", LocalDateTime.of(2027, 3, 10, 10, 0),
                java.time.ZoneId.of("America/Chicago"), List.of(jane), "jane@example.com", "", null,
                List.of("two writing samples"), List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of(), "en",
                List.of(), null);
        String debrief = render(chicago, Step.DEBRIEF, 0);
        assertTrue(debrief.contains("at 10:00 AM CST."), debrief);
        String reminder = render(chicago, Step.PROMISE_REMINDER, 0);
        assertTrue(reminder.contains("10:00 AM CST)"), reminder);
        Interview local = new Interview("local", "Example Corp", "Engineer", LocalDateTime.of(2027, 3, 10, 10, 0),
                Samples.NEW_YORK, List.of(jane), "jane@example.com", "", null, List.of(), List.of(), "",
                Interview.Status.ACTIVE, List.of(), Map.of(), "en", List.of(), null);
        String own = render(local, Step.DEBRIEF, 0);
        assertTrue(own.contains("at 10:00 AM.") && !own.contains("EST"), own);
    }

    @Test
    void aCardWithoutTopicsEndsWithASentenceThatStandsOnItsOwn() {
        Interviewer card = new Interviewer("Jane Doe", "Engineering Manager", null, null, List.of(), true,
                "Example Inc., 1 Main St, Springfield");
        Interviewer mail = new Interviewer("Raj Patel", "Engineer", "raj@example.com", null, List.of("on-call"), false,
                null);
        String text = render(interview("Example Inc.", "en", List.of(mail, card)), Step.HANDWRITTEN_NOTE, 0);
        assertFalse(text.contains("continue it soon"), text);
        assertTrue(text.contains("I hope we can talk again soon."), text);
    }
}
