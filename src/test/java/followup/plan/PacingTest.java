package followup.plan;

import static followup.plan.Fixtures.NEW_YORK;
import static followup.plan.Fixtures.acme;
import static followup.plan.Fixtures.alex;
import static followup.plan.Fixtures.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Planner#pacesAnother}: the daemon plans an interview again after a send only for the steps it names, so a
 * step whose going out moved any other message must be among them.
 */
class PacingTest {
    private final SettableClock clock = SettableClock.at("2026-11-17T08:00", NEW_YORK);
    private final Planner planner = new Planner(Policy.DEFAULTS, alex(), clock);
    private final Interview interview = acme().on("2026-11-17T10:00").build();

    @Test
    void a_message_going_out_late_moves_another_only_for_the_steps_that_pace_one() {
        List<PlannedMessage> before = planner.plan(interview);
        int pacing = 0;
        for (PlannedMessage sent : before) {
            if (!sent.applies() || sent.state() != State.PLANNED) {
                continue;
            }
            // it went out a day and a half after it was due
            History history = history().sent(sent.key(), sent.due().plus(Duration.ofHours(36))).build();
            Map<String, Instant> moved = new LinkedHashMap<>();
            List<PlannedMessage> plan = planner.plan(interview, history);
            assertEquals(before.size(), plan.size(), "sending " + sent.key() + " added or removed a message");
            for (PlannedMessage after : plan) {
                PlannedMessage was = before.stream().filter(m -> m.key().equals(after.key())).findFirst()
                        .orElseThrow();
                // what the daemon compares after a send: the instants, the state and the reason
                if (!after.key().equals(sent.key()) && !(after.due().equals(was.due())
                        && after.latest().equals(was.latest()) && after.state() == was.state()
                        && after.applies() == was.applies() && java.util.Objects.equals(after.reason(), was.reason()))) {
                    moved.put(after.key(), after.due());
                }
            }
            if (Planner.pacesAnother(sent.step())) {
                pacing++;
                assertNotEquals(Map.of(), moved, sent.key() + " paces another step, but nothing moved");
            } else {
                assertEquals(Map.of(), moved, "sending " + sent.key() + " late moved other messages");
            }
        }
        assertEquals(2, pacing, "the follow-up and the second follow-up, to the contact");
    }
}
