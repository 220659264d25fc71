package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import followup.testing.QuietLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A message the IMAP server cannot serve: asked for its structure, the server drops the connection (some servers'
 * parsers give up on a structure they refuse). Here a proxy in front of GreenMail cuts the connection whenever the
 * client asks for the first message's BODYSTRUCTURE. The polls fail while the message is tried, and after
 * {@link ImapPoller#STRIKES} failures in a row on it, it is read by its headers only, with a warning naming it, so
 * that the reply after it is seen and later polls go on: one such message must not keep the mailbox from being read
 * (and with it every message to a company) for ever.
 */
class UnservableMessageTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final Pattern STRUCTURE_OF_THE_FIRST = Pattern.compile("(?i)FETCH 1 \\(BODYSTRUCTURE");

    /** The warnings about the unservable message, asserted here; any other still shows. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(FolderReader.class, InboxMessages.class);
    private final Classifier classifier = new Classifier(Set.of(GreenMailAccounts.EMAIL),
            FakeCorrelation.ofFixtures());
    private final Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    private GreenMailUser alex;

    @BeforeEach
    void mailboxAndLog() throws Exception {
        alex = GreenMailAccounts.alex(greenMail);
    }

    @Test
    void a_message_whose_content_drops_the_connection_is_read_by_its_headers_after_two_failed_polls()
            throws Exception {
        MemorySyncStateStore positions = new MemorySyncStateStore();
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            try (ImapPoller poller = new ImapPoller(viaProxy, List.of("INBOX"), positions)) {
                List<InboxMessage> seen = new ArrayList<>();
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll); // the connection is kept open
                assertTrue(seen.isEmpty(), seen.toString());
                deliverUnservableAndReply();
                proxy.cutOnCommand(STRUCTURE_OF_THE_FIRST);
                // each failed poll tries twice (again on a new connection): one strike per poll, not per try
                for (int poll = 1; poll <= ImapPoller.STRIKES; poll++) {
                    assertThrows(InboxUnavailableException.class,
                            () -> poller.poll(anHourAgo, classifier::wantsContent, seen::addAll), "poll " + poll);
                    assertTrue(seen.isEmpty(), "a failed poll handed messages over: " + seen);
                }
                int cuts = proxy.cuts();
                assertTrue(cuts > ImapPoller.STRIKES, "the server was not asked for the message's structure: " + cuts);

                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertEquals(cuts, proxy.cuts(), "the message's structure was asked for again");
                assertEquals(2, seen.size(), "both messages, the unservable one and the reply after it: " + seen);
                assertInstanceOf(Verdict.Reply.class, classifier.classify(seen.get(1)));
                assertTrue(seen.get(0).content().isEmpty(), "its content was read");
                assertEquals(List.of("Message UID 1 in folder INBOX was read by its headers only: reading its"
                        + " content made the IMAP server drop the connection, poll after poll"), log.warnings());
            }
        }
    }

    @Test
    void a_message_that_drops_every_new_connection_is_read_by_its_headers_on_the_third_poll() throws Exception {
        deliverUnservableAndReply();
        MemorySyncStateStore positions = new MemorySyncStateStore();
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            proxy.cutOnCommand(STRUCTURE_OF_THE_FIRST);
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            try (ImapPoller poller = new ImapPoller(viaProxy, List.of("INBOX"), positions)) {
                List<InboxMessage> seen = new ArrayList<>();
                for (int poll = 1; poll <= ImapPoller.STRIKES; poll++) {
                    assertThrows(InboxUnavailableException.class,
                            () -> poller.poll(anHourAgo, classifier::wantsContent, seen::addAll));
                    assertTrue(seen.isEmpty(), "a failed poll handed messages over: " + seen);
                    assertTrue(positions.load("INBOX").isEmpty(), "a failed poll saved a position");
                }
                int cuts = proxy.cuts();
                assertTrue(cuts >= ImapPoller.STRIKES, "the server was not asked for the message's structure: " + cuts);

                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertEquals(cuts, proxy.cuts(), "the message's structure was asked for again");
                assertEquals(2, seen.size(), "both messages, the unservable one and the reply after it: " + seen);
                InboxMessage unservable = seen.get(0);
                assertEquals("<unservable@acme.test>", unservable.messageId());
                assertTrue(unservable.content().isEmpty(), "its content was read");
                assertInstanceOf(Verdict.Reply.class, classifier.classify(unservable), "by its headers: a reply");
                assertInstanceOf(Verdict.Reply.class, classifier.classify(seen.get(1)));
                List<String> warnings = log.warnings();
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).contains("UID " + unservable.uid() + " in folder INBOX was read by its"
                        + " headers only"), warnings.toString());

                seen.clear();
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertTrue(seen.isEmpty(), "the next poll handed them over again: " + seen);
            }
        }
    }

    /** A FETCH of the first message's headers, alone or with others ("FETCH 1 (ENVELOPE", "FETCH 1:2 (ENVELOPE"). */
    private static final Pattern HEADERS_OF_THE_FIRST = Pattern.compile("(?i)FETCH 1[:, )][^\\r\\n]*ENVELOPE");

    @Test
    void a_message_whose_headers_drop_the_connection_is_left_unread_after_two_failed_polls_with_a_warning()
            throws Exception {
        MemorySyncStateStore positions = new MemorySyncStateStore();
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            try (ImapPoller poller = new ImapPoller(viaProxy, List.of("INBOX"), positions)) {
                List<InboxMessage> seen = new ArrayList<>();
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll); // the connection is kept open
                deliverUnservableAndReply();
                proxy.cutOnCommand(HEADERS_OF_THE_FIRST);
                for (int poll = 1; poll <= ImapPoller.STRIKES; poll++) {
                    assertThrows(InboxUnavailableException.class,
                            () -> poller.poll(anHourAgo, classifier::wantsContent, seen::addAll), "poll " + poll);
                    assertTrue(seen.isEmpty(), "a failed poll handed messages over: " + seen);
                }
                int cuts = proxy.cuts();

                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertEquals(cuts, proxy.cuts(), "the message's headers were asked for again");
                assertEquals(1, seen.size(), "the reply after the unservable message: " + seen);
                assertInstanceOf(Verdict.Reply.class, classifier.classify(seen.get(0)));
                assertEquals(2, seen.get(0).uid(), seen.toString());
                List<String> warnings = log.warnings();
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).contains("UID 1 in folder INBOX was left unread")
                        && warnings.get(0).contains("look at it in your mail client"), warnings.toString());

                seen.clear();
                proxy.healthy();
                alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertEquals(1, seen.size(), "the next poll reads the new message alone: " + seen);
                assertEquals(3, seen.get(0).uid(), seen.toString());
            }
        }
    }

    @Test
    void one_dropped_connection_while_headers_are_fetched_costs_one_poll_and_loses_nothing() throws Exception {
        MemorySyncStateStore positions = new MemorySyncStateStore();
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            try (ImapPoller poller = new ImapPoller(viaProxy, List.of("INBOX"), positions)) {
                List<InboxMessage> seen = new ArrayList<>();
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                deliverUnservableAndReply();
                proxy.cutOnCommand(HEADERS_OF_THE_FIRST);
                assertThrows(InboxUnavailableException.class,
                        () -> poller.poll(anHourAgo, classifier::wantsContent, seen::addAll));
                proxy.healthy();
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertEquals(2, seen.size(), "both messages, each with its headers: " + seen);
                assertEquals("<unservable@acme.test>", seen.get(0).messageId());
                assertTrue(seen.get(0).content().isPresent(), "a single failure left the message's content unread");
                assertEquals(List.of(), log.warnings(), "a single failure is no news");
            }
        }
    }

    private void deliverUnservableAndReply() {
        alex.deliver(Fixtures.parse("""
                From: Jane Doe <jane@acme.test>
                To: alex@example.test
                Subject: Re: Thank you for the conversation
                Message-ID: <unservable@acme.test>
                In-Reply-To: <thank-you.jane.acme-platform.1@example.test>
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                Thanks Alex, we will be in touch.
                --b--
                """));
        alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
    }

    @Test
    void one_dropped_connection_on_a_message_is_tried_again_with_its_content() throws Exception {
        alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
        MemorySyncStateStore positions = new MemorySyncStateStore();
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            proxy.cutOnCommand(STRUCTURE_OF_THE_FIRST);
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            try (ImapPoller poller = new ImapPoller(viaProxy, List.of("INBOX"), positions)) {
                List<InboxMessage> seen = new ArrayList<>();
                assertThrows(InboxUnavailableException.class,
                        () -> poller.poll(anHourAgo, classifier::wantsContent, seen::addAll));
                proxy.healthy();
                proxy.dropAll();
                poller.poll(anHourAgo, classifier::wantsContent, seen::addAll);
                assertEquals(1, seen.size(), seen.toString());
                assertTrue(seen.get(0).content().isPresent(), "a single failure left the message unread");
                assertEquals(List.of(), log.warnings(), "a single failure is no news");
            }
        }
    }
}
