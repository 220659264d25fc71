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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In an English record "M. Smith" is a name with an initial: greeted and listed as written, never "Mr. Smith". */
class InitialMListTest {
    @Test
    void an_english_records_m_smith_is_greeted_and_listed_as_written() {
        Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, "en");
        List<Interviewer> people = List.of(
                new Interviewer("M. Smith", "Engineering Manager", "smith@acme.example", null,
                        List.of("the migration to Kubernetes"), false, null),
                new Interviewer("Jane Doe", "Staff Engineer", "jane@acme.example", null, List.of("on-call"), false,
                        null));
        Interview iv = new Interview("acme", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 1, 14, 11, 0),
                Samples.NEW_YORK, people, "smith@acme.example", null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), "en", List.of(), null);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(iv);

        for (PlannedMessage m : plan) {
            if (m.step() != Step.THANK_YOU) {
                continue;
            }
            String body = templates.render(iv, sender, m, plan).body();
            assertFalse(body.contains("Mr. Smith"), body);
            if (m.to().email().startsWith("smith")) {
                assertTrue(body.startsWith("Dear M. Smith,"), body);
            } else {
                assertTrue(body.contains("M. Smith"), body);
            }
        }
    }
}
