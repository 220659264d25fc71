package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.PlannedMessage;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup resume} says what it did, and what it did not: never "Resumed" for an interview nobody held. */
class ResumeCommandTest {
    @TempDir
    Path tmp;
    private Path config;

    @BeforeEach
    void workspace() throws IOException {
        config = Workspaces.write(tmp);
        Files.writeString(Files.createDirectories(tmp.resolve("conf/interviews")).resolve("zeta-backend.conf"), """
                company  = "Zeta Systems"
                position = "Backend Engineer"
                at       = "2027-01-14T14:00"
                zone     = "Europe/Berlin"
                interviewers = [
                  { name = "Lena Vogel", email = "lena.vogel@zeta.example", topics = ["the event pipeline"] }
                  { name = "Tom Berger", email = "tom@zeta.example", topics = ["code review culture"] }
                ]
                """);
    }

    @Test
    void resume_of_an_interview_nobody_held_says_nothing_was_on_hold_and_records_no_resume() {
        Cli.Result r = Cli.run("resume", "zeta-backend", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Nothing of zeta-backend was on hold, so nothing was resumed"), r::toString);
        assertFalse(r.out().contains("Resumed"), r::toString);

        Cli.Result status = Cli.run("status", "--config", config.toString());
        assertFalse(status.out().contains("resume"), "no resume event for a resume that did nothing:\n" + status);

        Cli.Result hold = Cli.run("hold", "zeta-backend", "--config", config.toString());
        assertEquals(0, hold.code(), hold::toString);
        Cli.Result resume = Cli.run("resume", "zeta-backend", "--config", config.toString());
        assertTrue(resume.out().startsWith("Resumed zeta-backend"), resume::toString);
    }

    @Test
    void resume_names_the_thank_you_it_leaves_failed_because_it_may_have_gone_out() {
        Workspace ws = Workspace.open(config, Cli.BEFORE_INTERVIEWS);
        List<PlannedMessage> thanks = ws.planner().plan(ws.interview("zeta-backend")).stream()
                .filter(m -> m.step().id().equals("thank-you")).toList();
        Instant now = Cli.BEFORE_INTERVIEWS.instant();
        try (Database db = StoreView.open(ws.settings(), new PrintWriter(new StringWriter()))) {
            MessageStore store = new MessageStore(db);
            for (PlannedMessage m : thanks) {
                store.upsertPlanned(m, now);
                store.claim(m.key(), now);
            }
            store.settle(thanks.get(0).key(), State.SENDING, State.FAILED, "uncertain: connection lost after the"
                    + " data; not found in the sent folder", null, now);
            store.settle(thanks.get(1).key(), State.SENDING, State.FAILED, "refused by the server: 550 5.1.1"
                    + " mailbox unavailable", "550", now);
        }

        Cli.Result r = Cli.run("resume", "zeta-backend", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Resumed zeta-backend: 1 message planned again"), r::toString);
        assertTrue(r.out().contains("Not resumed:\n  " + thanks.get(0).key() + " stays failed (uncertain: connection"
                + " lost after the data; not found in the sent folder): it may have gone out; look for it in your"
                + " sent folder"), r::toString);
        assertFalse(r.out().contains(thanks.get(1).key() + " stays"), r::toString);
    }
}
