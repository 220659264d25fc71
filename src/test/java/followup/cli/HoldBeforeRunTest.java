package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interview put on hold before the daemon planned it (a new record, or the daemon not started yet): the daemon
 * holds each of its messages when it falls due, so {@code plan} must show them held, not planned, and {@code hold}
 * must not say that nothing was held.
 */
class HoldBeforeRunTest {
    @TempDir
    Path tmp;

    private Path config() throws Exception {
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Files.copy(Path.of("conf/interviews/acme-platform.conf"), interviews.resolve("acme-platform.conf"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        return config;
    }

    @Test
    void plan_shows_every_pending_message_of_an_interview_held_before_it_was_planned_as_held_with_the_reason()
            throws Exception {
        String config = config().toString();
        Cli.Result hold = Cli.run("hold", "acme-platform", "--reason", "waiting on the recruiter", "--config", config);
        assertEquals(0, hold.code(), hold.toString());
        assertTrue(hold.out().contains("Held acme-platform: no message of it will be sent until"
                + " `followup resume acme-platform`."), hold.out());

        Cli.Result json = Cli.run("plan", "acme-platform", "--json", "--config", config);
        assertEquals(0, json.code(), json.toString());
        List<String> held = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(json.out()).path("interviews").get(0).path("messages")) {
            if (m.path("state").asText().equals("skipped")) {
                continue;   // Maria Lopez gets a handwritten card: nothing to hold
            }
            assertEquals("held", m.path("state").asText(), m.toString());
            assertEquals("user-hold", m.path("cause").asText(), m.toString());
            assertEquals("held by you: waiting on the recruiter", m.path("reason").asText(), m.toString());
            held.add(m.path("step").asText());
        }
        assertTrue(held.containsAll(List.of("thank-you", "follow-up", "debrief")), held.toString());

        Cli.Result table = Cli.run("plan", "acme-platform", "--config", config);
        assertFalse(table.out().contains(" planned "), table.out());

        Cli.Result resume = Cli.run("resume", "acme-platform", "--config", config);
        assertEquals(0, resume.code(), resume.toString());
        Cli.Result after = Cli.run("plan", "acme-platform", "--config", config);
        assertFalse(after.out().contains("held by you"), after.out());
        assertTrue(after.out().contains(" planned "), after.out());
    }

    /**
     * A call logged before the daemon planned the interview: the daemon holds what goes to the company and the call
     * reminder when each falls due, as after a reply, so {@code plan} shows them held with the logged call, and the
     * other reminders to you (the debrief, a promise) planned.
     */
    @Test
    void plan_shows_the_messages_of_an_interview_whose_call_was_logged_before_it_was_planned_as_held()
            throws Exception {
        String config = config().toString();
        Cli.Result log = Cli.run("log", "acme-platform", "--call", "Jane called: second round next week",
                "--config", config);
        assertEquals(0, log.code(), log.toString());

        Cli.Result json = Cli.run("plan", "acme-platform", "--json", "--config", config);
        assertEquals(0, json.code(), json.toString());
        List<String> held = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(json.out()).path("interviews").get(0).path("messages")) {
            String step = m.path("step").asText();
            if (m.path("state").asText().equals("skipped")) {
                continue;   // Maria Lopez gets a handwritten card: nothing to hold
            }
            if (m.path("self").asBoolean() && !step.equals("call-reminder")) {   // the debrief, a promise
                assertEquals("planned", m.path("state").asText(), m.toString());
                continue;
            }
            assertEquals("held", m.path("state").asText(), m.toString());
            assertEquals("handled-elsewhere", m.path("cause").asText(), m.toString());
            assertTrue(m.path("reason").asText().startsWith("handled elsewhere: call logged ")
                    && m.path("reason").asText().endsWith(": Jane called: second round next week"), m.toString());
            held.add(step);
        }
        assertTrue(held.containsAll(List.of("thank-you", "follow-up")), held.toString());

        Cli.Result resume = Cli.run("resume", "acme-platform", "--config", config);
        assertEquals(0, resume.code(), resume.toString());
        Cli.Result after = Cli.run("plan", "acme-platform", "--config", config);
        assertFalse(after.out().contains("handled elsewhere"), after.out());
        assertTrue(after.out().contains(" planned "), after.out());
    }
}
