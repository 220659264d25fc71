package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In Canada and Australia most public holidays are the provinces' and states' (Victoria Day and Thanksgiving, the
 * King's Birthday and Labour Day): with none named, a follow-up to a Toronto office went out on Thanksgiving Monday
 * without a word. validate says so at the key that put the recipient there, with the key to write.
 */
class ProvinceWarningTest {
    private static final Clock OCTOBER = Clock.fixed(Instant.parse("2027-10-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path config(String zone, String holidays) throws IOException {
        Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "%s" }
                  interviews = "interviews"
                  templates = "%s"
                  policy.send-window.holidays { %s }
                }
                """.formatted(zone, Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\"),
                holidays));
        Files.writeString(tmp.resolve("interviews/maple.conf"), """
                company = "Maple Systems"
                position = "Backend Developer"
                at = "2027-10-04T10:00"
                interviewers = [
                  { name = "Priya Nair", email = "priya@maple.example", topics = ["the billing service"] }
                ]
                """);
        return config;
    }

    @Test
    void a_sender_in_toronto_with_no_province_is_told_the_key_to_write() throws IOException {
        Cli.Result r = Cli.run(OCTOBER, "validate", "--config", config("America/Toronto", "").toString())
                .assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("application.conf:2: followup.sender.zone: warning: \"America/Toronto\" is in"
                + " Canada, whose provinces and territories keep different public holidays"), r::toString);
        assertTrue(r.out().contains("policy.send-window.holidays.regions = [\"CA-ON\"]"), r::toString);

        Cli.Result named = Cli.run(OCTOBER, "validate", "--config",
                config("America/Toronto", "regions = [\"CA-ON\"]").toString()).assertNoStackTrace();
        assertFalse(named.out().contains("public holidays"), named::toString);
    }

    @Test
    void a_sender_in_sydney_is_told_too() throws IOException {
        Cli.Result r = Cli.run(OCTOBER, "validate", "--config", config("Australia/Sydney", "").toString())
                .assertNoStackTrace();
        assertTrue(r.out().contains("\"Australia/Sydney\" is in Australia, whose states and territories keep"
                + " different public holidays"), r::toString);
        assertTrue(r.out().contains("policy.send-window.holidays.regions = [\"AU-NSW\"]"), r::toString);
    }
}
