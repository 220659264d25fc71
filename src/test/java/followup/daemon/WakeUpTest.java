package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop that slept past a message's moment: what arrived in the mailbox meanwhile, unseen by any poll, is read
 * by the check right before the send, and acted on before anything goes out.
 */
class WakeUpTest {
    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /**
     * Jane's out-of-office answer to the thank-you arrives while nothing reads the mailbox (the poll runs once an
     * hour here, as a sleeping laptop polls not at all); the follow-up's own check finds it when the follow-up is
     * due, and the follow-up waits for her return, as the notice to the user says, instead of going out at once.
     */
    @Test
    void an_out_of_office_that_arrived_unseen_moves_the_follow_up_found_by_its_own_check() throws Exception {
        LocalDate back = ZonedDateTime.now(DaemonHarness.ZONE).toLocalDate().plusDays(5);
        try (DaemonHarness h = new DaemonHarness(root, greenMail).mail("imap { poll-interval = 1h }").policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 15s }
                """)) {
            h.start();
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            Instant due = h.message(FOLLOW_UP).orElseThrow().due();
            long polls = h.pollsFired();

            IncomingMail.from(CONTACT, "Automatic reply: Thank you").inReplyTo(thankYou)
                    .header("Auto-Submitted", "auto-replied")
                    .text("Thank you for your message. I am out of the office and will be back on " + back
                            + ".\n\nFor urgent matters please contact talent@acme.example.\n")
                    .deliverTo(h);
            assertTrue(Instant.now().isBefore(due), "the machine was too slow: the follow-up fell due before the"
                    + " out-of-office arrived");

            String moved = "moved: out of office until " + back + " (" + CONTACT + ")";
            h.awaitTrue("the follow-up's check to read the out-of-office",
                    () -> moved.equals(h.message(FOLLOW_UP).orElseThrow().reason())
                            || h.message(FOLLOW_UP).orElseThrow().state() != State.PLANNED);
            h.awaitInstant("the follow-up's first moment", due.plusSeconds(2));
            assertEquals(polls, h.pollsFired(), "a periodic poll ran; only the check before the send should have");

            assertEquals(List.of(thankYou), h.messageIds(CONTACT), "the follow-up went out while she is away");
            StoredMessage followUp = h.message(FOLLOW_UP).orElseThrow();
            assertEquals(State.PLANNED, followUp.state(), followUp.reason());
            assertEquals(back.plusDays(1).atStartOfDay(DaemonHarness.ZONE).toInstant(), followUp.due());
            h.awaitTrue("the notice about her absence to go out", () -> awayNotice(h).isPresent());
            StoredMessage notice = awayNotice(h).orElseThrow();
            String body = h.delivered(SENDER, notice.messageId()).getContent().toString();
            assertTrue(body.contains("now goes out"), body);
        }
    }

    /**
     * The machine sleeps for two hours past a thank-you's moment and wakes: the daemon's clock jumps two hours, and
     * every trigger of the scheduler's store is two hours behind its clock (as Quartz finds them on waking). The
     * thank-you goes out within the scheduler's idle wait of the wake-up, not when its misfire handler next looks
     * (up to ten minutes of waking time later, which could pass the thank-you's latest moment).
     */
    @Test
    void a_thank_you_whose_moment_passed_while_the_machine_slept_goes_out_soon_after_it_wakes() throws Exception {
        JumpingClock clock = new JumpingClock();
        try (DaemonHarness h = new DaemonHarness(root, greenMail).clock(clock).policyPlus("""
                thank-you { after = 30m, latest = 48h }
                debrief { after = 1d }
                follow-up { after = 7d }
                """)) {
            h.start();
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.awaitTrue("the thank-you's trigger to be set",
                    () -> h.message(THANK_YOU).map(m -> m.scheduledAt() != null).orElse(false));

            Duration asleep = Duration.ofHours(2);
            clock.jump(asleep);
            triggersBehindBy(h, asleep);

            // the scheduler looks at its store at least every 30 s while idle
            h.awaitTrue("the thank-you to go out after the wake-up",
                    () -> h.message(THANK_YOU).orElseThrow().state() == State.SENT, Duration.ofSeconds(45));
            StoredMessage sent = h.message(THANK_YOU).orElseThrow();
            h.delivered(CONTACT, sent.messageId());
        }
    }

    /**
     * The system clock is set back an hour (it was wrong, or a time server corrected it) right after a reply check.
     * Jane then writes, and a thank-you to her falls due on the clock set back: it must not go out on the strength
     * of the check made before, which began "later" than its moment only on the clock as it was.
     */
    @Test
    void after_the_clock_is_set_back_a_message_to_the_company_still_waits_for_a_look_at_the_mailbox()
            throws Exception {
        JumpingClock clock = new JumpingClock();
        try (DaemonHarness h = new DaemonHarness(root, greenMail).clock(clock).mail("imap { poll-interval = 1h }")
                .policyPlus("""
                        thank-you { after = 1h, latest = 48h }
                        debrief { after = 1d }
                        follow-up { after = 7d }
                        """)) {
            h.record("globex", DaemonHarness.interview(Duration.ofHours(1), RAJ, "company = \"Globex\""));
            h.start();
            h.awaitState("globex/thank-you/raj@globex.example", State.SENT);   // after a reply check

            clock.jump(Duration.ofHours(-1));
            IncomingMail.from(CONTACT, "Next steps").deliverTo(h);
            h.record("acme", DaemonHarness.interviewAt(LocalDateTime.now(clock.withZone(DaemonHarness.ZONE))
                    .minusHours(1).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS), JANE, ""));

            h.awaitTrue("the thank-you to be decided", () -> h.message(THANK_YOU)
                    .map(m -> m.state() != State.PLANNED && m.state() != State.SENDING).orElse(false));
            StoredMessage held = h.message(THANK_YOU).orElseThrow();
            assertEquals(State.HELD, held.state(), held.reason());
            assertTrue(held.reason().startsWith("reply from " + CONTACT), held.reason());
            assertEquals(List.of(), h.messageIds(CONTACT), "thanked after she wrote, without a look at the mailbox");
        }
    }

    /**
     * The system clock is set back three hours while the daemon runs: the periodic poll, scheduled on the clock as it
     * was, would not run again until the clock caught up. It is started again, so a company's answer still holds the
     * follow-ups within the minute, and the log says why the mailbox was looked at early.
     */
    @Test
    void after_the_clock_is_set_back_the_mailbox_is_still_polled() throws Exception {
        try (Listened log = Listened.to(Daemon.class);
             DaemonHarness h = new DaemonHarness(root, greenMail).mail("imap { poll-interval = 1h }").policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 7d }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitState(THANK_YOU, State.SENT);
            h.awaitTrue("the first poll", () -> h.pollsFired() >= 1);
            pollAheadBy(h, Duration.ofHours(3));     // what the clock set back three hours leaves in the store

            IncomingMail.from(CONTACT, "Re: Thank you").text("Thanks Alex, we will be in touch next week.\n")
                    .deliverTo(h);
            h.awaitTrue("the answer to hold the follow-up", () -> h.message(FOLLOW_UP).orElseThrow().state()
                    == State.HELD, Duration.ofSeconds(75));
            assertTrue(log.events().stream().anyMatch(e -> e.getFormattedMessage().startsWith("The system clock was set"
                    + " back: the mailbox would not have been looked at again until ")), log.events().toString());
        }
    }

    private static void pollAheadBy(DaemonHarness h, Duration ahead) throws SQLException {
        try (Connection c = h.database().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE qrtz_triggers SET next_fire_time = next_fire_time + ?"
                     + " WHERE trigger_group = 'poll'")) {
            ps.setLong(1, ahead.toMillis());
            assertEquals(1, ps.executeUpdate(), "the poll's trigger");
        }
    }

    private static final String RAJ = "{ name = \"Raj Patel\", email = \"raj@globex.example\" }";

    /** What a machine that slept finds in the scheduler's store: every trigger's next fire time that far behind. */
    private static void triggersBehindBy(DaemonHarness h, Duration behind) throws SQLException {
        try (Connection c = h.database().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE qrtz_triggers SET next_fire_time = next_fire_time - ?"
                     + " WHERE trigger_state = 'WAITING'")) {
            ps.setLong(1, behind.toMillis());
            assertTrue(ps.executeUpdate() > 0, "no trigger was waiting");
        }
    }

    private static Optional<StoredMessage> awayNotice(DaemonHarness h) {
        return h.store().all().stream().filter(s -> s.isNotice() && s.key().startsWith("acme/notice/away:")
                && s.state() == State.SENT).findFirst();
    }
}
