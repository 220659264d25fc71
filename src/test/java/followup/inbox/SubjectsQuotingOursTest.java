package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers whose subject is ours after "Re:" or "AW:", when ours names a topic or position with a word that also
 * marks out-of-office subjects ("parental leave", "Abwesenheitsplanung"). Delivered into the polled INBOX and read by
 * the real poller over IMAP.
 */
class SubjectsQuotingOursTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final FakeCorrelation correlation = new FakeCorrelation()
            .interview("acme-platform", Instant.parse("2026-11-20T13:00:00Z"))
            .message(Fixtures.THANK_YOU_JANE, "acme-platform")
            .person("jane@acme.test", "acme-platform").domain("acme.test", "acme-platform")
            .recipient("jane@acme.test");
    private final Classifier classifier = new Classifier(Set.of(GreenMailAccounts.EMAIL), correlation);
    private GreenMailUser alex;

    @BeforeEach
    void mailbox() {
        alex = GreenMailAccounts.alex(greenMail);
    }

    /** A message threaded under the thank-you, as Outlook and Thunderbird write an answer. */
    private static String threaded(String from, String subject, String extraHeaders, String body) {
        return "Return-Path: <jane@acme.test>\n"
                + "From: " + from + "\n"
                + "To: Alex Example <" + GreenMailAccounts.EMAIL + ">\n"
                + "Subject: " + subject + "\n"
                + "Date: Tue, 24 Nov 2026 15:02:11 +0100\n"
                + "Message-ID: <" + Integer.toHexString(subject.hashCode()) + "@mx.acme.test>\n"
                + "In-Reply-To: " + Fixtures.THANK_YOU_JANE + "\n"
                + "References: " + Fixtures.THANK_YOU_JANE + "\n"
                + extraHeaders
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=us-ascii\n"
                + "Content-Transfer-Encoding: 7bit\n\n"
                + body + "\n";
    }

    private List<Verdict> deliverAndPoll(String... raw) throws Exception {
        for (String r : raw) {
            alex.deliver(Fixtures.parse(r));
        }
        List<InboxMessage> polled = GreenMailAccounts.pollOnce(greenMail, classifier);
        assertEquals(raw.length, polled.size());
        return polled.stream().map(classifier::classify).toList();
    }

    @Test
    void answers_whose_quoted_subject_names_leave_or_absence_are_the_companys_reply() throws Exception {
        List<Verdict> v = deliverAndPoll(
                threaded("Jane Doe <jane@acme.test>",
                        "Re: Thank you for the conversation about parental leave", "",
                        "Hi Alex,\n\nthanks for your note. We will get back to you by Friday.\n\nJane\n\n"
                                + "> Dear Jane, thank you for the conversation about parental leave"),
                threaded("Raj Patel <raj@acme.test>",
                        "AW: Vielen Dank: Abwesenheitsplanung und die Position Entwickler", "",
                        "Hallo Alex,\n\nvielen Dank! Wir melden uns Anfang der Woche.\n\nRaj"),
                threaded("Jane Doe <jane@acme.test>",
                        "RE: [EXTERNAL] Thank you for your time: Absence Management Analyst",
                        "Thread-Topic: Thank you for your time: Absence Management Analyst\n",
                        "Hi Alex, could you send us two references?"));

        for (Verdict verdict : v) {
            assertInstanceOf(Verdict.Reply.class, verdict);
        }
    }

    @Test
    void out_of_office_answers_that_put_their_mark_before_our_subject_are_still_out_of_office() throws Exception {
        List<Verdict> v = deliverAndPoll(
                threaded("Jane Doe <jane@acme.test>",
                        "Automatic reply: RE: Thank you for the conversation about parental leave", "",
                        "I am out of the office until 4 December with limited access to email."),
                threaded("Raj Patel <raj@acme.test>",
                        "Abwesenheitsnotiz: AW: Vielen Dank: Abwesenheitsplanung und die Position Entwickler", "",
                        "Ich bin bis zum 04.12.2026 nicht im Buero."));

        for (Verdict verdict : v) {
            assertTrue(assertInstanceOf(Verdict.AutoReply.class, verdict).outOfOffice());
        }
    }
}
