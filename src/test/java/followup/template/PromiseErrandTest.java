package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A promise written as the errand ("send my portfolio", "send me the case studies") is named in the follow-up as the
 * thing promised: "I hope you have received what I promised (my portfolio)", "I would still welcome the case
 * studies", not "(send my portfolio)" and "I would still welcome send me the case studies".
 */
class PromiseErrandTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String followUp(List<String> byMe, List<String> toMe) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", "en");
        Interview iv = new Interview("errands", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 3, 10, 14, 0),
                Samples.NEW_YORK, List.of(new Interviewer("Jane Doe", null, "jane@acme.example", null,
                List.of("the migration to Kubernetes"), false, null)), "jane@acme.example", null,
                LocalDate.of(2027, 3, 19), byMe, toMe, "", Interview.Status.ACTIVE, List.of(), Map.of(), "en",
                List.of(), null);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == Step.FOLLOW_UP).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, m, plan).body();
    }

    @Test
    void a_promise_written_as_an_errand_is_named_as_the_thing_promised() {
        String body = followUp(List.of("send my portfolio", "Email two references"),
                List.of("send me the case studies"));

        assertTrue(body.contains("what I promised (my portfolio and two references)"), body);
        assertTrue(body.contains("I would still welcome the case studies, as we discussed"), body);
        assertFalse(body.contains("(send"), body);
        assertFalse(body.contains("welcome send"), body);
    }

    @Test
    void a_promise_that_names_a_thing_is_left_as_written() {
        String body = followUp(List.of("share options paperwork", "two writing samples"), List.of("the salary band"));

        assertTrue(body.contains("(share options paperwork and two writing samples)"), body);
        assertTrue(body.contains("I would still welcome the salary band"), body);
    }
}
