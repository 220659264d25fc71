package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code followup plan ID --json} shows for each message of one interview, run in-process next to the daemon. */
final class PlanOutput {
    /** One line of the plan: its state and reason as the user sees them. */
    record Line(String state, String reason) {
        @Override
        public String toString() {
            return state + " (" + reason + ")";
        }
    }

    private PlanOutput() {
    }

    /** Message key to state and reason; fails if {@code plan} does not exit 0. */
    static Map<String, Line> of(DaemonHarness h, String id) throws IOException {
        DaemonHarness.CliResult plan = h.cli("plan", id, "--json");
        assertEquals(0, plan.code(), plan.toString());
        Map<String, Line> lines = new LinkedHashMap<>();
        for (JsonNode interview : new ObjectMapper().readTree(plan.out()).get("interviews")) {
            for (JsonNode m : interview.get("messages")) {
                lines.put(m.get("key").asText(), new Line(m.get("state").asText(), m.get("reason").asText()));
            }
        }
        return lines;
    }
}
