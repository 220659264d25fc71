package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over IMAP (GreenMail, through a counting proxy): only suspected bounces, replies and automatic answers are read
 * beyond their header, a suspected bounce only as far as its first 64 kB of text, and what is read there turns a
 * plain-text bounce into a bounce and a rejection into a rejection.
 */
class ContentFetchTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    private final Classifier classifier = new Classifier(Set.of(GreenMailAccounts.EMAIL),
            BounceFixturesTest.correlation());
    private final Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    private GreenMailUser alex;

    @BeforeEach
    void emptyMailbox() throws Exception {
        alex = GreenMailAccounts.alex(greenMail);
        greenMail.purgeEmailFromAllMailboxes();
    }

    /** Polls through a counting proxy the way the daemon does; returns the messages and the bytes the server sent. */
    private record Polled(List<InboxMessage> messages, long bytes) {
    }

    private Polled poll() throws Exception {
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            ImapConnector viaProxy = new ImapConnector(GreenMailAccounts.server(proxy.port(),
                    Settings.Security.PLAIN, GreenMailAccounts.PASSWORD));
            List<InboxMessage> all = new ArrayList<>();
            try (ImapPoller poller = new ImapPoller(viaProxy, List.of("INBOX"), new MemorySyncStateStore())) {
                poller.poll(anHourAgo, classifier::wantsContent, all::addAll);
            }
            return new Polled(all, proxy.bytesToClient());
        }
    }

    private static String big(String line, int bytes) {
        return (line + "\n").repeat(bytes / (line.length() + 1));
    }

    @Test
    void a_large_plain_text_bounce_is_read_only_as_far_as_its_first_64_kb_and_is_a_bounce() throws Exception {
        alex.deliver(Fixtures.parse("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
                To: alex@example.test
                Subject: Mail delivery failed: returning message to sender
                Message-ID: <large-bounce@mx.example.net>
                Content-Type: text/plain; charset=us-ascii

                A message that you sent could not be delivered. This is a permanent error.

                  jane@acme.test
                    550 5.1.1 <jane@acme.test>: user unknown

                ------ This is a copy of the message, including all the headers. ------

                Message-ID: <thank-you.jane.acme-platform.1@example.test>
                Subject: Thank you

                """ + big("attached log line that nobody needs to read for the verdict", 2_000_000)));
        Polled p = poll();
        assertEquals(1, p.messages().size());
        InboxMessage m = p.messages().get(0);
        assertTrue(m.content().orElseThrow().text().length() <= MessageContents.BOUNCE_TEXT);
        ReadingFigures.record("kB the server sent for a 2 MB plain-text bounce", p.bytes() / 1024, 2_000);
        assertTrue(p.bytes() < 200 * 1024, "the server sent " + p.bytes() + " bytes of a 2 MB bounce");
        Verdict.Bounce b = assertInstanceOf(Verdict.Bounce.class, classifier.classify(m));
        assertEquals(Set.of("jane@acme.test"), b.failedRecipients());
        assertEquals(Set.of(Fixtures.THANK_YOU_JANE), b.originalMessageIds());
    }

    @Test
    void every_written_bounce_gives_over_imap_the_verdict_it_gives_from_its_file() throws Exception {
        for (BounceFixturesTest.Case c : BounceFixturesTest.CASES) {
            alex.deliver(Fixtures.load("../bounces/" + c.file()));
        }
        Polled p = poll();
        assertEquals(BounceFixturesTest.CASES.size(), p.messages().size());
        for (int i = 0; i < p.messages().size(); i++) {
            BounceFixturesTest.Case c = BounceFixturesTest.CASES.get(i);
            Verdict overImap = classifier.classify(p.messages().get(i));
            Verdict fromFile = classifier.classify(Fixtures.read(Fixtures.load("../bounces/" + c.file()),
                    classifier));
            assertEquals(fromFile, overImap, c.file());
            assertInstanceOf(c.kind(), overImap, c.file());
        }
    }

    @Test
    void a_large_message_from_a_stranger_is_read_by_its_header_only() throws Exception {
        alex.deliver(Fixtures.parse("From: news@shop.example\nSubject: Catalogue\nMessage-ID: <cat@shop.example>\n"
                + "Content-Type: text/plain\n\n" + big("our whole catalogue, line after line", 2_000_000)));
        Polled p = poll();
        assertEquals(Optional.empty(), p.messages().get(0).content());
        assertTrue(p.bytes() < 32 * 1024, "the server sent " + p.bytes() + " bytes");
        assertEquals(new Verdict.Unrelated(), classifier.classify(p.messages().get(0)));
    }

    @Test
    void a_rejection_from_the_company_is_read_over_imap_and_recognised() throws Exception {
        alex.deliver(Fixtures.parse("From: Jane <jane@acme.test>\nTo: alex@example.test\nSubject: Re: Thank you\n"
                + "Message-ID: <rej@acme.test>\nIn-Reply-To: " + Fixtures.THANK_YOU_JANE + "\n"
                + "Content-Type: multipart/alternative; boundary=\"a\"\n\n--a\nContent-Type: text/plain;"
                + " charset=utf-8\n\nHallo Alex,\n\nwir haben uns für einen anderen Kandidaten entschieden.\n\n--a\n"
                + "Content-Type: text/html; charset=utf-8\n\n<p>Hallo Alex</p>\n--a--\n"));
        Polled p = poll();
        Verdict.Rejection r = assertInstanceOf(Verdict.Rejection.class, classifier.classify(p.messages().get(0)));
        assertEquals("wir haben uns für einen anderen Kandidaten entschieden.", r.why());
    }
}
