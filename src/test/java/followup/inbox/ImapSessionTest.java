package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import followup.plan.SettableClock;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mailbox's one IMAP connection: polls, copies to the sent folder and look-ups there share it; an unchanged
 * folder costs one STATUS; a connection the server dropped is replaced without failing the work.
 */
class ImapSessionTest {
    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final MemorySyncStateStore sync = new MemorySyncStateStore();
    private final Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    private final SettableClock clock = new SettableClock(Instant.parse("2027-01-14T19:00:00Z"));
    private GreenMailUser alex;

    @BeforeEach
    void createMailbox() {
        alex = GreenMailAccounts.alex(greenMail);
    }

    private static MimeMessage sentCopy(int n) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(GreenMailAccounts.EMAIL));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("jane" + n + "@acme.test"));
        m.setSubject("Thank you " + n);
        m.setText("Thank you.");
        m.saveChanges();   // as the sender leaves it: saved, with the Message-ID fixed before the first attempt
        m.setHeader("Message-ID", "<thank-you." + n + "@example.test>");
        return m;
    }

    @Test
    void polls_copies_to_the_sent_folder_and_look_ups_there_share_one_login() throws Exception {
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapSession session = new ImapSession(new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD)), clock);
            ImapPoller poller = new ImapPoller(session, List.of("INBOX"), sync);
            SentFolder sent = new SentFolder(session, "Sent");
            alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
            assertEquals(1, poller.poll(anHourAgo).size());
            for (int i = 0; i < 20; i++) {
                sent.append(sentCopy(i));
                assertEquals(List.of(), poller.poll(anHourAgo));
            }
            assertTrue(sent.contains("<thank-you.7@example.test>"));
            assertFalse(sent.contains("<thank-you.70@example.test>"));
            assertEquals(1, proxy.connections(), "one connection for 21 polls, 20 copies and 2 look-ups");
            assertEquals(1, session.connects());
            session.close();
        }
    }

    @Test
    void a_poll_of_an_unchanged_folder_asks_status_and_never_selects_it() {
        for (int i = 0; i < 50; i++) {
            alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
        }
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        ImapSession session = new ImapSession(GreenMailAccounts.connector(greenMail,
                new PrintStream(trace, true, StandardCharsets.UTF_8)), clock);
        try (ImapPoller poller = new ImapPoller(session, List.of("INBOX"), sync)) {
            assertEquals(50, poller.poll(anHourAgo).size());
            trace.reset();
            assertEquals(List.of(), poller.poll(anHourAgo));
            String unchanged = trace.toString(StandardCharsets.UTF_8);
            assertTrue(unchanged.contains("STATUS INBOX (UIDNEXT UIDVALIDITY)"), unchanged);
            assertFalse(unchanged.contains("EXAMINE"), unchanged);
            assertFalse(unchanged.contains("FETCH"), unchanged);

            alex.deliver(Fixtures.load(Fixtures.BOUNCE));
            trace.reset();
            assertEquals(1, poller.poll(anHourAgo).size(), "a new message is read after the STATUS");
            assertTrue(trace.toString(StandardCharsets.UTF_8).contains("EXAMINE"));
        }
    }

    @Test
    void a_connection_the_server_dropped_while_idle_is_replaced_and_the_poll_succeeds() throws Exception {
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapSession session = new ImapSession(new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD)), clock);
            try (ImapPoller poller = new ImapPoller(session, List.of("INBOX"), sync)) {
                assertEquals(List.of(), poller.poll(anHourAgo));
                proxy.dropAll();
                alex.deliver(Fixtures.load(Fixtures.HUMAN_REPLY));
                assertEquals(1, poller.poll(anHourAgo).size(), "read on a new connection");
                assertEquals(2, session.connects());

                proxy.dropAll();
                clock.advance(Duration.ofMinutes(1));
                assertEquals(List.of(), poller.poll(anHourAgo), "probed with a NOOP after a minute idle");
                assertEquals(3, session.connects());
            }
        }
    }

    @Test
    void an_idle_connection_is_closed_and_the_next_use_opens_a_new_one() {
        try (ImapPoller poller = new ImapPoller(new ImapSession(GreenMailAccounts.connector(greenMail), clock),
                List.of("INBOX"), sync)) {
            ImapSession session = sessionOf(poller);
            poller.poll(anHourAgo);
            session.closeIfIdle(Duration.ofMinutes(10));
            clock.advance(Duration.ofMinutes(5));
            session.closeIfIdle(Duration.ofMinutes(10));
            poller.poll(anHourAgo);
            assertEquals(1, session.connects(), "five minutes idle: still open");
            clock.advance(Duration.ofMinutes(11));
            session.closeIfIdle(Duration.ofMinutes(10));
            poller.poll(anHourAgo);
            assertEquals(2, session.connects(), "closed after eleven minutes idle");
        }
    }

    /**
     * The machine slept for hours with the connection open: the first poll after waking opens a new connection
     * instead of sending a NOOP on the old one, which could wait the whole timeout if its network is gone.
     */
    @Test
    void a_connection_that_outlived_a_sleeping_machine_is_replaced_without_a_noop() {
        try (ImapPoller poller = new ImapPoller(new ImapSession(GreenMailAccounts.connector(greenMail), clock),
                List.of("INBOX"), sync)) {
            ImapSession session = sessionOf(poller);
            poller.poll(anHourAgo);
            clock.advance(Duration.ofMinutes(14));
            poller.poll(anHourAgo);
            assertEquals(1, session.connects(), "fourteen minutes idle: probed and kept");
            clock.advance(Duration.ofHours(9));
            poller.poll(anHourAgo);
            assertEquals(2, session.connects(), "nine hours idle: replaced");
        }
    }

    /**
     * Once the daemon stops, no poll begins (it fails at once, as stopped), while a copy being filed when the stop
     * came is not cut, and a look in the sent folder and a copy after it still run.
     */
    @Test
    void after_the_stop_no_read_begins_and_a_copy_being_filed_is_left_to_finish() throws Exception {
        ImapSession session = new ImapSession(GreenMailAccounts.connector(greenMail), clock);
        ImapPoller poller = new ImapPoller(session, List.of("INBOX"), sync);
        SentFolder sent = new SentFolder(session, "Sent");
        poller.poll(anHourAgo);
        java.util.concurrent.CountDownLatch filing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Boolean> copy = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return session.use("append a copy", false, store -> {
                            filing.countDown();
                            await(stopped);
                            return store.isConnected();
                        });
                    } catch (InboxUnavailableException e) {
                        throw new IllegalStateException(e);
                    }
                });
        await(filing);
        assertFalse(session.stopReads(), "a copy being filed is not a read to cut");
        stopped.countDown();
        assertTrue(copy.get(10, java.util.concurrent.TimeUnit.SECONDS), "the copy's connection was left open");

        InboxStoppedException poll = org.junit.jupiter.api.Assertions.assertThrows(InboxStoppedException.class,
                () -> poller.poll(anHourAgo));
        assertTrue(poll.getMessage().endsWith(": followup is stopping"), poll.getMessage());
        assertFalse(sent.contains("<thank-you.1@example.test>"), "a look in the sent folder still runs: it decides"
                + " whether a message whose send was interrupted went out");
        sent.append(sentCopy(1));
        session.close();
        SentFolder another = new SentFolder(GreenMailAccounts.connector(greenMail), "Sent");
        assertTrue(another.contains("<thank-you.1@example.test>"), "the copy after the stop was filed");
        another.close();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, java.util.concurrent.TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImapSession sessionOf(ImapPoller poller) {
        return poller.session();
    }
}
