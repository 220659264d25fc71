package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A templates directory whose German translations lack some templates: a message whose template the language lacks
 * is written in English, as validate says ("so that message is written in English"), the greeting, the dates and the
 * day words included; the messages that have their translation stay German.
 */
class MissingTranslationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String OFFICE = "Beispiel GmbH\nHauptstr. 1\n10115 Berlin";
    private static final Samples SAMPLES = new Samples();
    private static Templates templates;

    @BeforeAll
    static void withoutSomeGermanTemplates(@TempDir Path dir) throws IOException {
        copy(Path.of("templates"), dir);
        for (String file : List.of("thank-you.ftl", "card.ftl", "debrief.ftl", "rejection-reply.ftl")) {
            Files.delete(dir.resolve("de").resolve(file));
        }
        templates = new Templates(dir, Duration.ofSeconds(2));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Interview german() {
        List<Interviewer> people = List.of(
                new Interviewer("Jana Roth", "Leiterin Plattform", "jana@beispiel.de", null,
                        List.of("the streaming pipeline"), false, null),
                new Interviewer("Tom Berger", "Entwickler", null, null, List.of("data quality"), true, OFFICE));
        return new Interview("beispiel", "Beispiel GmbH", "Data Engineer", LocalDateTime.of(2027, 1, 15, 10, 0),
                BERLIN, people, "jana@beispiel.de", null, LocalDate.of(2027, 1, 22), List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), "de", List.of(), null);
    }

    private static Sender germanSpeaking() {
        return new Sender("Alex Morgan", "alex@example.com", null, BERLIN, null, null, "de");
    }

    private static String render(Interview iv, Step step) {
        List<PlannedMessage> plan = SAMPLES.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == step && p.applies()).findFirst().orElseThrow();
        Rendered r = templates.render(iv, germanSpeaking(), m, plan);
        return r.subject() + "\n" + r.body();
    }

    @Test
    void a_thank_you_without_its_german_template_is_english_throughout() {
        String text = render(german(), Step.THANK_YOU);
        assertTrue(text.contains("Dear Jana,"), text);
        assertFalse(text.contains("Guten Tag"), text);
        assertFalse(text.contains("Sehr geehrte"), text);
        assertFalse(text.matches("(?s).*\\b(heute|gestern|Freitag|Januar)\\b.*"), text);
    }

    @Test
    void a_follow_up_with_its_german_template_stays_german() {
        String text = render(german(), Step.FOLLOW_UP);
        assertTrue(text.contains("Guten Tag Jana Roth,") || text.contains("Sehr geehrte"), text);
        assertFalse(text.contains("Dear "), text);
    }

    @Test
    void a_card_without_its_german_template_is_english_inside_the_german_reminder() {
        String text = render(german(), Step.HANDWRITTEN_NOTE);
        assertTrue(text.contains("Karte für Tom Berger"), text);
        assertTrue(text.contains("Dear Tom,"), text);
        assertFalse(text.contains("Guten Tag Tom Berger"), text);
    }

    @Test
    void a_debrief_without_its_german_template_is_english_with_english_dates() {
        String text = render(german(), Step.DEBRIEF);
        assertTrue(text.contains("Friday, January 15"), text);
        assertFalse(text.contains("Freitag"), text);
    }

    @Test
    void an_answer_to_a_rejection_without_its_german_template_is_english_throughout() {
        Interview iv = german();
        Interviewer jana = iv.interviewers().get(0);
        Rendered r = templates.renderRejectionReply(iv, germanSpeaking(), jana, jana.email(),
                Instant.parse("2027-02-03T15:00:00Z"));
        String text = r.subject() + "\n" + r.body();
        assertTrue(text.contains("Dear Jana,"), text);
        assertFalse(text.contains("Guten Tag"), text);
    }
}
