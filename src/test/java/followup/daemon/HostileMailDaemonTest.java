package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static followup.inbox.HostileMessages.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.inbox.HostileMessages;
import followup.plan.State;
import followup.reliability.Figures;
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole daemon with hostile messages in the sender's inbox while a follow-up is pending: they neither stop the
 * sequence (the follow-up still goes out) nor hold it, each is recorded once with what it is, the poll never fails,
 * and a real reply afterwards (10,000 References with ours in the middle) still holds what is left.
 */
class HostileMailDaemonTest {
    static final Figures.Tally TALLY = new Figures.Tally("hostile mailbox content (through the daemon)",
            HostileMailDaemonTest.class);
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String SECOND = "acme/second-follow-up/jane@acme.example";
    private static final String CALL = "acme/call-reminder/self";
    private static final Pattern UID = Pattern.compile("UID (\\d+) ");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** All of followup's lines: every warning is asserted below, so they are kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of("followup");

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    /** Message-ID (as read; a description when it has none) to the hostile message. */
    private static Map<String, byte[]> hostile(String thankYouId) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("<broken-boundary@elsewhere.test>", HostileMessages.brokenBoundary());
        all.put("<missing-closing-boundary@elsewhere.test>", HostileMessages.missingClosingBoundary());
        all.put("<nested-100@elsewhere.test>", HostileMessages.nestedMultiparts(100, false));
        all.put("<nested-100-report@elsewhere.test>", HostileMessages.nestedMultiparts(100, true));
        all.put("<unknown-transfer-encoding@elsewhere.test>", HostileMessages.unknownTransferEncoding());
        all.put("<report-bad-transfer-encoding@elsewhere.test>",
                HostileMessages.reportWithBadTransferEncoding("jane@acme.example"));
        all.put("<no-from@elsewhere.test>", HostileMessages.noFrom());
        all.put("<no-date@elsewhere.test>", HostileMessages.noDate());
        all.put("(no message-id 1)", HostileMessages.noMessageId());
        all.put("(no message-id 2)", HostileMessages.noHeadersAtAll());
        all.put("<two-froms@elsewhere.test>", HostileMessages.twoFroms("Jane <jane@acme.example>"));
        all.put("<two-message-ids@elsewhere.test>", HostileMessages.twoMessageIds());
        all.put("<two-foreign-in-reply-tos@elsewhere.test>", HostileMessages.twoInReplyTos(
                "two-foreign-in-reply-tos", "<a@elsewhere.test>", "<b@elsewhere.test>"));
        all.put("<eight-bit-garbage@elsewhere.test>", HostileMessages.eightBitGarbage());
        all.put("<nul\uFFFDs@elsewhere.test>", HostileMessages.nulsInHeaders());
        all.put("<unknown-charset-words@elsewhere.test>", HostileMessages.unknownCharsetWords());
        all.put("<unknown-charset-parameter@elsewhere.test>", HostileMessages.unknownCharsetParameter(
                "nobody@elsewhere.test", "<not-ours@elsewhere.test>"));
        all.put("<huge@elsewhere.test>", HostileMessages.huge(30 * 1024 * 1024));
        all.put("<report-without-original@elsewhere.test>", HostileMessages.reportWithoutOriginal(
                "nobody@elsewhere.test", "failed"));
        all.put("<report-garbage-status@elsewhere.test>", HostileMessages.reportWithGarbageStatus(thankYouId));
        all.put("<refs-foreign@elsewhere.test>", HostileMessages.manyReferences("refs-foreign", 10_000,
                "<not-ours@elsewhere.test>", 5_000));
        all.put("<forged-own@elsewhere.test>", HostileMessages.forgedOwn(SENDER, thankYouId));
        return all;
    }

    /** The four that cannot be read whole: a report nested 100 deep, two broken reports, a From with a NUL. */
    private static final int PARTLY_READ = 4;

    @Test
    void hostile_messages_in_the_inbox_neither_stop_nor_hold_a_pending_follow_up_and_a_real_reply_still_holds()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.policyPlus("""
                    follow-up { after = 10s }
                    second-follow-up { after = 60s }
                    """);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYouId = h.message(THANK_YOU).orElseThrow().messageId();
            GreenMailUser alex = greenMail.getUserManager().getUserByEmail(SENDER);
            Map<String, byte[]> hostile = hostile(thankYouId);
            hostile.values().forEach(bytes -> alex.deliver(HostileMessages.mime(bytes)));
            TALLY.cases(hostile.size());

            h.awaitState(THANK_YOU, State.SENT);
            h.awaitPolls(2);
            // with several workers a poll can end while another, begun earlier, still reads: wait for the records
            // (the whole test takes 14 s on an idle machine; this wait, the 30 MB message among them, took over
            // 30 s once on a busy one, and over 90 s on a machine running other daemon tests beside it)
            List<String> withIds = hostile.keySet().stream().filter(id -> id.startsWith("<")).toList();
            h.awaitTrue("every hostile message with a Message-ID recorded",
                    () -> {
                        try {
                            return seenInInbox(h).keySet().containsAll(withIds);
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }, Duration.ofSeconds(180));
            Map<String, List<String>> seen = seenInInbox(h);
            for (String id : hostile.keySet()) {
                if (id.startsWith("<")) {
                    List<String> verdicts = seen.getOrDefault(id, List.of());
                    assertEquals(List.of(id.equals("<forged-own@elsewhere.test>") ? "own" : "unrelated"),
                            verdicts, "recorded once, as what it is: " + id);
                }
            }
            assertEquals(2, seen.getOrDefault(null, List.of()).size(), "the two without a Message-ID: " + seen);
            State followUp = h.message(FOLLOW_UP).orElseThrow().state();
            if (followUp == State.HELD) {
                TALLY.lost(1);
            }
            assertTrue(Set.of(State.PLANNED, State.SENDING, State.SENT).contains(followUp), "follow-up " + followUp);

            h.awaitState(FOLLOW_UP, State.SENT);
            String followUpId = h.message(FOLLOW_UP).orElseThrow().messageId();
            alex.deliver(HostileMessages.mime(HostileMessages.manyReferences("real-reply", 10_000, followUpId,
                    5_000)));
            TALLY.cases(1);
            h.awaitState(SECOND, State.HELD);
            assertEquals("reply from " + STRANGER, h.message(SECOND).orElseThrow().reason().replaceAll(" at .*", ""));
            assertEquals(State.HELD, h.message(CALL).orElseThrow().state());
            assertEquals(List.of(thankYouId, followUpId), h.messageIds("jane@acme.example"));

            assertLog(hostile.size());
        }
    }

    /**
     * Two rounds at the same company, with the longest ids a record may have: one message from the company's domain
     * is a reply to both. Recording it must not break on the two ids together, or the poll would fail on it forever
     * and never see the message after it.
     */
    @Test
    void a_message_concerning_several_interviews_with_long_ids_is_recorded_and_the_poll_goes_on() throws Exception {
        String first = "acme-platform-engineer-first-round-with-the-hiring-manager-2026";
        String second = "acme-platform-engineer-second-round-with-the-whole-team-2026-11";
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.policyPlus("thank-you { after = 300s, latest = 600s }\n"); // pending throughout
            h.record(first, DaemonHarness.interview(Duration.ofMinutes(1), JANE, ""));
            h.record(second, DaemonHarness.interview(Duration.ofMinutes(1), JANE, ""));
            h.start();
            GreenMailUser alex = greenMail.getUserManager().getUserByEmail(SENDER);
            alex.deliver(HostileMessages.mime(HostileMessages.raw("""
                    From: HR <hr@acme.example>
                    Subject: Next steps
                    Message-ID: <both-rounds@acme.example>

                    Hello.
                    """)));
            alex.deliver(HostileMessages.mime(HostileMessages.noDate()));
            TALLY.cases(2);
            try {
                h.awaitTrue("the message after it to be recorded", () -> {
                    try {
                        return seenInInbox(h).containsKey("<no-date@elsewhere.test>");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (AssertionError e) {
                TALLY.crashes(1); // the poll fails on the first message forever
                throw e;
            }
            assertEquals(List.of("reply"), seenInInbox(h).get("<both-rounds@acme.example>"));
            for (String id : List.of(first, second)) {
                assertEquals(State.HELD, h.message(id + "/thank-you/jane@acme.example").orElseThrow().state(), id);
            }
            assertEquals(List.of(), log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(ILoggingEvent::getFormattedMessage).toList());
        }
    }

    /** One warning per message read only in part, none about anything else, no failed poll. */
    private void assertLog(int delivered) {
        List<String> warnings = log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
        List<String> partly = warnings.stream().filter(w -> w.contains("was read only in part")).toList();
        Map<String, Integer> perUid = new HashMap<>();
        for (String w : partly) {
            Matcher m = UID.matcher(w);
            assertTrue(m.find(), w);
            perUid.merge(m.group(1), 1, Integer::sum);
        }
        assertEquals(PARTLY_READ, partly.size(), "warnings: " + warnings);
        assertTrue(perUid.values().stream().allMatch(n -> n == 1), "one line per message: " + partly);
        List<String> others = new ArrayList<>(warnings);
        others.removeAll(partly);
        if (!others.isEmpty()) {
            TALLY.crashes(others.stream().filter(w -> w.contains("Mailbox unreachable")).count());
        }
        assertEquals(List.of(), others, "no other warning among " + delivered + " hostile messages");
    }

    /** Message-ID (null when it has none) to the verdicts recorded for it in INBOX. */
    private static Map<String, List<String>> seenInInbox(DaemonHarness h) throws SQLException {
        Map<String, List<String>> seen = new HashMap<>();
        try (Connection c = h.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT message_id, verdict FROM fu_mail_seen"
                     + " WHERE folder = 'INBOX'")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return seen;
    }
}
