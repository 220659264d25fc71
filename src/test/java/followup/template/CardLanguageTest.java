package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handwritten card is given to the interviewer, so its text is in the interview's language, as the thank-you
 * emails are; what the reminder tells the job seeker around it (where to post it, who has no email) stays in the
 * job seeker's own language.
 */
class CardLanguageTest {
    private static final String OFFICE = "Acme Corp\n100 Harbor Street\nBoston, MA 02110";
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static Interview interview(String language, List<Interviewer> people) {
        return new Interview("card", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 2, 9, 10, 0),
                Samples.NEW_YORK, people, people.stream().filter(i -> i.email() != null).findFirst()
                .map(Interviewer::email).orElse(null), "", LocalDate.of(2027, 2, 19), List.of(), List.of(), "",
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
    }

    private static String note(Interview iv, String senderLanguage) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "",
                senderLanguage);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage card = plan.stream().filter(m -> m.step() == Step.HANDWRITTEN_NOTE).findFirst().orElseThrow();
        Rendered r = samples.templates.render(iv, sender, card, plan);
        return r.subject() + "\n" + r.body();
    }

    @Test
    void anEnglishInterviewGetsAnEnglishCardFromAGermanSpeakingUser() {
        Interview iv = interview("en", List.of(
                new Interviewer("Maria Lopez", "VP Engineering", null, null, List.of("how the platform team grew"),
                        true, OFFICE, "Ms. Lopez"),
                new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of("the migration"), false, null),
                new Interviewer("Tom Berger", null, null, null, List.of("hiring"), false, OFFICE)));
        String note = note(iv, "de");
        assertTrue(note.contains("---- Karte für Maria Lopez, VP Engineering ----\nAdresse:\n"), note);
        assertTrue(note.contains("Dear Ms. Lopez,\n\nThank you for meeting with me about the Platform Engineer role."
                + " I especially enjoyed our conversation about how the platform team grew."), note);
        assertTrue(note.contains("Schicken Sie eine Karte an:\n" + OFFICE + "\n\nDear Tom,\n\nThank you for"), note);
        assertTrue(note.contains("With thanks,\nAlex Morgan"), note);
        assertFalse(note.contains("vielen Dank für das Gespräch"), note);
        assertFalse(note.contains("Sehr geehrte"), note);
        assertFalse(note.contains("Mit herzlichen Grüßen"), note);
    }

    @Test
    void aGermanInterviewGetsAGermanCardFromAnEnglishSpeakingUser() {
        Interview iv = interview("de", List.of(
                new Interviewer("Herr Thomas Krüger", null, "thomas@bw.example", null, List.of("Teamführung",
                        "Einarbeitung"), true, "Berliner Werke AG\nHauptstr. 1\n10115 Berlin"),
                new Interviewer("Frau Sabine Koch", null, "sabine@bw.example", null, List.of(), false, null)));
        String note = note(iv, "en");
        assertTrue(note.contains("---- Card for Herr Thomas Krüger ----\nAddress:\n"), note);
        assertTrue(note.contains("Sehr geehrter Herr Krüger,\n\nvielen Dank für das Gespräch über die Position Platform"
                + " Engineer. Besonders gern habe ich mich mit Ihnen über Teamführung und Einarbeitung ausgetauscht."),
                note);
        assertTrue(note.contains("Mit herzlichen Grüßen\nAlex Morgan"), note);
        assertFalse(note.contains("Thank you for meeting"), note);
        assertFalse(note.contains("Dear "), note);
    }

    @Test
    void aFrenchInterviewGetsAFrenchCardFromASpanishSpeakingUser() {
        Interview iv = interview("fr", List.of(
                new Interviewer("M. Luc Besson", null, null, null, List.of("l'équipe"), true, null),
                new Interviewer("Jean Dupont", null, "jean@ocean.example", null, List.of("les tests"), false, null)));
        String note = note(iv, "es");
        assertTrue(note.contains("---- Tarjeta para M. Luc Besson ----"), note);
        assertTrue(note.contains("Dirección: no figura en la ficha"), note);
        assertTrue(note.contains("Bonjour Monsieur Besson,\n\nJe vous remercie pour notre entretien au sujet du poste"
                + " de Platform Engineer. J'ai particulièrement apprécié notre échange sur l'équipe."), note);
        assertFalse(note.contains("Muchas gracias por la entrevista"), note);
    }
    /**
     * A reminder template of the user's own that writes the card itself, in the user's language (as the shipped ones
     * did before card.ftl), still greets in that language: the card does not open in one language and go on in
     * another.
     */
    @Test
    void aUsersOwnReminderThatWritesTheCardItselfKeepsItInOneLanguage(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("de"));
        Files.writeString(dir.resolve("de/handwritten-note.ftl"), "Subject: Karten\n\n<#list cards as card>"
                + "${card.greeting}\n\nvielen Dank für das Gespräch.\n</#list>\n");
        Templates own = new Templates(dir, Duration.ofSeconds(2));
        Interview iv = interview("en", List.of(
                new Interviewer("Frau Maria Lopez", null, null, null, List.of(), true, OFFICE),
                new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of("the migration"), false, null)));
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", "de");
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage card = plan.stream().filter(m -> m.step() == Step.HANDWRITTEN_NOTE).findFirst().orElseThrow();
        String body = own.render(iv, sender, card, plan).body();
        assertTrue(body.startsWith("Sehr geehrte Frau Lopez,\n\nvielen Dank"), body);
    }
}
