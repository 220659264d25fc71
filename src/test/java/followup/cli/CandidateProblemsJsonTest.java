package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A coach's script that reads plan --json, validate --json or status --json of a deployment sorts its problems by job
 * seeker: each problem is an object of its candidate (null for the deployment's own), file, line, key and message,
 * the same in the three documents.
 */
class CandidateProblemsJsonTest {
    @TempDir
    Path tmp;

    @Test
    void every_problem_of_a_deployments_json_names_its_candidate() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        for (String name : List.of("alice", "bob")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
            Files.writeString(home.resolve("interviews/acme.conf"), """
                    company  = "Acme Corp"
                    position = "Platform Engineer"
                    at       = "2027-03-02T14:00"
                    zone     = "Europe/Berlin"
                    interviewers = [ { name = "Jana Roth", email = "jana.roth@acme.example", topics = ["the API"] } ]
                    """);
        }
        // alice's second record has a date no calendar has; carol's folder has no candidate.conf
        Files.writeString(tmp.resolve("people/alice/interviews/globex.conf"), """
                company  = "Globex"
                position = "SRE"
                at       = "2027-02-30T10:00"
                zone     = "Europe/Berlin"
                interviewers = [ { name = "Raj Patel", email = "raj@globex.example" } ]
                """);
        Files.createDirectories(tmp.resolve("people/carol/interviews"));

        for (String command : List.of("plan", "validate", "status")) {
            Cli.Result r = Cli.run(command, "--json", "--config", config.toString());
            // status reports on what runs: the candidates left out are its problems, not an error of the command
            assertEquals(command.equals("status") ? 0 : 2, r.code(), r::toString);
            JsonNode problems = new ObjectMapper().readTree(r.out()).get("problems");
            List<String> whose = new ArrayList<>();
            for (JsonNode p : problems) {
                assertTrue(p.has("candidate"), command + ": " + p);
                assertTrue(p.get("line").isInt() && p.has("key") && p.has("message"), command + ": " + p);
                whose.add(p.get("candidate").asText() + " " + p.get("file").asText());
            }
            if (!command.equals("status")) {   // a record's problem leaves its candidate running
                assertTrue(whose.stream().anyMatch(w -> w.startsWith("alice ") && w.endsWith("globex.conf")),
                        command + ": " + whose);
            }
            assertTrue(whose.stream().anyMatch(w -> w.startsWith("carol ") && w.endsWith("candidate.conf")),
                    command + ": " + whose);
        }
    }
}
