package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment of candidates set up before anyone joined: its candidates directory holds no folder yet. Nothing in
 * the files is wrong, but nothing can run; validate and plan say so alike, in one line naming where to add someone.
 */
class EmptyDeploymentTest {
    @TempDir
    Path tmp;

    @Test
    void validate_and_plan_agree_that_an_empty_deployment_is_no_error_and_say_where_to_add_a_candidate()
            throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  templates = "templates"
                }
                """);
        Files.createDirectories(tmp.resolve("people"));
        Files.createDirectories(tmp.resolve("templates"));
        String line = config + ":2: followup.candidates: warning: this deployment has no candidate yet: add a folder"
                + " per job seeker to " + tmp.resolve("people") + ", holding candidate.conf and interviews/";

        Cli.Result validate = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, validate.code(), validate::toString);
        assertTrue(validate.out().lines().anyMatch(line::equals), validate::toString);
        assertEquals("", validate.err(), validate::toString);

        Cli.Result plan = Cli.run("plan", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, plan.code(), plan::toString);
        assertTrue(plan.out().lines().anyMatch(line::equals), plan::toString);

        ObjectMapper mapper = new ObjectMapper();
        Cli.Result validateJson = Cli.run("validate", "--config", config.toString(), "--json").assertNoStackTrace();
        assertEquals(0, validateJson.code(), validateJson::toString);
        JsonNode v = mapper.readTree(validateJson.out());
        assertTrue(v.get("ok").asBoolean(), validateJson::toString);
        assertEquals(0, v.get("problems").size(), validateJson::toString);
        assertEquals(1, v.get("warnings").size(), validateJson::toString);
        JsonNode warning = v.get("warnings").get(0);
        assertEquals(2, warning.get("line").asInt(), validateJson::toString);
        assertEquals("followup.candidates", warning.get("key").asText(), validateJson::toString);
        assertTrue(line.endsWith(warning.get("message").asText()), validateJson::toString);

        Cli.Result planJson = Cli.run("plan", "--config", config.toString(), "--json").assertNoStackTrace();
        assertEquals(0, planJson.code(), planJson::toString);
        JsonNode p = mapper.readTree(planJson.out());     // stdout is the document alone
        assertEquals(0, p.get("problems").size(), planJson::toString);
        assertEquals(line, planJson.err().strip(), planJson::toString);
    }
}
