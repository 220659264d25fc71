package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence's full stop after a company or position that ends in its own "!" or "?" ("at Yahoo!. What"), and a
 * promise, takeaway or topic written with a full stop ("(a code sample.);"), do not double the punctuation; an
 * abbreviation keeps its stop ("Globex Inc.").
 */
class PunctuationTest {
    private static final Pattern DOUBLED = Pattern.compile("[!?]\\.(?!\\.)|\\.[);,:]|(?<!\\.)\\.\\.(?!\\.)");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String all(Interview iv, String language) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", language);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        StringBuilder out = new StringBuilder();
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                Rendered r = samples.templates.render(iv, sender, m, plan);
                out.append(m.step().id()).append(": ").append(r.subject()).append('\n').append(r.body()).append('\n');
            }
        }
        return out.toString();
    }

    private static Interview interview(String company, String position, String language, String promise) {
        List<Interviewer> people = List.of(
                new Interviewer("Jane Doe", null, "jane@yahoo.example", null, List.of("ranking models."), false,
                        null),
                new Interviewer("Joan Watson", null, "joan@yahoo.example", null, List.of("the feature store"), false,
                        null),
                new Interviewer("Ada Byron", null, null, null, List.of("notebooks."), true, "Yahoo!\nFirst Street 1"));
        return new Interview("misc", company, position, LocalDateTime.of(2027, 3, 10, 14, 30), Samples.NEW_YORK, people,
                "jane@yahoo.example", "+1 555 0101", LocalDate.of(2027, 3, 19), List.of(promise, "my slides."),
                List.of("the salary band."), "", Interview.Status.ACTIVE, List.of(), Map.of(), language,
                List.of("their worry about model drift."), null);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void noPunctuationIsDoubled(String language) {
        for (String[] c : List.of(new String[] {"Yahoo!", "ML Engineer"}, new String[] {"Acme Corp", "Who Knows?"})) {
            String text = all(interview(c[0], c[1], language, "a code sample."), language);
            // the debrief shows how to write the takeaways in the record, as configuration
            String prose = text.replaceAll("(?m)^ *(takeaways|promised-by-me) = .*$", "");
            Matcher m = DOUBLED.matcher(prose);
            assertFalse(m.find(), () -> "\"" + m.group() + "\" at " + prose.substring(Math.max(0, m.start() - 60),
                    Math.min(prose.length(), m.end() + 20)) + "\n\n" + prose);
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void anAbbreviationKeepsItsStop(String language) {
        String text = all(interview("Globex Inc.", "Engineer", language, "the numbers for Globex Inc."), language);
        assertTrue(text.contains("Globex Inc.") && !text.contains("Globex Inc.."), text);
        assertFalse(text.contains("Globex Inc "), text);
    }
}
