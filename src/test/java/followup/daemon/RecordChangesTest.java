package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Records edited, closed, deleted, added and broken while the daemon runs (picked up within 5 seconds). */
class RecordChangesTest {
    private static final Duration PICKED_UP = Duration.ofSeconds(5);
    private static final String BOB = "{ name = \"Bob Stone\", email = \"bob@globex.example\", topics = [\"SRE\"] }";
    private static final String ACME_THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String GLOBEX_THANK_YOU = "globex/thank-you/bob@globex.example";
    /** Nothing of the records goes out in the first seconds, so a change always meets unsent messages. */
    private static final String LATER = """
            thank-you { after = 8s }
            debrief { after = 8s }
            follow-up { after = 60s }
            """;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** The warnings about a broken record, asserted where a test provokes them and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(RecordBook.class);

    @TempDir
    Path root;

    /** The harness of every test here, on an H2 file; the OnPostgres subclass runs them on PostgreSQL. */
    DaemonHarness harness() {
        return new DaemonHarness(root, greenMail);
    }

    @Test
    void editing_next_step_by_moves_the_planned_follow_up() throws Exception {
        try (DaemonHarness h = harness()) {
            LocalDateTime at = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
            LocalDate stated = at.toLocalDate().plusDays(2);
            h.record("acme", DaemonHarness.interviewAt(at, JANE, "next-step-by = \"" + stated + "\""));
            h.start();
            String key = "acme/follow-up/jane@acme.example";
            assertEquals(followUpDue(at, stated), h.message(key).orElseThrow().due());

            LocalDate later = stated.plusDays(3);
            h.record("acme", DaemonHarness.interviewAt(at, JANE, "next-step-by = \"" + later + "\""));

            Instant expected = followUpDue(at, later);
            h.awaitTrue("the follow-up to move to " + expected,
                    () -> h.message(key).map(m -> m.due().equals(expected)).orElse(false), PICKED_UP);
            StoredMessage moved = h.message(key).orElseThrow();
            assertEquals(State.PLANNED, moved.state());
            assertTrue(moved.reason().contains(later.toString()), moved.reason());
        }
    }

    /** next-step-by + policy.follow-up.after-stated-date (1d by default), at the interview's time of day. */
    private static Instant followUpDue(LocalDateTime at, LocalDate stated) {
        return stated.plusDays(1).atTime(at.toLocalTime()).atZone(ZONE).toInstant();
    }

    @Test
    void a_record_added_while_running_whose_thank_you_fell_due_long_ago_sends_it_at_once() throws Exception {
        // an interview of this morning, written down in the afternoon: its thank-you is due since 20 minutes, longer
        // ago than the scheduler's misfire threshold, and still within its latest moment
        try (DaemonHarness h = harness()) {
            h.policyPlus("thank-you { after = 2s, latest = 2h }");
            h.start();
            h.record("acme", DaemonHarness.interview(Duration.ofMinutes(20), JANE, ""));

            StoredMessage sent = h.awaitState(ACME_THANK_YOU, State.SENT);
            assertTrue(sent.sentAt().isAfter(sent.due().plus(Duration.ofMinutes(19))), sent.toString());
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
        }
    }

    /**
     * The same while the daemon has run a while: the scheduler's misfire handler, which takes triggers older than its
     * threshold, looks only every ten minutes, so such a trigger must not be set in the past.
     */
    @Test
    void a_record_added_once_the_daemon_runs_a_while_whose_thank_you_fell_due_long_ago_sends_it_at_once()
            throws Exception {
        try (DaemonHarness h = harness()) {
            // nothing else of the interview falls due for hours: no other trigger fires and takes the thank-you along
            h.policyPlus("thank-you { after = 2s, latest = 2h }\ndebrief { after = 3h }\nfollow-up { after = 3d }");
            h.start();
            h.awaitPolls(3);
            h.record("acme", DaemonHarness.interview(Duration.ofMinutes(20), JANE, ""));

            StoredMessage sent = h.awaitState(ACME_THANK_YOU, State.SENT);
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
        }
    }

    @Test
    void closing_a_record_cancels_its_unsent_messages_and_none_is_delivered() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus(LATER);
            String acme = DaemonHarness.interview(Duration.ZERO, JANE, "");
            h.record("acme", acme);
            h.record("globex", DaemonHarness.interview(Duration.ZERO, BOB, ""));
            h.start();
            Instant due = h.message(ACME_THANK_YOU).orElseThrow().due();

            h.record("acme", acme + "\nstatus = closed\n");

            h.awaitTrue("every message of acme to be cancelled", () -> unsent(h, "acme").stream()
                    .allMatch(m -> m.state() == State.CANCELLED), PICKED_UP);
            assertTrue(unsent(h, "acme").stream().allMatch(m -> m.reason().contains("closed")),
                    unsent(h, "acme").toString());
            h.awaitState(GLOBEX_THANK_YOU, State.SENT);
            h.awaitInstant("acme's thank-you's due instant", due.plusSeconds(1));
            h.awaitPolls(1);

            assertEquals(List.of(), h.inbox("jane@acme.example"));
            assertEquals(1, h.inbox("bob@globex.example").size());
            for (StoredMessage m : unsent(h, "acme")) {
                assertEquals(State.CANCELLED, m.state(), m.key());
                assertNull(m.sentAt(), m.key());
            }
        }
    }

    @Test
    void deleting_a_record_cancels_its_unsent_messages() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus(LATER);
            Path file = h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            assertFalse(unsent(h, "acme").isEmpty());

            Files.delete(file);

            h.awaitTrue("every message of acme to be cancelled", () -> unsent(h, "acme").stream()
                    .allMatch(m -> m.state() == State.CANCELLED), PICKED_UP);
            assertTrue(unsent(h, "acme").stream().allMatch(m -> m.reason().equals("record removed")),
                    unsent(h, "acme").toString());
            assertEquals(List.of(), h.inbox("jane@acme.example"));
        }
    }

    /**
     * A record renamed after its thank-you went out (acme.conf to acme-corp.conf) is the same interview under another
     * id: its thank-you does not go to Jane a second time. Another interview with Jane, at another time, is thanked.
     */
    @Test
    void a_record_renamed_after_its_thank_you_went_out_does_not_thank_jane_twice() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("follow-up { after = 1h }");
            LocalDateTime at = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
            Path file = h.record("acme", DaemonHarness.interviewAt(at, JANE, ""));
            h.start();
            StoredMessage first = h.awaitState(ACME_THANK_YOU, State.SENT);

            Files.move(file, file.resolveSibling("acme-corp.conf"));
            StoredMessage renamed = h.awaitState("acme-corp/thank-you/jane@acme.example", State.SKIPPED);
            assertTrue(renamed.reason().startsWith("already sent as " + ACME_THANK_YOU + ": the same thank-you to the"
                    + " same person"), renamed.reason());
            assertEquals(State.CANCELLED, h.message("acme/follow-up/jane@acme.example").orElseThrow().state());
            assertEquals(State.PLANNED, h.message("acme-corp/follow-up/jane@acme.example").orElseThrow().state(),
                    "the follow-up, not sent yet, goes once, from the record's new name");

            h.record("acme-final", DaemonHarness.interviewAt(at.minusMinutes(1), JANE, ""));
            StoredMessage second = h.awaitState("acme-final/thank-you/jane@acme.example", State.SENT);
            assertEquals(List.of(first.messageId(), second.messageId()), h.messageIds("jane@acme.example"));
        }
    }

    /**
     * A record renamed after its follow-up went out: the new id's follow-up is not sent again, and its second
     * follow-up goes once, when the first one's would have (counted from when the follow-up went out under the old
     * name), then the call reminder after it. Before, the chain stopped: the second follow-up and the call reminder
     * were skipped because "the follow-up was not sent".
     */
    @Test
    void a_record_renamed_after_its_follow_up_went_out_keeps_its_chain() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("""
                    follow-up { after = 3s }
                    second-follow-up { after = 10s }
                    call-reminder { after = 1s }
                    """);
            LocalDateTime at = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
            Path file = h.record("acme", DaemonHarness.interviewAt(at, JANE, ""));
            h.start();
            StoredMessage followUp = h.awaitState("acme/follow-up/jane@acme.example", State.SENT);
            Instant secondDue = followUp.sentAt().plusSeconds(10);
            h.awaitTrue("the second follow-up to count from when the follow-up went out", () -> h.message(
                    "acme/second-follow-up/jane@acme.example").orElseThrow().due().equals(secondDue), PICKED_UP);

            Files.move(file, file.resolveSibling("acme-corp.conf"));
            StoredMessage skipped = h.awaitState("acme-corp/follow-up/jane@acme.example", State.SKIPPED);
            assertTrue(skipped.reason().startsWith("already sent as acme/follow-up/jane@acme.example"),
                    skipped.reason());
            assertEquals(followup.plan.Cause.ALREADY_SENT, skipped.cause());
            assertEquals(State.CANCELLED, h.message("acme/second-follow-up/jane@acme.example").orElseThrow().state());

            StoredMessage second = h.awaitState("acme-corp/second-follow-up/jane@acme.example", State.SENT);
            assertEquals(secondDue, second.due(), "due when the first name's second follow-up was");
            assertFalse(second.sentAt().isBefore(secondDue), second.sentAt() + " before " + secondDue);
            StoredMessage call = h.awaitState("acme-corp/call-reminder/self", State.SENT);
            assertFalse(call.due().isBefore(second.sentAt().plusSeconds(1)), call.due() + " vs " + second.sentAt());

            List<String> toJane = h.messageIds("jane@acme.example");
            assertEquals(List.of(h.message(ACME_THANK_YOU).orElseThrow().messageId(), followUp.messageId(),
                    second.messageId()), toJane, "a thank-you, a follow-up and a second follow-up, each once");
        }
    }

    /**
     * A record copied twice before anything went out (the same interview under three names): Jane's thank-you falls
     * due at the same instant in all three, on as many workers, and goes once; the others are skipped as already sent.
     */
    @Test
    void a_record_copied_before_its_thank_you_went_out_thanks_jane_once() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("follow-up { after = 1h }\ndebrief { after = 1h }\n");
            String record = DaemonHarness.interviewAt(LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS)
                    .plusSeconds(1), JANE, "");
            List<String> ids = List.of("acme", "acme-copy", "acme-copy-2");
            for (String id : ids) {
                h.record(id, record);
            }
            h.start();
            h.awaitTrue("every copy's thank-you to be settled", () -> ids.stream().allMatch(id -> h.message(id
                    + "/thank-you/jane@acme.example").map(m -> m.state() == State.SENT || m.state() == State.SKIPPED)
                    .orElse(false)));
            List<StoredMessage> thanks = ids.stream().map(id -> h.message(id + "/thank-you/jane@acme.example")
                    .orElseThrow()).toList();
            assertEquals(1, thanks.stream().filter(m -> m.state() == State.SENT).count(), thanks.toString());
            h.awaitPolls(1);
            assertEquals(1, h.inbox("jane@acme.example").size(), "Jane was thanked more than once");
        }
    }

    @Test
    void a_record_added_while_the_daemon_runs_gets_its_thank_you() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("follow-up { after = 60s }");
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            h.record("globex", DaemonHarness.interview(Duration.ZERO, BOB, ""));

            h.awaitTrue("globex's thank-you to be planned", () -> h.message(GLOBEX_THANK_YOU).isPresent(),
                    PICKED_UP);
            StoredMessage sent = h.awaitState(GLOBEX_THANK_YOU, State.SENT);
            assertEquals(List.of(sent.messageId()), h.messageIds("bob@globex.example"));
        }
    }

    @Test
    void a_record_edited_into_an_invalid_state_keeps_its_last_valid_version_and_its_messages_still_go_out()
            throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("""
                    thank-you { after = 8s }
                    follow-up { after = 60s }
                    """);
            String valid = DaemonHarness.interview(Duration.ZERO, JANE, "");
            h.record("acme", valid);
            h.start();
            Instant due = h.message(ACME_THANK_YOU).orElseThrow().due();

            h.record("acme", valid.replaceFirst("at\\s*=\\s*\"[^\"]*\"", "at = \"the day after tomorrow\""));
            h.record("globex", DaemonHarness.interview(Duration.ZERO, BOB, ""));
            // globex planned means the directory was read again after the broken edit was written
            h.awaitTrue("globex's thank-you to be planned", () -> h.message(GLOBEX_THANK_YOU).isPresent(),
                    PICKED_UP);

            StoredMessage planned = h.message(ACME_THANK_YOU).orElseThrow();
            assertEquals(State.PLANNED, planned.state(), planned.reason());
            assertEquals(due, planned.due());
            StoredMessage sent = h.awaitState(ACME_THANK_YOU, State.SENT);
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
            h.awaitState(GLOBEX_THANK_YOU, State.SENT);
            assertEquals(1, h.inbox("bob@globex.example").size());
        }
        List<String> warnings = log.warnings();
        assertEquals(2, warnings.size(), "said once, with the line to fix: " + warnings);
        assertEquals("Record acme has problems; keeping its last valid version until it is fixed", warnings.get(0));
        assertTrue(warnings.get(1).contains("interviews/acme.conf:3: at: \"the day after tomorrow\" is not a local"
                + " date and time"), warnings.get(1));
    }

    private static List<StoredMessage> unsent(DaemonHarness h, String id) {
        return h.store().ofInterview(id).stream().filter(m -> !m.isNotice()).toList();
    }
}
