package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reminders to self in French and Spanish, for a record written in that language: a panel of four with
 * honorifics, one card, two interviewers without an email (one with a postal address), no topics, no phone. Each
 * reminder is the translated template, reads in that language with its accents, keeps the card text formal, and in
 * French puts a no-break space before a colon or semicolon.
 */
class ReminderLanguagesTest {
    private static final List<Step> TO_SELF = List.of(Step.PROMISE_REMINDER, Step.HANDWRITTEN_NOTE, Step.DEBRIEF,
            Step.CALL_REMINDER);
    /** Words of the English reminders that no French or Spanish reminder has (the record's data is not English). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(you|your|the|Dear|Address|Number|promised|"
            + "Reminder|Card|Debrief|Call)\\b");
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00c3\u00c2\ufffd]");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    static Interview panel(String language, String phone) {
        boolean fr = language.equals("fr");
        String office = fr ? "Exemple SA\n12 rue de la Paix\n75002 Paris" : "Ejemplo S.L.\nCalle Mayor 5\n28013 Madrid";
        List<Interviewer> people = fr ? List.of(
                new Interviewer("Mme Claire Martin", "Directrice technique", "claire@exemple.fr", null, List.of(),
                        false, null),
                new Interviewer("M. Jean Dupont", "Responsable des opérations", "jean@exemple.fr", null, List.of(),
                        true, office),
                new Interviewer("Dr Élodie Ngo", null, null, null, List.of(), false, null),
                new Interviewer("Anne Roy", "Conseillère", null, null, List.of(), false, office))
                : List.of(
                new Interviewer("Sra. Lucía García", "Directora técnica", "lucia@ejemplo.es", null, List.of(), false,
                        null),
                new Interviewer("Sr. Dr. Pedro Ruiz", "Jefe de operaciones", "pedro@ejemplo.es", null, List.of(), true,
                        office),
                new Interviewer("María José Núñez", null, null, null, List.of(), false, null),
                new Interviewer("Íñigo Ortiz", "Asesor", null, null, List.of(), false, office));
        return new Interview("panel", fr ? "Exemple SA" : "Ejemplo S.L.", fr ? "Ingénieur plateforme (f/h)"
                : "Ingeniero de plataforma (m/f)", LocalDateTime.of(2027, 1, 14, 13, 30), Samples.NEW_YORK, people,
                people.get(0).email(), phone, LocalDate.of(2027, 1, 22),
                List.of(fr ? "deux exemples de code" : "dos ejemplos de código"),
                List.of(fr ? "les études de cas" : "los casos de estudio"), fr ? "Équipe réduite, beaucoup d'astreintes."
                : "Equipo pequeño, muchas guardias.", Interview.Status.ACTIVE, List.of(), Map.of(), language,
                List.of(), null);
    }

    static Sender sender(String language) {
        return new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "amie@example.com",
                language);
    }

    private static Map<Step, Rendered> render(Interview iv, Sender sender) {
        List<PlannedMessage> plan = samples.planner.plan(iv);
        Map<Step, Rendered> out = new java.util.EnumMap<>(Step.class);
        for (PlannedMessage m : plan) {
            if (m.applies() && !m.step().toCompany()) {
                out.put(m.step(), samples.templates.render(iv, sender, m, plan));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyReminderIsTheTranslatedTemplateAndReadsInThatLanguage(String language) {
        Interview iv = panel(language, "");
        Sender sender = sender(language);
        for (Step step : Step.values()) {
            assertEquals(language + "/" + step.id() + ".ftl", samples.templates.templateFor(iv, sender, step),
                    "no English fallback for " + step.id());
        }
        Map<Step, Rendered> reminders = render(iv, sender);
        assertEquals(java.util.Set.copyOf(TO_SELF), reminders.keySet(), "every reminder applies to this record");
        for (Map.Entry<Step, Rendered> e : reminders.entrySet()) {
            String where = language + " " + e.getKey().id() + ":\n" + e.getValue().subject() + "\n" + e.getValue().body();
            for (String text : List.of(e.getValue().subject(), e.getValue().body())) {
                Matcher english = ENGLISH.matcher(text);
                assertFalse(english.find(), () -> "English \"" + english.group() + "\" in " + where);
                assertFalse(MOJIBAKE.matcher(text).find(), where);
                assertFalse(text.contains("(f/h)") || text.contains("(m/f)"), where);
            }
            assertTrue(e.getValue().subject().contains(iv.company()), where);
            assertTrue(e.getValue().body().startsWith("Alex" + (language.equals("fr") ? ",\n" : ":\n")), where);
        }
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeEveryColonAndSemicolonAndNoneBeforeACommaOrStop() {
        for (Rendered r : render(panel("fr", ""), sender("fr")).values()) {
            for (String text : List.of(r.subject(), r.body())) {
                // the example line in the debrief is configuration, not French
                String prose = text.replaceAll("(?m)^  takeaways = .*$", "");
                Matcher m = Pattern.compile("(.)[:;]").matcher(prose);
                while (m.find()) {
                    assertEquals("\u00a0", m.group(1), "no no-break space before \"" + m.group() + "\" in\n" + text);
                }
                assertFalse(Pattern.compile("\u00a0[,.]").matcher(text).find(), text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theCardsReminderCountsTheCardsToWriteAndNamesWhoHasNoAddress(String language) {
        String office = "Acme Corp\n100 Harbor Street\nBoston, MA 02110";
        List<Interviewer> people = List.of(
                new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of(), false, null),
                new Interviewer("Maria Lopez", null, "maria@acme.example", null, List.of(), true, office),
                new Interviewer("Tom Berger", null, null, null, List.of(), false, null),
                new Interviewer("Ann Roy", null, null, null, List.of(), false, office));
        Interview iv = new Interview("cards", "Acme Corp", "Engineer", LocalDateTime.of(2027, 1, 14, 13, 30),
                Samples.NEW_YORK, people, "jane@acme.example", null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);

        String subject = render(iv, sender(language)).get(Step.HANDWRITTEN_NOTE).subject();

        assertEquals(language.equals("de")
                ? "Handschriftliche Karten für Acme Corp: Maria Lopez, Ann Roy; keine Adresse für Tom Berger"
                : "Handwritten cards for Acme Corp: Maria Lopez, Ann Roy; no address for Tom Berger", subject);
    }

    @Test
    void frenchRemindersSayWhatTheEnglishOnesSay() {
        Map<Step, Rendered> fr = render(panel("fr", ""), sender("fr"));
        String promise = fr.get(Step.PROMISE_REMINDER).body();
        assertTrue(promise.contains("vous avez promis\u00a0:\n\n  - deux exemples de code"), promise);
        assertTrue(promise.contains("On vous a promis\u00a0:\n\n  - les études de cas"), promise);
        assertTrue(promise.contains("jeudi 14 janvier, 13h30"), promise);

        String note = fr.get(Step.HANDWRITTEN_NOTE).body();
        // two cards to write (one to someone without email but with an address), and one person with no address
        assertEquals("Cartes manuscrites pour Exemple SA\u00a0: M. Jean Dupont, Anne Roy\u00a0; pas d'adresse pour"
                + " Dr Élodie Ngo", fr.get(Step.HANDWRITTEN_NOTE).subject());
        assertTrue(note.contains("---- Carte pour M. Jean Dupont, Responsable des opérations ----\nAdresse\u00a0:\n"
                + "Exemple SA\n12 rue de la Paix"), note);
        assertTrue(note.contains("pour Élodie Ngo et Anne Roy\u00a0; aucun remerciement ne leur a donc été envoyé"),
                note);
        assertTrue(note.contains("Le message de remerciement à Mme Claire Martin demande de transmettre vos "
                + "remerciements."), note);
        assertTrue(note.contains("Envoyez une carte à\u00a0:\nExemple SA"), note);
        List<String> cards = cardTexts(note, "Alex Morgan");
        assertEquals(2, cards.size(), note);
        assertTrue(cards.get(0).startsWith("Bonjour Monsieur Dupont,\n\nJe vous remercie pour notre entretien au sujet"
                + " du poste d'Ingénieur plateforme."), cards.get(0));
        for (String card : cards) {
            assertTrue(card.contains("votre équipe"), card);
            assertFalse(Pattern.compile("(?iu)(?<!\\p{L})(tu|te|toi|ton|ta|tes|t')(?!\\p{L})").matcher(card).find(),
                    "vous: " + card);
        }

        String call = fr.get(Step.CALL_REMINDER).body();
        assertTrue(fr.get(Step.CALL_REMINDER).subject().equals("Appeler Mme Claire Martin chez Exemple SA au sujet"
                + " du poste d'Ingénieur plateforme"), fr.get(Step.CALL_REMINDER).subject());
        assertTrue(call.contains("Numéro\u00a0: absent de la fiche"), call);
        assertTrue(call.contains("l'entretien du jeudi 14 janvier"), call);
        String withPhone = render(panel("fr", "+33 1 23 45 67 89"), sender("fr")).get(Step.CALL_REMINDER).body();
        assertTrue(withPhone.contains("Numéro\u00a0: +33 1 23 45 67 89\n"), withPhone);
    }

    @Test
    void spanishRemindersSayWhatTheEnglishOnesSay() {
        Map<Step, Rendered> es = render(panel("es", ""), sender("es"));
        String promise = es.get(Step.PROMISE_REMINDER).body();
        assertTrue(promise.contains("prometiste:\n\n  - dos ejemplos de código"), promise);
        assertTrue(promise.contains("Te prometieron:\n\n  - los casos de estudio"), promise);
        assertTrue(promise.contains("jueves 14 de enero, 13:30"), promise);

        String note = es.get(Step.HANDWRITTEN_NOTE).body();
        assertEquals("Tarjetas escritas a mano para Ejemplo S.L.: Sr. Dr. Pedro Ruiz, Íñigo Ortiz; sin dirección para"
                + " María José Núñez", es.get(Step.HANDWRITTEN_NOTE).subject());
        assertTrue(note.contains("---- Tarjeta para el Sr. Dr. Pedro Ruiz, Jefe de operaciones ----\nDirección:\n"
                + "Ejemplo S.L.\nCalle Mayor 5"), note);
        assertTrue(note.contains("para María José Núñez e Íñigo Ortiz; por eso no les llegó"), note);
        // an honorific takes an article in Spanish: the running text names the contact without one
        assertTrue(note.contains("El correo de agradecimiento a Lucía García le pide"), note);
        List<String> cards = cardTexts(note, "Alex Morgan");
        assertEquals(2, cards.size(), note);
        assertTrue(cards.get(0).startsWith("Estimado Dr. Ruiz:\n\nMuchas gracias por la entrevista para el puesto de "
                + "Ingeniero de plataforma."), cards.get(0));
        for (String card : cards) {
            assertTrue(card.contains("su equipo"), card);
            assertFalse(Pattern.compile("(?iu)(?<!\\p{L})(tu|tus|te|ti|contigo)(?!\\p{L})").matcher(card).find(),
                    "usted: " + card);
        }

        Rendered call = es.get(Step.CALL_REMINDER);
        assertEquals("Llamar a Lucía García de Ejemplo S.L. por el puesto de Ingeniero de plataforma",
                call.subject());
        assertTrue(call.body().contains("A quién: Sra. Lucía García, Directora técnica, Ejemplo S.L.\n"
                + "Número: no figura en la ficha"), call.body());
        assertTrue(call.body().contains("la reunión del jueves 14 de enero"), call.body());
        String withPhone = render(panel("es", "+34 910 000 000"), sender("es")).get(Step.CALL_REMINDER).body();
        assertTrue(withPhone.contains("Número: +34 910 000 000\n"), withPhone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theDebriefHasTheFourQuestionsAndShowsWhereTheTakeawaysGo(String language) {
        boolean fr = language.equals("fr");
        Interview iv = panel(language, "");
        Rendered debrief = render(iv, sender(language)).get(Step.DEBRIEF);
        String body = debrief.body();
        List<String> questions = fr ? List.of("  - positif\u00a0: ", "  - négatif\u00a0: ", "  - inhabituel\u00a0: ",
                "  - révélateur\u00a0: ") : List.of("  - positivo: ", "  - negativo: ", "  - inusual: ", "  - revelador: ");
        int last = -1;
        for (String q : questions) {
            assertTrue(body.indexOf(q) > last, "in order: " + q + "\n" + body);
            last = body.indexOf(q);
        }
        assertTrue(body.contains(fr ? "sous takeaways" : "como takeaways"), body);
        assertTrue(body.contains("panel.conf"), body);
        assertTrue(body.contains("\n  takeaways = [\""), body);
        assertTrue(body.contains(iv.notes()), body);
        for (Interviewer person : iv.interviewers()) {
            assertTrue(body.contains("  - " + person.name()), body);
        }
        assertTrue(body.contains(fr ? "Une copie de ce message a été envoyée à amie@example.com."
                : "Se ha enviado una copia a amie@example.com."), body);
        assertTrue(body.contains(fr ? "pour la relance à Mme Claire Martin\u00a0: elle est prévue le lundi"
                : "en el seguimiento a Lucía García: está previsto para el lunes"), body);
        assertTrue(body.contains(fr ? "le jeudi 14 janvier à 13h30." : "el jueves 14 de enero a las 13:30."), body);
        assertTrue(debrief.subject().equals(fr ? "Bilan\u00a0: votre entretien chez Exemple SA"
                : "Repaso: tu entrevista con Ejemplo S.L."), debrief.subject());

        // the takeaways already written are listed; and without a contact, no follow-up is promised
        Interview noContact = new Interview(iv.id(), iv.company(), iv.position(), iv.at(), iv.zone(),
                List.of(iv.interviewers().get(2)), null, "", null, List.of(), List.of(), "", iv.status(),
                iv.domains(), iv.templates(), language, List.of(fr ? "leur besoin d'un responsable CI"
                : "su necesidad de alguien que lleve la CI"), null);
        String alone = render(noContact, sender(language)).get(Step.DEBRIEF).body();
        assertTrue(alone.contains(fr ? "Vos takeaways à ce jour\u00a0:\n  - leur besoin d'un responsable CI"
                : "Tus takeaways hasta ahora:\n  - su necesidad de alguien que lleve la CI"), alone);
        assertFalse(alone.contains(fr ? "elle est prévue" : "está previsto"), alone);
        assertTrue(alone.contains(fr ? "Aucune relance par e-mail n'est prévue" : "No hay ningún correo de seguimiento"
                + " previsto"), alone);
    }

    @Test
    void spanishSaysALaForAnInterviewAtOneOClock() {
        Interview iv = panel("es", "");
        Interview early = new Interview(iv.id(), iv.company(), iv.position(), LocalDateTime.of(2027, 1, 14, 1, 30),
                iv.zone(), iv.interviewers(), iv.contact(), iv.phone(), iv.nextStepBy(), iv.promisedByMe(),
                iv.promisedToMe(), iv.notes(), iv.status(), iv.domains(), iv.templates(), "es", iv.takeaways(), null);
        String body = render(early, sender("es")).get(Step.DEBRIEF).body();
        assertTrue(body.contains("el jueves 14 de enero a la 1:30."), body);
    }

    @Test
    void spanishAndBecomesEBeforeAnISound() {
        Wording es = Wording.of("es");
        assertEquals("María José Núñez e Íñigo Ortiz", es.list(List.of("María José Núñez", "Íñigo Ortiz")));
        assertEquals("Ana, Luis e Isabel", es.list(List.of("Ana", "Luis", "Isabel")));
        assertEquals("Ana e Hilario", es.list(List.of("Ana", "Hilario")));
        assertEquals("Ana y Hierro", es.list(List.of("Ana", "Hierro")));
        assertEquals("Ana y Yolanda", es.list(List.of("Ana", "Yolanda")));
        assertEquals("Claire et Isabelle", Wording.of("fr").list(List.of("Claire", "Isabelle")));
    }

    /** The text of each card: from its greeting to the sender's name. */
    static List<String> cardTexts(String body, String senderName) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(Bonjour|Estimad[oa]|Buenos días|Hola|Madame|Monsieur)[^\n]*\n\n[\\s\\S]*?\n"
                + Pattern.quote(senderName) + "$").matcher(body);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
