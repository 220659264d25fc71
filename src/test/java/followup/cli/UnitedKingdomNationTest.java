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
 * The United Kingdom's nations keep different bank holidays (England's Easter Monday and late August one, Scotland's
 * 2 January, early August one and St Andrew's Day): with no nation named, only the ones all of them keep shut the
 * send window, and a follow-up to a London office went out on Easter Monday without a word. validate and plan say so
 * at the key that put the recipient in the United Kingdom, with the key to write.
 */
class UnitedKingdomNationTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-03-22T12:00:00Z"), ZoneOffset.UTC);

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
        return config;
    }

    private void record(String extra) throws IOException {
        Files.writeString(tmp.resolve("interviews/thames.conf"), """
                company = "Thames Robotics"
                position = "Firmware Engineer"
                at = "2027-03-22T10:00"
                %s
                interviewers = [
                  { name = "Oliver Grant", email = "oliver@thames.example", topics = ["motor control"] }
                ]
                """.formatted(extra));
    }

    @Test
    void a_sender_in_london_with_no_nation_is_told_the_key_to_write_by_validate_and_plan() throws IOException {
        Path config = config("Europe/London", "");
        record("");

        Cli.Result v = Cli.run(MONDAY, "validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, v.code(), v::toString);
        assertTrue(v.out().contains("application.conf:2: followup.sender.zone: warning: \"Europe/London\" is in"
                + " the United Kingdom, whose nations keep different bank holidays"), v::toString);
        assertTrue(v.out().contains("policy.send-window.holidays.regions = [\"GB-ENG\"]"), v::toString);
        assertTrue(v.out().contains("\"GB-SCT\" (Scotland)"), v::toString);

        Cli.Result p = Cli.run(MONDAY, "plan", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, p.code(), p::toString);
        assertTrue(p.err().contains("application.conf:2: followup.sender.zone: warning: \"Europe/London\" is in"
                + " the United Kingdom"), p::toString);
    }

    @Test
    void a_record_in_london_or_in_gb_is_warned_at_its_key_and_a_named_nation_silences_it() throws IOException {
        Path config = config("America/New_York", "");
        record("zone = \"Europe/London\"");
        Cli.Result zone = Cli.run(MONDAY, "validate", "--config", config.toString()).assertNoStackTrace();
        assertTrue(zone.out().contains("thames.conf:4: zone: warning: \"Europe/London\" is in the United Kingdom,"
                + " whose nations keep different bank holidays"), zone::toString);
        assertTrue(zone.out().contains("country = \"GB-ENG\""), zone::toString);
        assertFalse(zone.out().contains("sender.zone"), zone::toString);

        record("country = \"GB\"");
        Cli.Result country = Cli.run(MONDAY, "plan", "--config", config.toString()).assertNoStackTrace();
        assertTrue(country.err().contains("thames.conf:4: country: warning: \"GB\" is the United Kingdom, whose"
                + " nations keep different bank holidays"), country::toString);

        record("zone = \"Europe/London\"\ncountry = \"GB-SCT\"");
        Cli.Result scotland = Cli.run(MONDAY, "validate", "--config", config.toString()).assertNoStackTrace();
        assertFalse(scotland.out().contains("bank holidays"), scotland::toString);

        Path england = config("Europe/London", "regions = [\"GB-ENG\"]");
        record("zone = \"Europe/London\"");
        Cli.Result named = Cli.run(MONDAY, "validate", "--config", england.toString()).assertNoStackTrace();
        assertEquals(0, named.code(), named::toString);
        assertFalse(named.out().contains("bank holidays"), named::toString);
        assertFalse(named.err().contains("bank holidays"), named::toString);
    }

    @Test
    void an_interviewer_in_london_is_warned_at_their_zone_unless_they_or_the_record_name_a_nation() throws IOException {
        Path config = config("America/New_York", "");
        Files.writeString(tmp.resolve("interviews/thames.conf"), """
                company = "Thames Robotics"
                position = "Firmware Engineer"
                at = "2027-03-22T10:00"
                interviewers = [
                  { name = "Oliver Grant", email = "oliver@thames.example", topics = ["motor control"],
                    zone = "Europe/London" }
                  { name = "Fiona Reid", email = "fiona@thames.example", topics = ["the test rig"],
                    zone = "Europe/London", country = "GB-SCT" }
                ]
                """);
        Cli.Result r = Cli.run(MONDAY, "validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("thames.conf:6: interviewers[0].zone: warning: \"Europe/London\" is in the"
                + " United Kingdom, whose nations keep different bank holidays"), r::toString);
        assertTrue(r.out().contains("of this interviewer with country = \"GB-ENG\""), r::toString);
        assertFalse(r.out().contains("interviewers[1]"), r::toString);
    }
}
