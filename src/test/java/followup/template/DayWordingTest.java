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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The day of the interview as a message words it, seen from the instant the message actually goes out: the same
 * day, the next morning, after a weekend, a week late; in every shipped language.
 */
class DayWordingTest {
    /** Friday 15 January 2027, 11:00 in New York. */
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2027, 1, 15, 11, 0);
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("en", "2027-01-15T14:00", "today", List.of("yesterday", "Friday")),
                Arguments.of("en", "2027-01-16T09:30", "yesterday", List.of("today")),
                Arguments.of("en", "2027-01-18T09:00", "on Friday", List.of("today", "yesterday")),
                Arguments.of("en", "2027-01-22T10:00", "last week", List.of("today", "yesterday")),
                Arguments.of("en", "2027-02-03T10:00", "on Friday, January 15", List.of("last week")),
                // ten days later, on a Monday: the week before last, not "last week"
                Arguments.of("en", "2027-01-25T09:00", "on Friday, January 15", List.of("last week")),
                Arguments.of("de", "2027-01-15T14:00", "heute", List.of("gestern", "Freitag")),
                Arguments.of("de", "2027-01-16T09:30", "gestern", List.of("heute")),
                Arguments.of("de", "2027-01-18T09:00", "am Freitag", List.of("heute", "gestern")),
                Arguments.of("de", "2027-01-22T10:00", "letzte Woche", List.of("heute", "gestern")),
                Arguments.of("de", "2027-02-03T10:00", "am Freitag, 15. Januar", List.of("letzte Woche")),
                // ten days later, on a Monday: the week before last, not "last week"
                Arguments.of("de", "2027-01-25T09:00", "am Freitag, 15. Januar", List.of("letzte Woche")),
                Arguments.of("fr", "2027-01-15T14:00", "aujourd'hui", List.of("hier", "vendredi")),
                Arguments.of("fr", "2027-01-16T09:30", "hier", List.of("aujourd'hui")),
                Arguments.of("fr", "2027-01-18T09:00", "vendredi dernier", List.of("aujourd'hui", " hier")),
                Arguments.of("fr", "2027-01-22T10:00", "la semaine dernière", List.of("aujourd'hui", " hier")),
                Arguments.of("fr", "2027-02-03T10:00", "le vendredi 15 janvier", List.of("semaine dernière")),
                // ten days later, on a Monday: the week before last, not "last week"
                Arguments.of("fr", "2027-01-25T09:00", "le vendredi 15 janvier", List.of("semaine dernière")),
                Arguments.of("es", "2027-01-15T14:00", "hoy", List.of("ayer", "viernes")),
                Arguments.of("es", "2027-01-16T09:30", "ayer", List.of(" hoy")),
                Arguments.of("es", "2027-01-18T09:00", "el pasado viernes", List.of(" hoy", "ayer")),
                Arguments.of("es", "2027-01-22T10:00", "la semana pasada", List.of(" hoy", "ayer")),
                Arguments.of("es", "2027-02-03T10:00", "el viernes 15 de enero", List.of("semana pasada")),
                // ten days later, on a Monday: the week before last, not "last week"
                Arguments.of("es", "2027-01-25T09:00", "el viernes 15 de enero", List.of("semana pasada")));
    }

    @ParameterizedTest(name = "{0}, sent {1}: \"{2}\"")
    @MethodSource("cases")
    void theThankYouAndTheFollowUpSayTheDaySeenFromTheirSendInstant(String language, String sentAt, String expected,
                                                                    List<String> never) {
        Interview iv = new Interview("friday", "Acme Corp", "Platform Engineer", FRIDAY, Samples.NEW_YORK,
                List.of(new Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", null,
                        List.of("the migration to Kubernetes"), false, null)), "jane@acme.example", "", null,
                List.of(), List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, language);
        Instant at = LocalDateTime.parse(sentAt).atZone(Samples.NEW_YORK).toInstant();
        List<PlannedMessage> plan = samples.planner.plan(iv);
        for (Step step : List.of(Step.THANK_YOU, Step.FOLLOW_UP)) {
            PlannedMessage m = plan.stream().filter(p -> p.step() == step).findFirst().orElseThrow();
            String body = samples.templates.render(iv, sender, m, plan, at).body();
            // a German date apposition closes with a comma: "am Freitag, 15. Januar, die Zeit"
            assertTrue(body.contains(" " + expected + " ") || body.contains(" " + expected + ", "), () -> step + " sent " + sentAt + " should say \""
                    + expected + "\":\n" + body);
            for (String word : never) {
                assertFalse(body.contains(word), () -> step + " sent " + sentAt + " says \"" + word + "\":\n" + body);
            }
        }
    }
}
