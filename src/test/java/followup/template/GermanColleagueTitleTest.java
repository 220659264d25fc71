package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A German thank-you names the colleagues who sat in with their doctorate or professorship, as a German reader
 * expects to be named: "Dr. Jürgen Weiß", not "Jürgen Weiß"; the one asked to pass thanks on names them so too.
 */
class GermanColleagueTitleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));
    private final Sender sender = new Sender("Alex Morgan", "alex@example.com", null, BERLIN, null, null, "en");

    private static Interviewer person(String name, String email) {
        return new Interviewer(name, null, email, null, List.of(), false, null, null, null);
    }

    private static Interview record(String language) {
        List<Interviewer> people = List.of(person("Frau Lena Vogel", "vogel@nordlicht.example"),
                person("Herr Dr. Jürgen Weiß", "weiss@nordlicht.example"),
                person("Frau Prof. Dr. Anna Schmidt", "schmidt@nordlicht.example"),
                person("Dr. med. Klaus Meier", null));
        return new Interview("nordlicht", "Nordlicht GmbH", "Data Engineer", LocalDateTime.of(2027, 6, 1, 10, 0),
                BERLIN, people, "vogel@nordlicht.example", null, LocalDate.of(2027, 6, 8), List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
    }

    private String thankYouTo(Interview interview, String email) {
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        PlannedMessage m = plan.stream()
                .filter(p -> p.step() == Step.THANK_YOU && email.equals(p.to().email())).findFirst().orElseThrow();
        return templates.render(interview, sender, m, plan).body();
    }

    @Test
    void a_german_thank_you_names_a_colleague_with_a_doctorate_as_dr() {
        String toVogel = thankYouTo(record("de"), "vogel@nordlicht.example");

        assertTrue(toVogel.contains("Dr. Jürgen Weiß"), toVogel);
        assertTrue(toVogel.contains("Prof. Anna Schmidt"), toVogel);
        // the one who gets no email of their own, whose thanks the contact passes on
        assertTrue(toVogel.contains("Dr. Klaus Meier"), toVogel);
        assertFalse(toVogel.matches("(?s).*(?<!Dr\\. )Jürgen Weiß.*"), toVogel);
    }

    @Test
    void the_other_notes_of_the_panel_name_the_doctor_so_too() {
        String toSchmidt = thankYouTo(record("de"), "schmidt@nordlicht.example");

        assertTrue(toSchmidt.contains("Dr. Jürgen Weiß"), toSchmidt);
        assertTrue(toSchmidt.contains("Lena Vogel"), toSchmidt);
    }
}
