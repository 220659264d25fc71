package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drafted answer to a rejection as its reader sees it: in the record's language, greeting an interviewer as the
 * messages to them did (honorifics and all), anyone else by the name on their address, and a careers address
 * without a name rather than as "Dear careers,".
 */
class RejectionReplyTest {
    private static final Instant NOW = Instant.parse("2027-02-03T15:00:00Z");
    private static final Pattern ENGLISH = Pattern.compile("\\b(Dear|Thank you|feedback|Best regards|Hello)\\b");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static Interview german(List<String> topics) {
        List<Interviewer> people = List.of(
                new Interviewer("Dr. Anna Vogel", "Leiterin Plattform", "anna.vogel@beispiel.de", null, topics, false,
                        null, null, null),
                new Interviewer("Jonas Weiß", "Entwickler", "jonas@beispiel.de", null, List.of(), false, null, null,
                        null));
        return new Interview("beispiel", "Beispiel GmbH", "Plattform-Ingenieur (m/w/d)",
                LocalDateTime.of(2027, 1, 14, 10, 0), java.time.ZoneId.of("Europe/Berlin"), people,
                "anna.vogel@beispiel.de", null, LocalDate.of(2027, 1, 22), List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of("beispiel.de"), Map.of(), "de", List.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void an_interviewer_is_answered_in_the_records_language_as_the_messages_to_them_were(String language) {
        Interview iv = language.equals("de") ? german(List.of("die Migration zu Kubernetes"))
                : ReminderLanguagesTest.panel(language, null);
        Interviewer writer = iv.interviewers().get(0);
        Rendered r = samples.templates.renderRejectionReply(iv, ReminderLanguagesTest.sender("en"), writer,
                writer.email(), NOW);
        // the same greeting as the thank-you this person had from the same record
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage thanks = plan.stream().filter(m -> m.step() == Step.THANK_YOU
                && writer.email().equals(m.to().email())).findFirst().orElseThrow();
        String thanked = first(samples.templates.render(iv, ReminderLanguagesTest.sender("en"), thanks, plan));
        assertEquals(thanked, first(r), r.body());
        assertEquals(Map.of("de", "Guten Tag Dr. Anna Vogel,", "fr", "Bonjour Madame Martin,",
                "es", "Estimada Sra. García:").get(language), first(r), r.body());
        assertFalse(ENGLISH.matcher(r.body()).find(), "no English in a " + language + " answer:\n" + r.body());
        assertTrue(r.body().contains(iv.company()), r.body());
        assertTrue(r.body().strip().endsWith("Alex Morgan"), r.body());
        if (language.equals("de")) {
            // after the greeting's comma a German letter goes on in lower case; one topic is quoted as a topic
            assertTrue(r.body().contains("\n\nvielen Dank für Ihre Nachricht"), r.body());
            assertTrue(r.body().contains("besonders zum Thema „die Migration zu Kubernetes“."), r.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void someone_the_record_does_not_name_is_greeted_by_their_name_or_without_one(String language) {
        Interview iv = switch (language) {
            case "de" -> german(List.of());
            case "en" -> samples.interview("acme-platform");
            default -> ReminderLanguagesTest.panel(language, null);
        };
        Rendered named = samples.templates.renderRejectionReply(iv, samples.sender(), "Sam Ortiz",
                "sam.ortiz@recruiters.example", NOW);
        Rendered nameless = samples.templates.renderRejectionReply(iv, samples.sender(), "",
                "careers@" + iv.domains().stream().findFirst().orElse("acme.example"), NOW);
        assertEquals(Map.of("en", "Dear Sam,", "de", "Guten Tag Sam Ortiz,", "fr", "Bonjour Sam Ortiz,",
                "es", "Hola, Sam Ortiz:").get(language), first(named), named.body());
        assertEquals(Map.of("en", "Hello,", "de", "Guten Tag,", "fr", "Bonjour,", "es", "Hola:")
                .get(language), first(nameless), nameless.body());
        assertFalse(nameless.body().toLowerCase(java.util.Locale.ROOT).contains("careers"), nameless.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void a_company_whose_name_ends_in_a_full_stop_gets_no_second_one(String language) {
        Interview base = language.equals("de") ? german(List.of()) : language.equals("en")
                ? samples.interview("acme-platform") : ReminderLanguagesTest.panel(language, null);
        Interview iv = new Interview(base.id(), "Initech Co.", base.position(), base.at(), base.zone(),
                base.interviewers().stream().map(i -> new Interviewer(i.name(), i.title(), i.email(), i.zone(),
                        List.of(), i.handwritten(), i.address(), i.salutation(), i.country())).toList(),
                base.contact(), base.phone(), base.nextStepBy(), base.promisedByMe(), base.promisedToMe(),
                base.notes(), base.status(), base.domains(), Map.of(), base.language(), base.takeaways(), null);
        Rendered r = samples.templates.renderRejectionReply(iv, samples.sender(), "", null, NOW);
        assertFalse(r.body().contains(".."), r.body());
        assertTrue(r.body().contains("Initech Co."), r.body());
    }

    private static String first(Rendered r) {
        return r.body().lines().findFirst().orElseThrow();
    }
}
