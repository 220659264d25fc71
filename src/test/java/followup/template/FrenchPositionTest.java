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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French names a position after "le poste" with "de", elided before a vowel: "le poste d'Ingénieur logiciel", "le
 * poste de Data Engineer", never "le poste Ingénieur logiciel". Every French message, to the company and to the job
 * seeker, the card and the answer to a rejection.
 */
class FrenchPositionTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));
    private final Sender sender = new Sender("Alex Morgan", "alex@example.com", null, PARIS, null, null, "fr");

    /** A panel of six with email and no topics (every phrasing of the thank-you), a card, promises, a phone. */
    private static Interview record(String position) {
        List<Interviewer> people = new ArrayList<>();
        for (String n : List.of("Claire Durand", "Jean Martin", "Léa Petit", "Hugo Moreau", "Inès Blanc", "Paul Roux")) {
            people.add(new Interviewer("Mme " + n, null, n.toLowerCase().replace(' ', '.').replace("é", "e")
                    .replace("è", "e") + "@exemple.fr", null, List.of(), false, null));
        }
        people.add(new Interviewer("M. Marc Faure", null, null, null, List.of(), true, "1 rue de la Paix\n75002 Paris"));
        return new Interview("exemple", "Exemple", position, LocalDateTime.of(2027, 6, 1, 10, 0), PARIS, people,
                "claire.durand@exemple.fr", "+33 1 23 45 67 89", LocalDate.of(2027, 6, 8), List.of("un portfolio"),
                List.of(), null, Interview.Status.ACTIVE, List.of(), Map.of(), "fr", List.of(), null);
    }

    private String everything(Interview interview) {
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        StringBuilder out = new StringBuilder();
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                Rendered r = templates.render(interview, sender, m, plan);
                out.append(r.subject()).append('\n').append(r.body()).append("\n====\n");
            }
        }
        Interviewer contact = interview.interviewers().get(0);
        Rendered no = templates.renderRejectionReply(interview, sender, contact, contact.email(),
                Instant.parse("2027-06-10T10:00:00Z"));
        return out.append(no.subject()).append('\n').append(no.body()).toString();
    }

    @ParameterizedTest(name = "{0}: le poste {1}")
    @CsvSource(delimiter = ';', value = {"Ingénieur logiciel; d'Ingénieur logiciel", "Data Engineer; de Data Engineer",
            "architecte cloud; d'architecte cloud", "Head of Data; de Head of Data"})
    void the_position_follows_le_poste_with_de(String position, String named) {
        String all = everything(record(position));

        assertFalse(all.contains("poste " + position), all);
        int count = all.split("poste " + java.util.regex.Pattern.quote(named), -1).length - 1;
        assertTrue(count >= 10, () -> count + " times \"poste " + named + "\" in\n" + all);
        assertTrue(all.contains("Je vous remercie pour notre entretien au sujet du poste " + named + "."), all);
    }
}
