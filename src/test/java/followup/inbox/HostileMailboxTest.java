package followup.inbox;

import static followup.inbox.Fixtures.THANK_YOU_JANE;
import static followup.inbox.HostileMessages.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.management.ThreadMXBean;
import followup.config.Settings;
import followup.reliability.Figures;
import followup.testing.QuietLog;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile messages delivered into the polled INBOX, read by the real poller over IMAP and classified by the real
 * classifier. For each: the poll neither fails nor stops (the real reply delivered after it is still seen and is
 * still a reply), the hostile message is not a reply unless it really is one, and exactly one warning is logged for
 * a message that could be read only in part (none for one that was read whole).
 */
class HostileMailboxTest {
    static final Figures.Tally TALLY = new Figures.Tally("hostile mailbox content (hand-written cases)",
            HostileMailboxTest.class);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    /** The warnings the hostile messages provoke, asserted for each and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(InboxMessages.class, FolderReader.class);
    private final Classifier classifier = new Classifier(Set.of(GreenMailAccounts.EMAIL),
            FakeCorrelation.ofFixtures());
    private final Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    private GreenMailUser alex;

    @BeforeEach
    void emptyMailboxAndCaptureLog() throws Exception {
        alex = GreenMailAccounts.alex(greenMail);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    /** What one hostile message came to, and what polling and classifying it cost this thread. */
    private record Outcome(InboxMessage message, Verdict verdict, Duration took, long allocatedBytes) {
    }

    /**
     * Delivers {@code hostile} then a real reply from the company, polls once and classifies both: the reply must
     * be seen and still be a reply, the hostile message must be {@code expected}, and the warnings must be one for
     * it if {@code warns}, else none.
     */
    private Outcome survives(byte[] hostile, Class<? extends Verdict> expected, boolean warns) {
        return survives(hostile, expected, warns, GreenMailAccounts.connector(greenMail));
    }

    private Outcome survives(byte[] hostile, Class<? extends Verdict> expected, boolean warns,
                             ImapConnector connector) {
        TALLY.cases(1);
        alex.deliver(HostileMessages.mime(hostile));
        alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
        List<InboxMessage> polled;
        Verdict verdict;
        Verdict next;
        Instant start = Instant.now();
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        try (ImapPoller poller = new ImapPoller(connector, List.of("INBOX"), new MemorySyncStateStore())) {
            polled = poller.poll(anHourAgo);
            if (polled.size() != 2) {
                TALLY.lost(1);
                fail("expected the hostile message and the reply after it, polled "
                        + polled.stream().map(HostileMailboxTest::brief).toList());
            }
            verdict = classifier.classify(polled.get(0));
            next = classifier.classify(polled.get(1));
        } catch (RuntimeException e) {
            TALLY.crashes(1);
            throw e;
        }
        Duration took = Duration.between(start, Instant.now());
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        boolean isReply = verdict instanceof Verdict.Reply;
        if (!(next instanceof Verdict.Reply) || isReply != (expected == Verdict.Reply.class)) {
            TALLY.lost(1); // a real reply missed, or a sequence held by a message that is no reply
        }
        assertInstanceOf(Verdict.Reply.class, next, "the real reply after the hostile message");
        assertEquals("jane@acme.test", polled.get(1).from());
        assertInstanceOf(expected, verdict, "the hostile message: " + brief(polled.get(0)));
        assertWarnings(polled.get(0).uid(), warns ? 1 : 0);
        assertWarnings(polled.get(1).uid(), 0);
        assertEquals(warns ? 1 : 0, log.warnings().size(), "warnings about anything: " + log.warnings());
        assertNoControlCharacters(polled.get(0));
        return new Outcome(polled.get(0), verdict, took, allocated);
    }

    /** A message for a failure report, without its thousands of references. */
    static String brief(InboxMessage m) {
        List<String> refs = m.referencedIds();
        return "UID " + m.uid() + " " + m.messageId() + " from " + m.from() + " subject " + m.subject() + ", "
                + refs.size() + " reference(s) " + (refs.size() > 4 ? refs.subList(0, 4) + "..." : refs)
                + ", signal " + m.autoReplySignal() + ", report " + m.report();
    }

    private void assertWarnings(long uid, int expected) {
        List<String> lines = log.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("UID " + uid + " ")).toList();
        assertEquals(expected, lines.size(), "warnings about UID " + uid + ": " + lines);
        lines.forEach(line -> assertFalse(CONTROL.matcher(line).find(), "control character logged: " + line));
    }

    /** Nothing read from a message may carry control characters into logs, the database or {@code status}. */
    private static void assertNoControlCharacters(InboxMessage m) {
        for (String field : new String[] {m.messageId(), m.from(), m.subject()}) {
            assertFalse(field != null && CONTROL.matcher(field).find(), "control character in " + field);
        }
        m.referencedIds().forEach(id -> assertFalse(CONTROL.matcher(id).find(), "control character in " + id));
    }

    // --- malformed MIME

    @Test
    void a_multipart_whose_boundary_never_occurs_is_read_from_its_headers() {
        Outcome o = survives(HostileMessages.brokenBoundary(), Verdict.Unrelated.class, false);
        assertEquals(STRANGER, o.message().from());
    }

    @Test
    void a_multipart_without_its_closing_boundary_is_read_from_its_headers() {
        survives(HostileMessages.missingClosingBoundary(), Verdict.Unrelated.class, false);
    }

    @Test
    void multiparts_nested_100_deep_are_read_from_their_headers() {
        survives(HostileMessages.nestedMultiparts(100, false), Verdict.Unrelated.class, false);
    }

    @Test
    void a_delivery_report_nested_100_deep_has_no_recipients_and_one_warning() {
        Outcome o = survives(HostileMessages.nestedMultiparts(100, true), Verdict.Unrelated.class, true);
        assertEquals(new DeliveryReport(List.of(), List.of()), o.message().report().orElseThrow());
    }

    @Test
    void an_unknown_content_transfer_encoding_is_read_from_its_headers() {
        survives(HostileMessages.unknownTransferEncoding(), Verdict.Unrelated.class, false);
    }

    @Test
    void a_delivery_report_whose_status_part_is_not_really_base64_is_no_bounce() {
        survives(HostileMessages.reportWithBadTransferEncoding("jane@acme.test"), Verdict.Unrelated.class, true);
    }

    // --- missing headers

    @Test
    void a_message_without_from_matches_nobody() {
        Outcome o = survives(HostileMessages.noFrom(), Verdict.Unrelated.class, false);
        assertNull(o.message().from());
    }

    @Test
    void a_message_without_date_is_dated_by_the_server() {
        Outcome o = survives(HostileMessages.noDate(), Verdict.Unrelated.class, false);
        assertFalse(o.message().received().isBefore(anHourAgo));
    }

    @Test
    void a_message_without_message_id_is_still_classified() {
        Outcome o = survives(HostileMessages.noMessageId(), Verdict.Unrelated.class, false);
        assertNull(o.message().messageId());
    }

    @Test
    void a_message_without_any_header_is_still_classified() {
        survives(HostileMessages.noHeadersAtAll(), Verdict.Unrelated.class, false);
    }

    // --- duplicated headers

    @Test
    void of_two_from_fields_the_first_is_the_sender() {
        Outcome o = survives(HostileMessages.twoFroms("Jane <jane@acme.test>"), Verdict.Unrelated.class, false);
        assertEquals(STRANGER, o.message().from());
    }

    @Test
    void of_two_message_ids_the_first_is_kept() {
        Outcome o = survives(HostileMessages.twoMessageIds(), Verdict.Unrelated.class, false);
        assertEquals("<two-message-ids@elsewhere.test>", o.message().messageId());
    }

    @Test
    void a_second_in_reply_to_naming_our_message_still_makes_a_reply() {
        Outcome o = survives(HostileMessages.twoInReplyTos("two-in-reply-tos", "<other@elsewhere.test>",
                THANK_YOU_JANE), Verdict.Reply.class, false);
        assertEquals(List.of("<other@elsewhere.test>", THANK_YOU_JANE), o.message().referencedIds());
    }

    @Test
    void two_in_reply_to_fields_naming_nothing_of_ours_are_no_reply() {
        survives(HostileMessages.twoInReplyTos("two-foreign-in-reply-tos", "<a@elsewhere.test>",
                "<b@elsewhere.test>"), Verdict.Unrelated.class, false);
    }

    // --- garbage in headers

    @Test
    void eight_bit_garbage_in_headers_is_read_without_failing() {
        Outcome o = survives(HostileMessages.eightBitGarbage(), Verdict.Unrelated.class, false);
        assertEquals(STRANGER, o.message().from());
        assertNotNull(o.message().subject());
    }

    @Test
    void nuls_and_control_characters_in_headers_never_reach_the_fields_read() {
        Outcome o = survives(HostileMessages.nulsInHeaders(), Verdict.Unrelated.class, true);
        assertNull(o.message().from(), "an address with a NUL in it is no address");
        assertTrue(o.message().subject().contains("forged line"), o.message().subject());
    }

    @Test
    void encoded_words_in_an_unknown_charset_are_kept_undecoded() {
        Outcome o = survives(HostileMessages.unknownCharsetWords(), Verdict.Unrelated.class, false);
        assertEquals(STRANGER, o.message().from());
        assertTrue(o.message().subject().contains("x-unknown"), o.message().subject());
    }

    @Test
    void an_unknown_charset_parameter_does_not_stop_a_delivery_report_from_being_read() {
        Outcome o = survives(HostileMessages.unknownCharsetParameter("jane@acme.test", THANK_YOU_JANE),
                Verdict.Delayed.class, false);
        assertEquals(List.of(THANK_YOU_JANE), o.message().report().orElseThrow().originalMessageIds());
    }

    // --- size

    /**
     * The poll fetches header fields only: through a counting proxy, the server sends under 64 kB for a 30 MB
     * message, and the polling thread allocates a few MB, not the 30 MB body.
     */
    @Test
    void a_30_mb_message_is_polled_by_its_headers_only_in_little_time_and_memory() throws Exception {
        byte[] huge = HostileMessages.huge(30 * 1024 * 1024);
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            Outcome o = survives(huge, Verdict.Unrelated.class, false, viaProxy);
            assertTrue(proxy.bytesToClient() < 64 * 1024, "the server sent " + proxy.bytesToClient() + " bytes");
            assertTrue(o.allocatedBytes() < 16_000_000, "polling allocated " + o.allocatedBytes() + " bytes");
            assertTrue(o.took().compareTo(Duration.ofSeconds(10)) < 0, "took " + o.took());
            assertEquals("<huge@elsewhere.test>", o.message().messageId());
        }
    }

    // --- delivery reports

    @Test
    void a_report_without_the_original_message_about_a_stranger_is_unrelated() {
        survives(HostileMessages.reportWithoutOriginal("nobody@elsewhere.test", "failed"), Verdict.Unrelated.class,
                false);
    }

    @Test
    void a_report_without_the_original_message_about_our_recipient_is_a_bounce_by_recipient() {
        Outcome o = survives(HostileMessages.reportWithoutOriginal("jane@acme.test", "failed"), Verdict.Bounce.class,
                false);
        assertEquals(Set.of("jane@acme.test"), ((Verdict.Bounce) o.verdict()).failedRecipients());
    }

    @Test
    void a_report_whose_status_part_is_garbage_is_no_bounce_even_about_our_message() {
        Outcome o = survives(HostileMessages.reportWithGarbageStatus(THANK_YOU_JANE), Verdict.Unrelated.class, true);
        assertEquals(List.of(THANK_YOU_JANE), o.message().report().orElseThrow().originalMessageIds());
    }

    // --- References with 10,000 ids

    @Test
    void ten_thousand_references_with_ours_last_still_make_a_reply_quickly() {
        Outcome o = survives(HostileMessages.manyReferences("refs-last", 10_000, THANK_YOU_JANE, 9_999),
                Verdict.Reply.class, false);
        assertTrue(o.took().compareTo(Duration.ofSeconds(10)) < 0, "took " + o.took());
    }

    @Test
    void ten_thousand_references_with_ours_in_the_middle_still_make_a_reply_quickly() {
        Outcome o = survives(HostileMessages.manyReferences("refs-middle", 10_000, THANK_YOU_JANE, 5_000),
                Verdict.Reply.class, false);
        assertTrue(o.took().compareTo(Duration.ofSeconds(10)) < 0, "took " + o.took());
        assertEquals("references " + THANK_YOU_JANE, ((Verdict.Reply) o.verdict()).why());
    }

    // --- forged From

    /** PRODUCT.md section 4: "Never a reply: anything the sender sent (From is the sender ...)", forged or not. */
    @Test
    void a_message_forged_to_come_from_the_sender_is_own_and_never_a_reply() {
        Outcome o = survives(HostileMessages.forgedOwn(GreenMailAccounts.EMAIL, THANK_YOU_JANE), Verdict.Own.class,
                false);
        assertEquals(List.of(THANK_YOU_JANE), o.message().referencedIds());
    }
}
