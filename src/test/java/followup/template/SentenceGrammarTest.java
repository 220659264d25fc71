package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * German closes a date apposition with a comma when the sentence goes on ("am Freitag, 15. Januar, über die
 * Position") and declines "Herr" ("Karte für Herrn Krüger"); Spanish puts the article before a courtesy title in
 * running text ("Tarjeta para el Sr. Núñez").
 */
class SentenceGrammarTest {
    /** A German date with its weekday followed by a word: the apposition is not closed. */
    private static final Pattern OPEN_APPOSITION = Pattern.compile(
            "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \\d{1,2}\\. \\p{L}+ \\p{L}");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static Interview interview(String language, List<Interviewer> people) {
        return new Interview("grammar", "Kontor AG", "Entwickler", LocalDateTime.of(2027, 1, 15, 10, 0),
                Samples.NEW_YORK, people, people.get(0).email(), "+49 30 1234567", LocalDate.of(2027, 2, 19),
                List.of("zwei Arbeitsproben"), List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of(), language,
                List.of(), null);
    }

    /** Every message of the record, each rendered as it reads when it goes out and again a month later. */
    private static String all(Interview iv, Sender sender) {
        List<PlannedMessage> plan = samples.planner.plan(iv);
        StringBuilder out = new StringBuilder();
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                for (Instant at : List.of(m.due(), m.due().plusSeconds(30L * 24 * 3600))) {
                    Rendered r = samples.templates.render(iv, sender, m, plan, at);
                    out.append(m.step().id()).append(": ").append(r.subject()).append('\n').append(r.body());
                }
            }
        }
        return out.toString();
    }

    @Test
    void germanClosesADateAppositionAndSaysHerrnOutsideTheNominative() {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "amie@example.com",
                "de");
        Interview iv = interview("de", List.of(
                new Interviewer("Herr Jan Brandt", null, "jan@kontor.example", null, List.of("die Architektur"), false,
                        null),
                new Interviewer("Herr Thomas Krüger", null, "thomas@kontor.example", null, List.of("Teamführung"),
                        true, "Kontor AG\nHauptstr. 1\n10115 Berlin"),
                new Interviewer("Herr Uwe Sand", null, null, null, List.of(), false, null)));
        String text = all(iv, sender);
        Matcher open = OPEN_APPOSITION.matcher(text);
        assertFalse(open.find(), () -> "\"" + open.group() + "\" in\n" + text);
        assertTrue(text.contains("am Freitag, 15. Januar, "), text);
        assertTrue(text.contains("bis Freitag, 19. Februar, melden"), text);
        assertTrue(text.contains("---- Karte für Herrn Thomas Krüger ----"), text);
        assertTrue(text.contains("Für Herrn Uwe Sand hat der Datensatz"), text);
        assertTrue(text.contains("Das Dankschreiben an Herrn Jan Brandt bittet"), text);
        assertTrue(text.contains("call-reminder: Herrn Jan Brandt bei der Kontor AG anrufen"), text);
        assertFalse(text.contains("für Herr ") || text.contains("an Herr ") || text.contains("Für Herr "), text);
    }

    /** An English date with its weekday followed by a word: the apposition is not closed. */
    private static final Pattern OPEN_ENGLISH_APPOSITION = Pattern.compile(
            "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\p{L}+ \\d{1,2} \\p{L}");

    @Test
    void englishClosesADateAppositionWhenTheSentenceGoesOn() {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, "en");
        Interviewer jan = new Interviewer("Jan Brandt", null, "jan@kontor.example", null, List.of("the architecture"),
                false, null);
        Interview stated = interview("en", List.of(jan));
        Interview open = new Interview("grammar-open", stated.company(), stated.position(), stated.at(),
                stated.zone(), stated.interviewers(), stated.contact(), stated.phone(), null, List.of(), List.of(), "",
                Interview.Status.ACTIVE, List.of(), Map.of(), "en", List.of(), null);
        String text = all(stated, sender) + all(open, sender);
        Matcher m = OPEN_ENGLISH_APPOSITION.matcher(text);
        assertFalse(m.find(), () -> "\"" + m.group() + "\" in\n" + text);
        // the second follow-up, the follow-up read a month late, and the debrief
        assertTrue(text.matches("(?s).*my note from \\p{L}+, \\p{L}+ \\d{1,2}, about the Entwickler role\\..*"), text);
        assertTrue(text.contains("our conversation on Friday, January 15, about the Entwickler role"), text);
        assertTrue(text.contains("Friday, January 15, at 10:00 AM."), text);
    }

    @Test
    void spanishPutsTheArticleBeforeACourtesyTitleOnTheCard() {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", "es");
        Interview iv = interview("es", List.of(
                new Interviewer("Sra. Carmen Vidal", null, "carmen@hispania.example", null, List.of("la arquitectura"),
                        false, null),
                new Interviewer("Sr. Pablo Núñez", null, null, null, List.of("la cultura"), true, "Calle Mayor 1"),
                new Interviewer("Dra. Ana Gil", null, null, null, List.of(), true, null)));
        String text = all(iv, sender);
        assertTrue(text.contains("---- Tarjeta para el Sr. Pablo Núñez ----"), text);
        assertTrue(text.contains("---- Tarjeta para la Dra. Ana Gil ----"), text);
    }
}
