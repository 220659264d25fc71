package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interview id typed wrong in a hurry: the answer names the record meant, and lists the others in order. */
class MistypedIdTest {
    @TempDir
    Path tmp;
    private String config;

    @BeforeEach
    void workspace() throws IOException {
        config = Workspaces.write(tmp).toString();
        Path interviews = Files.createDirectories(tmp.resolve("conf/interviews"));
        record(interviews, "zeta-backend", "Zeta Systems", "lena.vogel@zeta.example");
        record(interviews, "kite-data", "Kite Data", "yuki.sato@kite.example");
        for (int i = 1; i <= 12; i++) {
            record(interviews, "agency-" + i, "Agency " + i, "recruiter@agency" + i + ".example");
        }
    }

    private static void record(Path interviews, String id, String company, String email) throws IOException {
        Files.writeString(interviews.resolve(id + ".conf"), """
                company  = "%s"
                position = "Backend Engineer"
                at       = "2027-01-14T14:00"
                zone     = "Europe/Berlin"
                interviewers = [
                  { name = "Sam Rivera", email = "%s", topics = ["the event pipeline"] }
                ]
                """.formatted(company, email));
    }

    @Test
    void hold_with_a_typo_in_the_id_names_the_interview_meant_and_holds_nothing() {
        Cli.Result r = Cli.run("hold", "kite-dta", "--config", config).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no interview with id \"kite-dta\"; did you mean \"kite-data\"?"), r::toString);
        assertFalse(Files.exists(tmp.resolve("data/followup.mv.db")), "nothing was written: " + r);
    }

    @Test
    void an_id_in_other_capitals_or_only_its_start_names_the_one_record_it_can_be() {
        Cli.Result upper = Cli.run("resume", "KITE-DATA", "--config", config).assertNoStackTrace();
        assertEquals(2, upper.code(), upper::toString);
        assertTrue(upper.err().contains("did you mean \"kite-data\"?"), upper::toString);

        Cli.Result start = Cli.run("preview", "zeta", "--config", config).assertNoStackTrace();
        assertEquals(2, start.code(), start::toString);
        assertTrue(start.err().contains("no interview with id \"zeta\"; did you mean \"zeta-backend\"?"),
                start::toString);

        Cli.Result several = Cli.run("plan", "agency", "--config", config).assertNoStackTrace();
        assertEquals(2, several.code(), several::toString);
        assertFalse(several.err().contains("did you mean"), "agency-1 to agency-12 all start so: " + several);
    }

    @Test
    void the_known_ids_are_listed_in_order_and_at_most_ten_of_them() {
        Cli.Result r = Cli.run("hold", "nothing-like-it", "--config", config).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("did you mean"), r::toString);
        assertTrue(r.err().contains("(known ids: agency-1, agency-10, agency-11, agency-12, agency-2, agency-3, agency-4,"
                + " agency-5, agency-6, agency-7, and 4 more: followup plan lists them)"), r::toString);
    }
}
