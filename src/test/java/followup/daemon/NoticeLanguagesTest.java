package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.MailLog;
import followup.store.Reply;
import followup.store.StoredMessage;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notices to the user about their own mailbox, as they arrive in the user's inbox through the daemon's real send
 * path, in the language of {@code sender.language}: the subject and every fixed phrase in that language, the names,
 * addresses and the reply's subject as written, and the moment in that language's form on the user's clock (New
 * York). The company, "Orbital GmbH", takes its article in German ("der Orbital GmbH") and elides French "de"
 * ("d'Orbital GmbH").
 */
class NoticeLanguagesTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private DaemonHarness harness(String language) {
        return new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 60s }
                second-follow-up { after = 60s }
                """).settingsPlus("followup.sender.language = " + language);
    }

    private static String record() {
        return DaemonHarness.interview(Duration.ZERO, JANE, "company = \"Orbital GmbH\"");
    }

    /** Words and phrases of the English notices none of which may be left in a notice in another language. */
    private static final List<String> ENGLISH = List.of("Reply from", "answered", " wrote", " on ", "in answer to",
            "your ", "thank-you", "pending", "held back", "will not be sent", "Read their", "yourself",
            "If this was not", "sends the held", "after all", "came back", "undelivered", "Nothing more",
            "address", " the ", " and ", "Check ");

    private static void assertNoEnglish(String language, String text) {
        if (language.equals("en")) {
            return;
        }
        for (String phrase : ENGLISH) {
            // addresses, commands, keys and the server's own words quoted on indented lines are no words of the
            // notice's language ("followup resume", "jane@acme.example", "User unknown")
            String words = text.replaceAll("\\S+@\\S+", "").replaceAll("`[^`]*`", "")
                    .replaceAll("(?m)^  .*$", "").replace("followup.sender.debrief-with", "");
            assertFalse(words.contains(phrase), "English \"" + phrase + "\" in a notice in " + language + ":\n" + text);
        }
    }

    /** The moment as a reader of {@code language} expects it, on the user's clock. */
    private static String moment(String language, java.time.Instant at) {
        ZonedDateTime t = at.atZone(DaemonHarness.ZONE);
        return switch (language) {
            case "de" -> DateTimeFormatter.ofPattern("EEEE, d. MMMM, 'um' HH:mm 'Uhr'", Locale.GERMAN).format(t);
            case "fr" -> DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH'h'mm", Locale.FRENCH).format(t);
            case "es" -> DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'a las' H:mm", Locale.forLanguageTag("es"))
                    .format(t);
            default -> DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).format(t);
        };
    }

    private static String text(MimeMessage m) throws Exception {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_reply_notice_is_written_in_the_users_language(String language) throws Exception {
        try (DaemonHarness h = harness(language)) {
            h.record("acme", record());
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);

            IncomingMail.from("jane@acme.example", "Re: Nächste Schritte")
                    .header("From", "\"Doe, Jane\" <jane@acme.example>")
                    .header("In-Reply-To", thanks.messageId()).deliverTo(h);

            StoredMessage notice = h.awaitState("acme/notice/reply", State.SENT);
            MimeMessage mail = h.delivered(SENDER, notice.messageId());
            String body = text(mail);
            Reply reply = new MailLog(h.database()).replyTo("acme").orElseThrow();
            String when = moment(language, reply.received());
            String resume = "`followup resume acme`";
            switch (language) {
                case "de" -> {
                    assertEquals("Antwort von der Orbital GmbH (Jane Doe)", mail.getSubject());
                    assertTrue(body.startsWith("Die Orbital GmbH hat geantwortet: Jane Doe (jane@acme.example) hat am "
                            + when + " geschrieben („Re: Nächste Schritte“), als Antwort auf Ihr Dankschreiben an"
                            + " jane@acme.example.\n\n3 ausstehende Nachrichten werden zurückgehalten und nicht"
                            + " gesendet. Lesen Sie die Nachricht und antworten Sie selbst.\n\nFalls das keine echte"
                            + " Antwort war, sendet " + resume + " die zurückgehaltenen Nachrichten doch noch.\n"), body);
                }
                case "fr" -> {
                    assertEquals("Réponse d'Orbital GmbH (Jane Doe)", mail.getSubject());
                    assertTrue(body.startsWith("Orbital GmbH a répondu\u00a0: Jane Doe (jane@acme.example) a écrit"
                            + " «\u00a0Re: Nächste Schritte\u00a0» le " + when + ", en réponse à votre message de"
                            + " remerciement envoyé à jane@acme.example.\n\n3 messages en attente sont retenus et ne"
                            + " seront pas envoyés. Lisez son message et répondez-y vous-même.\n\nSi ce n'était pas"
                            + " vraiment une réponse, " + resume + " envoie quand même les messages retenus.\n"), body);
                }
                case "es" -> {
                    assertEquals("Respuesta de Orbital GmbH (Jane Doe)", mail.getSubject());
                    assertTrue(body.startsWith("Orbital GmbH ha respondido: Jane Doe (jane@acme.example) escribió"
                            + " «Re: Nächste Schritte» el " + when + ", en respuesta a tu correo de agradecimiento"
                            + " enviado a jane@acme.example.\n\n3 mensajes pendientes quedan retenidos y no se enviarán."
                            + " Lee su mensaje y respóndelo personalmente.\n\nSi en realidad no era una respuesta, "
                            + resume + " envía de todos modos los mensajes retenidos.\n"), body);
                }
                default -> {
                    assertEquals("Reply from Orbital GmbH (Jane Doe)", mail.getSubject());
                    assertTrue(body.startsWith("Orbital GmbH answered: Jane Doe (jane@acme.example) wrote “Re: Nächste"
                            + " Schritte” on " + when + ", in answer to your thank-you to jane@acme.example.\n\n3"
                            + " pending messages are held back and will not be sent. Read their message and answer it"
                            + " yourself.\n\nIf this was not really a reply, " + resume + " sends the held messages"
                            + " after all.\n"), body);
                }
            }
            assertNoEnglish(language, mail.getSubject() + "\n" + body);
            assertTrue(body.stripTrailing().endsWith("\n-- followup"), body);
        }
    }
}
