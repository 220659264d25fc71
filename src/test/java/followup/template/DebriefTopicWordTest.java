package followup.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The debrief lists who was there with what each talked about, under a word in the singular for one topic and in
 * the plural for several, as the German debrief does ("Thema", "Themen"): French "sujet" / "sujets", Spanish
 * "tema" / "temas".
 */
class DebriefTopicWordTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String debrief(String language, List<Interviewer> people) {
        Interview iv = new Interview("exemple", "Exemple SA", "Ingénieur", LocalDateTime.of(2027, 1, 14, 10, 0),
                Samples.NEW_YORK, people, people.get(0).email(), null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, language);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == Step.DEBRIEF).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, m, plan).body();
    }

    private static List<Interviewer> panel(String one, String two, String three) {
        return List.of(
                new Interviewer("Claire Martin", null, "claire@exemple.fr", null, List.of(one, two), false, null),
                new Interviewer("Jean Dupont", null, "jean@exemple.fr", null, List.of(three), false, null));
    }

    @Test
    void frenchSaysSujetsForSeveralTopics() {
        String body = debrief("fr", panel("la refonte du pipeline", "les astreintes", "le recrutement"));
        assertTrue(body.contains("  - Claire Martin (sujets\u00a0: la refonte du pipeline et les astreintes)\n"), body);
        assertTrue(body.contains("  - Jean Dupont (sujet\u00a0: le recrutement)\n"), body);
    }

    @Test
    void spanishSaysTemasForSeveralTopics() {
        String body = debrief("es", panel("la migración del pipeline", "las guardias", "la contratación"));
        assertTrue(body.contains("  - Claire Martin (temas: la migración del pipeline y las guardias)\n"), body);
        assertTrue(body.contains("  - Jean Dupont (tema: la contratación)\n"), body);
    }
}
