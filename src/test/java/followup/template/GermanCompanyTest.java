package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * German puts an article before a company's name that ends in its legal form: "bei der Nordlicht GmbH", "was die
 * Nordlicht GmbH aufbaut", "Ihre Zusagen an die Nordlicht GmbH"; a name without one stays bare ("bei Nordlicht
 * Analytics"). Every German message, to the company and to the job seeker, and the answer to a rejection.
 */
class GermanCompanyTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));
    private final Sender sender = new Sender("Alex Morgan", "alex@example.com", null, BERLIN, null, null, "de");

    /** A panel of six with email and no topics (so every phrasing of the thank-you is used), a card, one without email. */
    private static Interview record(String company) {
        List<Interviewer> people = new ArrayList<>();
        String[][] panel = {{"Frau Lena Vogel", "vogel"}, {"Herr Jonas Weiß", "weiss"}, {"Frau Dr. Eva Roth", "roth"},
                {"Herr Paul Lang", "lang"}, {"Frau Mia Koch", "koch"}, {"Herr Tim Beck", "beck"}};
        for (String[] p : panel) {
            people.add(new Interviewer(p[0], null, p[1] + "@nordlicht.example", null, List.of(), false,
                    null, null, null));
        }
        people.add(new Interviewer("Frau Ute Hahn", null, null, null, List.of(), true, "Hafenstraße 1\n20457 Hamburg",
                null, null));
        people.add(new Interviewer("Tom Berger", null, null, null, List.of(), false, null, null, null));
        return new Interview("nordlicht", company, "Data Engineer (m/w/d)", LocalDateTime.of(2027, 6, 1, 10, 0), BERLIN,
                people, "vogel@nordlicht.example", null, LocalDate.of(2027, 6, 8), List.of("Arbeitsproben"),
                List.of("die Fallstudien"), null, Interview.Status.ACTIVE, List.of(), Map.of(), "de", List.of(), null);
    }

    /** Subject and body of every message of the record, and of the answer to a rejection from the contact. */
    private List<String> everything(Interview interview) {
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        List<String> out = new ArrayList<>();
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                Rendered r = templates.render(interview, sender, m, plan);
                out.add(r.subject() + "\n" + r.body());
            }
        }
        Interviewer contact = interview.interviewers().get(0);
        Rendered no = templates.renderRejectionReply(interview, sender, contact, contact.email(),
                Instant.parse("2027-06-10T10:00:00Z"));
        out.add(no.subject() + "\n" + no.body());
        return out;
    }

    @Test
    void a_company_with_its_legal_form_gets_its_article_in_every_german_message() {
        List<String> texts = everything(record("Nordlicht GmbH"));
        Pattern bare = Pattern.compile("(?:\\b(?:bei|mit|an|von|über|für|was)\\s+|^)Nordlicht GmbH", Pattern.MULTILINE);

        for (String text : texts) {
            assertFalse(bare.matcher(text).find(), () -> "no article before the company:\n" + text);
        }
        String all = String.join("\n====\n", texts);
        for (String expected : List.of("Vielen Dank: Data Engineer bei der Nordlicht GmbH",
                "bei der Nordlicht GmbH mitwirken", "was die Nordlicht GmbH aufbaut",
                "Erinnerung: Ihre Zusagen an die Nordlicht GmbH", "im Gespräch mit der Nordlicht GmbH über",
                "Nachbesprechung: Ihr Gespräch mit der Nordlicht GmbH", "Handschriftliche Karte für die Nordlicht GmbH",
                "Re: Data Engineer bei der Nordlicht GmbH", "mehr über die Nordlicht GmbH erfahren",
                "\nDie Nordlicht GmbH interessiert mich weiterhin sehr.")) {
            assertTrue(all.contains(expected), () -> "missing \"" + expected + "\" in\n" + all);
        }
    }

    @Test
    void a_company_without_a_legal_form_is_named_as_written() {
        String all = String.join("\n====\n", everything(record("Nordlicht Analytics")));

        assertTrue(all.contains("was Nordlicht Analytics aufbaut"), all);
        assertTrue(all.contains("Re: Data Engineer bei Nordlicht Analytics"), all);
        assertTrue(all.contains("\nNordlicht Analytics interessiert mich weiterhin sehr."), all);
        assertFalse(all.contains("der Nordlicht Analytics"), all);
        assertFalse(all.contains("die Nordlicht Analytics"), all);
    }
}
