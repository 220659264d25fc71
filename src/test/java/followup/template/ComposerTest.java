package followup.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.mail.Composer;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import jakarta.mail.Message;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MIME messages built from the rendered templates. */
class ComposerTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static MimeMessage compose(Sender sender, Samples.Message m) {
        return new Composer(sender).compose(m.planned(), m.rendered(), m.planned().due());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void everyMessageCarriesItsPlannedIdFromToAndPlainUtf8Text(String id) throws Exception {
        Sender sender = samples.sender();
        for (Samples.Message m : samples.render(samples.interview(id))) {
            for (MimeMessage mime : List.of(compose(sender, m), TemplateSafetyTest.reparse(compose(sender, m)))) {
                String key = m.planned().key();
                assertEquals(m.planned().messageId(), mime.getMessageID(), key);
                assertEquals(1, mime.getHeader("Message-ID").length, key);
                InternetAddress from = (InternetAddress) mime.getFrom()[0];
                assertEquals(1, mime.getFrom().length);
                assertEquals(sender.email(), from.getAddress(), key);
                assertEquals(sender.name(), from.getPersonal(), key);
                InternetAddress[] to = (InternetAddress[]) mime.getRecipients(Message.RecipientType.TO);
                assertEquals(1, to.length, key);
                assertEquals(m.planned().to().email(), to[0].getAddress(), key);
                if (!m.planned().step().toCompany()) {
                    assertEquals(sender.notifyAddress(), to[0].getAddress(), key);
                }
                ContentType type = new ContentType(mime.getContentType());
                assertTrue(type.match("text/plain"), mime.getContentType());
                assertEquals("utf-8", type.getParameter("charset").toLowerCase(Locale.ROOT), mime.getContentType());
                assertEquals(m.subject(), mime.getSubject(), key);
                assertEquals(m.body().strip(), ((String) mime.getContent()).replace("\r\n", "\n").strip(), key);
                assertEquals(seconds(m.planned().due()), mime.getSentDate().toInstant(), key);
            }
        }
    }

    private static Instant seconds(Instant due) {
        return due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void theSecondFollowUpIsThreadedUnderTheFollowUp(String id) throws Exception {
        List<Samples.Message> messages = samples.render(samples.interview(id));
        MimeMessage followUp = TemplateSafetyTest.reparse(compose(samples.sender(),
                Samples.one(messages, Step.FOLLOW_UP)));
        MimeMessage second = TemplateSafetyTest.reparse(compose(samples.sender(),
                Samples.one(messages, Step.SECOND_FOLLOW_UP)));
        String parent = followUp.getMessageID();
        assertArrayEquals(new String[] {parent}, second.getHeader("In-Reply-To"));
        assertArrayEquals(new String[] {parent}, second.getHeader("References"));
        assertEquals("Re: " + followUp.getSubject(), second.getSubject());
        assertNull(followUp.getHeader("In-Reply-To"));
        assertNull(followUp.getHeader("References"));
    }

    @Test
    void onlyTheSecondFollowUpIsAReply() throws Exception {
        for (Samples.Message m : samples.render(samples.interview("acme-platform"))) {
            MimeMessage mime = compose(samples.sender(), m);
            if (m.planned().step() == Step.SECOND_FOLLOW_UP) {
                assertEquals(m.planned().inReplyTo(), mime.getHeader("In-Reply-To", null));
            } else {
                assertNull(mime.getHeader("In-Reply-To"), m.planned().key());
            }
        }
    }

    @Test
    void theDebriefPartnerIsCopied() throws Exception {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", "", Samples.NEW_YORK, "alex.notes@example.com",
                "sam@example.com");
        followup.plan.Planner planner = new followup.plan.Planner(samples.settings.policy(), sender, Samples.CLOCK);
        Interview acme = samples.interview("acme-platform");
        List<PlannedMessage> plan = planner.plan(acme);
        PlannedMessage debrief = plan.stream().filter(m -> m.step() == Step.DEBRIEF).findFirst().orElseThrow();
        Rendered r = samples.templates.render(acme, sender, debrief, plan);
        assertTrue(r.body().contains("sam@example.com"), r.body());
        MimeMessage mime = TemplateSafetyTest.reparse(new Composer(sender).compose(debrief, r, debrief.due()));
        assertEquals("alex.notes@example.com",
                ((InternetAddress) mime.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertEquals("sam@example.com",
                ((InternetAddress) mime.getRecipients(Message.RecipientType.CC)[0]).getAddress());
        assertEquals("alex@example.com", ((InternetAddress) mime.getFrom()[0]).getAddress());
    }

    @Test
    void nonAsciiNamesAndSubjectsRoundTripThroughEncodedHeaders() throws Exception {
        Sender sender = new Sender("José Müller", "jose@example.com", "+49 30 1234", Samples.NEW_YORK, null, null);
        followup.plan.Planner planner = new followup.plan.Planner(samples.settings.policy(), sender, Samples.CLOCK);
        Interviewer zoe = new Interviewer("Zoë Ångström", "Leiterin", "zoe@muller.example", null,
                List.of("die Datenplattform"), false, null);
        Interview iv = Samples.interview("umlaut", "Müller & Söhne GmbH", "Ingénieur Données", List.of(zoe),
                "zoe@muller.example", "", Map.of());
        List<PlannedMessage> plan = planner.plan(iv);
        for (PlannedMessage m : plan) {
            if (!m.applies()) {
                continue;
            }
            Rendered r = samples.templates.render(iv, sender, m, plan);
            MimeMessage mime = new Composer(sender).compose(m, r, m.due());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            mime.writeTo(bytes);
            byte[] raw = bytes.toByteArray();
            String wire = new String(raw, StandardCharsets.ISO_8859_1);
            int headerEnd = wire.indexOf("\r\n\r\n");
            for (int i = 0; i < headerEnd; i++) {
                assertTrue(raw[i] >= 0, () -> m.key() + ": a raw 8-bit byte in the headers:\n"
                        + wire.substring(0, headerEnd));
            }
            MimeMessage back = TemplateSafetyTest.reparse(mime);
            InternetAddress from = (InternetAddress) back.getFrom()[0];
            assertEquals("José Müller", from.getPersonal());
            assertEquals("jose@example.com", from.getAddress());
            assertEquals(r.subject(), back.getSubject());
            assertEquals(r.body().strip(), ((String) back.getContent()).replace("\r\n", "\n").strip());
            if (m.step().toCompany()) {
                assertEquals("Zoë Ångström", ((InternetAddress) back.getRecipients(Message.RecipientType.TO)[0])
                        .getPersonal());
                assertTrue(r.body().contains("Dear Zoë,"), r.body());
            }
            if (m.step() == Step.FOLLOW_UP) {
                assertTrue(back.getSubject().contains("Ingénieur Données"), back.getSubject());
            }
            if (m.step() == Step.DEBRIEF) {
                assertTrue(back.getSubject().contains("Müller & Söhne GmbH"), back.getSubject());
            }
        }
    }

    @Test
    void lineBreaksInTheSendersNameDoNotAddHeaders() throws Exception {
        Sender sender = new Sender("Alex\r\nBcc: evil@attacker.example", "alex@example.com", "", Samples.NEW_YORK,
                null, null);
        Samples.Message thanks = Samples.ofStep(samples.render(samples.interview("acme-platform")), Step.THANK_YOU)
                .get(0);
        MimeMessage mime = compose(sender, thanks);
        for (String line : TemplateSafetyTest.headerLines(mime)) {
            assertTrue(!line.regionMatches(true, 0, "Bcc:", 0, 4), line);
        }
        MimeMessage back = TemplateSafetyTest.reparse(mime);
        assertNull(back.getHeader("Bcc"));
        assertEquals(1, back.getAllRecipients().length);
        assertEquals(1, back.getFrom().length);
        assertEquals("alex@example.com", ((InternetAddress) back.getFrom()[0]).getAddress());
    }
}
