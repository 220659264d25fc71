package followup.inbox;

import static followup.inbox.Fixtures.THANK_YOU_JANE;
import static followup.inbox.GreenMailAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import followup.testing.QuietLog;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The incremental poll against an in-process IMAP server. */
class ImapPollerTest {
    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
    /** The warning about a message read only in part, asserted where a test provokes it. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(InboxMessages.class, FolderReader.class);

    private final MemorySyncStateStore sync = new MemorySyncStateStore();
    private final Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    private GreenMailUser alex;

    @BeforeEach
    void createMailbox() {
        alex = GreenMailAccounts.alex(greenMail);
    }

    private ImapPoller poller() {
        return new ImapPoller(GreenMailAccounts.connector(greenMail), List.of("INBOX"), sync);
    }

    private void deliverFixtures() {
        Fixtures.ALL.forEach(name -> alex.deliver(Fixtures.load(name)));
    }

    private static Set<String> ids(List<InboxMessage> messages) {
        return messages.stream().map(InboxMessage::messageId).collect(Collectors.toSet());
    }

    private static Set<String> fixtureIds() {
        return Fixtures.ALL.stream().map(name -> InboxMessages.firstId(header(Fixtures.load(name))))
                .collect(Collectors.toSet());
    }

    private static String header(MimeMessage m) {
        return InboxMessages.header(m, "Message-ID");
    }

    @Test
    void first_poll_returns_the_preloaded_messages_and_saves_where_it_left_off() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            List<InboxMessage> messages = poller.poll(anHourAgo);
            assertEquals(6, messages.size());
            assertEquals(fixtureIds(), ids(messages));
            long lastUid = messages.get(messages.size() - 1).uid();
            assertEquals(lastUid, sync.saved.get("INBOX").lastUid());
            assertTrue(messages.stream().allMatch(m -> m.folder().equals("INBOX")
                    && !m.received().isBefore(anHourAgo)));
        }
    }

    @Test
    void messages_read_over_imap_carry_the_same_facts_as_the_fixture_files() throws Exception {
        deliverFixtures();
        List<InboxMessage> polled;
        try (ImapPoller poller = poller()) {
            polled = poller.poll(anHourAgo);
        }
        for (String name : Fixtures.ALL) {
            InboxMessage file = Fixtures.read(name);
            InboxMessage imap = polled.stream().filter(m -> file.messageId().equals(m.messageId())).findFirst()
                    .orElseThrow();
            InboxMessage imapAsFile = new InboxMessage(file.folder(), file.uid(), file.received(), imap.messageId(),
                    imap.from(), imap.subject(), imap.referencedIds(), imap.autoReplySignal(), imap.report(),
                    imap.details(), imap.content());
            assertEquals(file, imapAsFile, name);
        }
    }

    @Test
    void the_bounce_comes_back_with_its_delivery_report_parsed() {
        alex.deliver(Fixtures.load(Fixtures.BOUNCE));
        try (ImapPoller poller = poller()) {
            DeliveryReport report = poller.poll(anHourAgo).get(0).report().orElseThrow();
            assertEquals("someone@bounce.test", report.recipients().get(0).finalRecipient());
            assertEquals("failed", report.recipients().get(0).action());
            assertEquals("5.1.1", report.recipients().get(0).status());
            assertEquals(List.of(THANK_YOU_JANE), report.originalMessageIds());
        }
    }

    @Test
    void a_second_poll_with_nothing_new_returns_nothing() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            poller.poll(anHourAgo);
            FolderSync after = sync.saved.get("INBOX");
            assertEquals(List.of(), poller.poll(anHourAgo));
            assertEquals(after, sync.saved.get("INBOX"));
        }
    }

    @Test
    void a_message_arriving_after_a_poll_is_returned_alone_by_the_next_poll() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            poller.poll(anHourAgo);
            GreenMailUtil.sendTextEmail(GreenMailAccounts.EMAIL, "jane@acme.test", "Re: Thank you", "See you!",
                    greenMail.getSmtp().getServerSetup());
            assertTrue(greenMail.waitForIncomingEmail(5_000, 7));

            List<InboxMessage> next = poller.poll(anHourAgo);
            assertEquals(1, next.size());
            assertEquals("jane@acme.test", next.get(0).from());
            assertEquals("Re: Thank you", next.get(0).subject());
            assertEquals(next.get(0).uid(), sync.saved.get("INBOX").lastUid());
        }
    }

    @Test
    void a_changed_uidvalidity_resynchronises_from_since_and_stores_the_new_uidvalidity() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            List<InboxMessage> first = poller.poll(anHourAgo);
            FolderSync real = sync.saved.get("INBOX");
            sync.save("INBOX", new FolderSync(real.uidValidity() + 1, real.lastUid()));

            List<InboxMessage> again = poller.poll(anHourAgo);
            // The same messages again: callers de-duplicate by folder + UIDVALIDITY + UID, or by Message-ID.
            assertEquals(ids(first), ids(again));
            assertEquals(real, sync.saved.get("INBOX"));
            assertEquals(List.of(), poller.poll(anHourAgo));
        }
    }

    @Test
    void a_first_poll_that_finds_nothing_since_still_starts_the_next_poll_after_the_existing_messages() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            assertEquals(List.of(), poller.poll(Instant.now().plus(Duration.ofDays(2))));
            alex.deliver(Fixtures.parse("From: jane@acme.test\nMessage-ID: <new@acme.test>\nSubject: Hi\n\nHi\n"));
            List<InboxMessage> next = poller.poll(anHourAgo);
            assertEquals(Set.of("<new@acme.test>"), ids(next));
        }
    }

    @Test
    void messages_received_before_since_are_skipped_but_not_read_again() throws Exception {
        Instant longAgo = Instant.parse("2020-01-15T10:00:00Z");
        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            MimeMessage old = new MimeMessage(Fixtures.load(Fixtures.HUMAN_REPLY)) {
                @Override
                public Date getReceivedDate() {
                    return Date.from(longAgo);
                }
            };
            store.getFolder("INBOX").appendMessages(new Message[] {old});
        }
        alex.deliver(Fixtures.load(Fixtures.VACATION));
        try (ImapPoller poller = poller()) {
            List<InboxMessage> messages = poller.poll(Instant.parse("2026-11-01T00:00:00Z"));
            assertEquals(1, messages.size());
            assertEquals("jane@acme.test", messages.get(0).from());
            assertTrue(messages.get(0).autoReplySignal().isPresent());
            assertEquals(List.of(), poller.poll(longAgo.minus(Duration.ofDays(1))),
                    "an earlier since does not re-read old UIDs: that is what rescan is for");
            assertEquals(2, poller.rescan(longAgo.minus(Duration.ofDays(1))).size());
        }
    }

    @Test
    void rescan_returns_everything_since_without_moving_the_saved_position() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            poller.poll(anHourAgo);
            FolderSync saved = sync.saved.get("INBOX");
            assertEquals(fixtureIds(), ids(poller.rescan(anHourAgo)));
            assertEquals(saved, sync.saved.get("INBOX"));
        }
    }

    @Test
    void the_sink_variant_saves_a_folder_only_after_its_messages_were_taken() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            assertThrows(IllegalStateException.class, () -> poller.poll(anHourAgo, batch -> {
                throw new IllegalStateException("database down");
            }));
            assertFalse(sync.saved.containsKey("INBOX"));

            List<InboxMessage> taken = new ArrayList<>();
            poller.poll(anHourAgo, taken::addAll);
            assertEquals(6, taken.size());
            assertTrue(sync.saved.containsKey("INBOX"));
        }
    }

    @Test
    void a_poll_reads_headers_only_and_never_fetches_a_body() {
        String body = "x".repeat(100) + "\r\n";
        for (int i = 0; i < 200; i++) {
            alex.deliver(Fixtures.parse("From: sender" + i + "@big.example\nMessage-ID: <big." + i
                    + "@big.example>\nSubject: Large " + i + "\n\n" + body.repeat(1000)));
        }
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        ImapConnector traced = GreenMailAccounts.connector(greenMail,
                new PrintStream(trace, true, StandardCharsets.UTF_8));
        try (ImapPoller poller = new ImapPoller(traced, List.of("INBOX"), sync)) {
            assertEquals(200, poller.poll(anHourAgo).size());
        }
        String protocol = trace.toString(StandardCharsets.UTF_8);
        assertTrue(protocol.contains("BODY.PEEK[HEADER.FIELDS"), "fetches the header fields");
        for (String whole : List.of("BODY[]", "BODY.PEEK[]", "BODY[TEXT]", "BODY.PEEK[TEXT]", "RFC822)", "RFC822 ")) {
            assertFalse(protocol.contains(whole), "never fetches " + whole);
        }
        // 200 bodies of 100 kB would be 20 MB of trace.
        assertTrue(protocol.length() < 1_000_000, "trace is " + protocol.length() + " characters");
        assertFalse(protocol.contains(PASSWORD), "the protocol trace never shows the password");
    }

    @Test
    void a_delivery_report_fetches_only_its_small_parts() {
        alex.deliver(Fixtures.load(Fixtures.BOUNCE));
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        ImapConnector traced = GreenMailAccounts.connector(greenMail,
                new PrintStream(trace, true, StandardCharsets.UTF_8));
        try (ImapPoller poller = new ImapPoller(traced, List.of("INBOX"), sync)) {
            assertTrue(poller.poll(anHourAgo).get(0).report().isPresent());
        }
        String protocol = trace.toString(StandardCharsets.UTF_8);
        assertTrue(protocol.contains("BODY.PEEK[2]"), "fetches the delivery-status part");
        assertFalse(protocol.contains("BODY.PEEK[3]"), "the attached original comes from BODYSTRUCTURE");
        assertFalse(protocol.contains("BODY.PEEK[1]"), "not the human-readable notification");
    }

    @Test
    void a_message_that_cannot_be_parsed_is_returned_with_what_could_be_read_and_the_poll_goes_on() {
        alex.deliver(Fixtures.parse("""
                From: MAILER-DAEMON@acme.example
                Message-ID: <broken@acme.example>
                Subject: Undelivered
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Sorry.
                --b
                Content-Type: message/delivery-status

                this is not a delivery status at all
                --b--
                """));
        alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
        try (ImapPoller poller = poller()) {
            List<InboxMessage> messages = poller.poll(anHourAgo);
            assertEquals(2, messages.size());
            assertEquals("<broken@acme.example>", messages.get(0).messageId());
            assertEquals(Optional.of(new DeliveryReport(List.of(), List.of())), messages.get(0).report());
            assertEquals("jane@acme.test", messages.get(1).from());
            List<String> warnings = log.warnings();
            assertEquals(1, warnings.size(), "one warning, for the broken report only: " + warnings);
            assertTrue(warnings.get(0).startsWith("Message UID " + messages.get(0).uid() + " in folder INBOX was read"
                    + " only in part: "), warnings.get(0));
        }
    }

    @Test
    void a_missing_folder_makes_the_inbox_unavailable_naming_the_folder() {
        try (ImapPoller poller = new ImapPoller(GreenMailAccounts.connector(greenMail), List.of("INBOX", "Replies"),
                sync)) {
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class,
                    () -> poller.poll(anHourAgo));
            assertTrue(e.getMessage().contains("\"Replies\" does not exist"), e.getMessage());
            assertFalse(sync.saved.containsKey("INBOX"), "nothing saved when a folder fails");
        }
    }

    @Test
    void a_server_that_went_away_makes_the_inbox_unavailable_without_showing_the_password() {
        deliverFixtures();
        try (ImapPoller poller = poller()) {
            poller.poll(anHourAgo);
            greenMail.stop();
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class,
                    () -> poller.poll(anHourAgo));
            assertTrue(e.getMessage().contains("127.0.0.1:"), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
        }
    }

    @Test
    void nothing_listening_on_the_port_makes_the_inbox_unavailable_without_showing_the_password() throws Exception {
        int port = GreenMailAccounts.closedPort();
        ImapConnector nowhere = new ImapConnector(GreenMailAccounts.server(port, Settings.Security.PLAIN, PASSWORD));
        try (ImapPoller poller = new ImapPoller(nowhere, List.of("INBOX"), sync)) {
            InboxUnavailableException e = assertThrows(InboxUnavailableException.class,
                    () -> poller.poll(anHourAgo));
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
        }
    }
}
