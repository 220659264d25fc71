package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Header fields written in raw 8-bit bytes instead of encoded words: UTF-8 as RFC 6532 mail programs write them, and
 * the ISO-8859-1 of older ones. Delivered byte for byte into the polled INBOX and read by the real poller over IMAP.
 */
class EightBitHeadersTest {
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

    /** An answer to the thank-you, its header fields in raw bytes of {@code charset}, its text in UTF-8. */
    private static byte[] answer(Charset charset, String from, String subject, String extraHeaders, String body) {
        String head = "Return-Path: <jane@acme.test>\n"
                + "From: " + from + "\n"
                + "To: Alex Example <" + GreenMailAccounts.EMAIL + ">\n"
                + "Subject: " + subject + "\n"
                + "Date: Tue, 24 Nov 2026 15:02:11 +0100\n"
                + "Message-ID: <" + Integer.toHexString(subject.hashCode()) + "@mx.acme.test>\n"
                + "In-Reply-To: " + Fixtures.THANK_YOU_JANE + "\n"
                + "References: " + Fixtures.THANK_YOU_JANE + "\n"
                + extraHeaders
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n";
        byte[] h = head.replace("\n", "\r\n").getBytes(charset);
        byte[] b = (body + "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    private List<InboxMessage> deliverAndPoll(byte[]... raw) throws Exception {
        for (byte[] r : raw) {
            alex.deliver(HostileMessages.mime(r));
        }
        List<InboxMessage> polled = GreenMailAccounts.pollOnce(greenMail, classifier);
        assertEquals(raw.length, polled.size());
        return polled;
    }

    @Test
    void out_of_office_answers_with_a_raw_utf8_subject_are_out_of_office_not_the_companys_reply() throws Exception {
        List<InboxMessage> polled = deliverAndPoll(
                answer(StandardCharsets.UTF_8, "José Núñez <jane@acme.test>",
                        "Respuesta automática: Gracias por la entrevista", "",
                        "Gracias por su mensaje. Estoy fuera de la oficina hasta el 4 de diciembre, con acceso"
                                + " limitado al correo."),
                answer(StandardCharsets.UTF_8, "Jane Dupré <jane@acme.test>",
                        "Réponse automatique : Merci pour l'entretien", "",
                        "Bonjour, je suis absente du bureau jusqu'au 4 décembre inclus."));

        for (InboxMessage m : polled) {
            Verdict.AutoReply away = assertInstanceOf(Verdict.AutoReply.class, classifier.classify(m), m.subject());
            assertTrue(away.outOfOffice(), m.subject());
            assertEquals(Optional.of(LocalDate.parse("2026-12-04")), away.returnDate(), m.subject());
        }
        assertEquals("Respuesta automática: Gracias por la entrevista", polled.get(0).subject());
        assertEquals("Réponse automatique : Merci pour l'entretien", polled.get(1).subject());
    }

    @Test
    void a_raw_utf8_display_name_is_read_as_written() throws Exception {
        InboxMessage m = deliverAndPoll(answer(StandardCharsets.UTF_8, "Jürgen Weiß <jane@acme.test>",
                "AW: Vielen Dank für das Gespräch", "", "Hallo Alex, vielen Dank! Wir melden uns bis Freitag.")).get(0);

        assertEquals("Jürgen Weiß", m.details().fromName());
        assertEquals("AW: Vielen Dank für das Gespräch", m.subject());
        assertInstanceOf(Verdict.Reply.class, classifier.classify(m));
    }

    @Test
    void iso_8859_1_header_bytes_are_still_read_as_before() throws Exception {
        InboxMessage m = deliverAndPoll(answer(StandardCharsets.ISO_8859_1, "Jürgen Weiß <jane@acme.test>",
                "Réponse automatique : Merci", "", "Je suis absente du bureau jusqu'au 4 décembre.")).get(0);

        assertEquals("Réponse automatique : Merci", m.subject());
        assertEquals("Jürgen Weiß", m.details().fromName());
        assertTrue(assertInstanceOf(Verdict.AutoReply.class, classifier.classify(m)).outOfOffice());
    }
}
