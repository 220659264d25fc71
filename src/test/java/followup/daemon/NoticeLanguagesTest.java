package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
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
import followup.testing.QuietLog;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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

    /** The refusal's error a test provokes, asserted there and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Settlements.class);

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

    static void assertNoEnglish(String language, String text) {
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
    static String moment(String language, java.time.Instant at) {
        ZonedDateTime t = at.atZone(DaemonHarness.ZONE);
        return switch (language) {
            case "de" -> DateTimeFormatter.ofPattern("EEEE, d. MMMM, 'um' HH:mm 'Uhr'", Locale.GERMAN).format(t);
            case "fr" -> DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH'h'mm", Locale.FRENCH).format(t);
            case "es" -> DateTimeFormatter.ofPattern(t.getHour() == 1 ? "EEEE d 'de' MMMM 'a la' H:mm"
                    : "EEEE d 'de' MMMM 'a las' H:mm", Locale.forLanguageTag("es")).format(t);   // a la 1:30
            default -> DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).format(t);
        };
    }

    static String text(MimeMessage m) throws Exception {
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

    private static final String FRIEND = "sam@friend.example";

    /**
     * A bounce of Jane's thank-you (the address is bad), a report that a server gave up on Raj's (the address may
     * be fine), and a bounce of the debrief's copy to the friend of {@code sender.debrief-with}: three notices.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_bounce_notices_are_written_in_the_users_language(String language) throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                debrief { after = 1s }
                follow-up { after = 60s }
                second-follow-up { after = 60s }
                """).settingsPlus("followup.sender.language = " + language + "\nfollowup.sender.debrief-with = \""
                + FRIEND + "\"")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, "company = \"Orbital GmbH\""));
            h.start();
            StoredMessage toJane = h.awaitState(THANK_YOU, State.SENT);
            StoredMessage toRaj = h.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            StoredMessage debrief = h.awaitState("acme/debrief/self", State.SENT);

            IncomingMail.deliveryFailure(toJane.messageId(), "jane@acme.example").deliverTo(h);
            IncomingMail.gaveUp(toRaj.messageId(), "raj@acme.example").deliverTo(h);
            IncomingMail.deliveryFailure(debrief.messageId(), FRIEND).deliverTo(h);

            String janeWhy = h.awaitState(THANK_YOU, State.BOUNCED).reason().substring("bounced: ".length());
            MimeMessage bounce = h.delivered(SENDER,
                    h.awaitState("acme/notice/bounce:jane@acme.example", State.SENT).messageId());
            MimeMessage undelivered = h.delivered(SENDER,
                    h.awaitState("acme/notice/undelivered:raj@acme.example", State.SENT).messageId());
            MimeMessage copy = h.delivered(SENDER, h.awaitState("acme/notice/bounce:" + FRIEND, State.SENT).messageId());
            String bounceText = text(bounce);
            String undeliveredText = text(undelivered);
            String copyText = text(copy);
            String rajSubject = toRaj.subject();
            String debriefSubject = debrief.subject();
            String raj = "raj@acme.example";
            switch (language) {
                case "de" -> {
                    assertEquals("followup: E-Mail an jane@acme.example kam unzustellbar zurück", bounce.getSubject());
                    assertTrue(bounceText.startsWith("Eine Nachricht an jane@acme.example kam unzustellbar zurück:\n\n  "
                            + janeWhy + "\n\nAn diese Adresse wird nichts mehr gesendet. Prüfen Sie sie im Datensatz"
                            + " (vielleicht ein Tippfehler); sobald sie korrigiert ist, werden die übrigen Schritte für"
                            + " die korrigierte Adresse geplant.\n"), bounceText);
                    assertEquals("followup: E-Mail an " + raj + " wurde nicht zugestellt", undelivered.getSubject());
                    assertTrue(undeliveredText.startsWith("Ihre Nachricht „" + rajSubject + "“ an " + raj + " ist nicht"
                            + " angekommen. Der empfangende Server konnte sie nicht annehmen und hat es nach einiger"
                            + " Zeit aufgegeben:\n\n  "), undeliveredText);
                    assertTrue(undeliveredText.contains("Sobald Sie wissen, dass E-Mails sie wieder erreichen (oder Sie"
                            + " sie im Datensatz korrigiert haben), sendet `followup resume acme` sie."), undeliveredText);
                    assertEquals("followup: Die Kopie an " + FRIEND + " kam unzustellbar zurück", copy.getSubject());
                    assertTrue(copyText.startsWith("Die Kopie Ihrer Nachbesprechung („" + debriefSubject + "“) an "
                            + FRIEND + " kam unzustellbar zurück:\n\n  "), copyText);
                    assertTrue(copyText.contains("Sie selbst haben die Nachricht erhalten. Prüfen Sie die Adresse in"
                            + " followup.sender.debrief-with"), copyText);
                }
                case "fr" -> {
                    assertEquals("followup\u00a0: le message à jane@acme.example est revenu non distribué",
                            bounce.getSubject());
                    assertTrue(bounceText.startsWith("Un message à jane@acme.example est revenu non distribué\u00a0:\n\n  "
                            + janeWhy + "\n\nPlus rien ne sera envoyé à cette adresse. Vérifiez-la dans la fiche (une"
                            + " faute de frappe\u00a0?)\u00a0; une fois corrigée, les étapes restantes seront planifiées"
                            + " pour l'adresse corrigée.\n"), bounceText);
                    assertEquals("followup\u00a0: le message à " + raj + " n'a pas été distribué",
                            undelivered.getSubject());
                    assertTrue(undeliveredText.startsWith("Votre message «\u00a0" + rajSubject + "\u00a0» à " + raj
                            + " n'est pas arrivé. Le serveur destinataire n'a pas pu l'accepter et, après avoir"
                            + " réessayé un certain temps, a abandonné\u00a0:\n\n  "), undeliveredText);
                    assertTrue(undeliveredText.contains("`followup resume acme` les envoie."), undeliveredText);
                    assertEquals("followup\u00a0: la copie à " + FRIEND + " est revenue non distribuée",
                            copy.getSubject());
                    assertTrue(copyText.startsWith("La copie de votre bilan d'entretien «\u00a0" + debriefSubject
                            + "\u00a0» à " + FRIEND + " est revenue non distribuée\u00a0:\n\n  "), copyText);
                    assertTrue(copyText.contains("Le message vous est bien parvenu."), copyText);
                }
                case "es" -> {
                    assertEquals("followup: el correo a jane@acme.example fue devuelto", bounce.getSubject());
                    assertTrue(bounceText.startsWith("Un mensaje a jane@acme.example fue devuelto sin entregar:\n\n  "
                            + janeWhy + "\n\nNo se enviará nada más a esta dirección. Revísala en la ficha (quizá"
                            + " una errata); una vez corregida, los pasos restantes se programarán para la dirección"
                            + " corregida.\n"), bounceText);
                    assertEquals("followup: el correo a " + raj + " no se entregó", undelivered.getSubject());
                    assertTrue(undeliveredText.startsWith("Tu mensaje «" + rajSubject + "» a " + raj + " no llegó. El"
                            + " servidor de destino no pudo aceptarlo y, tras intentarlo durante un tiempo,"
                            + " desistió:\n\n  "), undeliveredText);
                    assertTrue(undeliveredText.contains("`followup resume acme` los envía."), undeliveredText);
                    assertEquals("followup: la copia a " + FRIEND + " fue devuelta", copy.getSubject());
                    assertTrue(copyText.startsWith("La copia de tu repaso de la entrevista «" + debriefSubject + "» a "
                            + FRIEND + " fue devuelta sin entregar:\n\n  "), copyText);
                    assertTrue(copyText.contains("El mensaje sí te llegó a ti."), copyText);
                }
                default -> {
                    assertEquals("followup: mail to jane@acme.example bounced", bounce.getSubject());
                    assertTrue(bounceText.startsWith("A message to jane@acme.example came back undelivered:\n\n  "
                            + janeWhy + "\n\nNothing more will be sent to this address. Check it in the record"
                            + " (maybe a typo) and, once fixed, the remaining steps are planned for the corrected"
                            + " address.\n"), bounceText);
                    assertEquals("followup: mail to " + raj + " was not delivered", undelivered.getSubject());
                    assertTrue(undeliveredText.startsWith("Your message \"" + rajSubject + "\" to " + raj + " did not"
                            + " arrive. The receiving server could not take it and, after trying for some time, gave"
                            + " up:\n\n  "), undeliveredText);
                    assertEquals("followup: the copy to " + FRIEND + " bounced", copy.getSubject());
                    assertTrue(copyText.startsWith("The copy of your debrief \"" + debriefSubject + "\" to " + FRIEND
                            + " came back undelivered:\n\n  "), copyText);
                }
            }
            for (MimeMessage m : List.of(bounce, undelivered, copy)) {
                assertNoEnglish(language, m.getSubject() + "\n" + text(m));
            }
        }
    }

    private static final String REFUSED = "550 5.1.1 <raj@acme.example>: Recipient address rejected: User unknown";

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    /**
     * Jane answers the thank-you with an out-of-office saying she is back in five days, which moves her follow-up
     * to the day after; the server refuses Raj's address for good (a 550). Two notices.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_out_of_office_and_refusal_notices_are_written_in_the_users_language(String language) throws Exception {
        LocalDate back = ZonedDateTime.now(DaemonHarness.ZONE).toLocalDate().plusDays(5);
        smtp.answer("raj@acme.example", REFUSED);
        try (DaemonHarness h = harness(language).via(smtp)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, "company = \"Orbital GmbH\""));
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);
            MimeMessage refused = h.delivered(SENDER,
                    h.awaitState("acme/notice/failed:acme/thank-you/raj@acme.example", State.SENT).messageId());

            IncomingMail.from("jane@acme.example", "Automatic reply: Thank you").inReplyTo(thanks.messageId())
                    .header("Auto-Submitted", "auto-replied")
                    .text("Thank you for your message. I am out of the office and will be back on " + back
                            + ".\n").deliverTo(h);
            h.awaitTrue("the notice about her absence to go out", () -> h.store().all().stream().anyMatch(
                    s -> s.key().startsWith("acme/notice/away:") && s.state() == State.SENT));
            StoredMessage awayNotice = h.store().all().stream().filter(s -> s.key().startsWith("acme/notice/away:"))
                    .findFirst().orElseThrow();
            MimeMessage away = h.delivered(SENDER, awayNotice.messageId());
            StoredMessage followUp = h.message("acme/follow-up/jane@acme.example").orElseThrow();
            assertEquals(back.plusDays(1).atStartOfDay(DaemonHarness.ZONE).toInstant(), followUp.due());
            String awayText = text(away);
            String refusedText = text(refused);
            String due = moment(language, followUp.due());
            String ny = "America/New_York";
            String key = "\n\n  acme/thank-you/raj@acme.example\n  ";
            switch (language) {
                case "de" -> {
                    String day = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN).format(back);
                    assertEquals("jane@acme.example ist abwesend bis " + day, away.getSubject());
                    assertTrue(awayText.startsWith("jane@acme.example ist bis " + day + " abwesend (die automatische"
                            + " Antwort kam am "), awayText);
                    assertTrue(awayText.contains(").\n\nDie Nachfrage an jane@acme.example geht jetzt am " + due
                            + " (" + ny + ") hinaus, zu Beginn des Sendefensters am ersten Arbeitstag danach.\n"),
                            awayText);
                    assertEquals("followup: Nachricht an raj@acme.example nicht gesendet", refused.getSubject());
                    assertTrue(refusedText.startsWith("Diese Nachricht konnte nicht gesendet werden und wird nicht"
                            + " erneut versucht:" + key), refusedText);
                    assertTrue(refusedText.contains(REFUSED) && refusedText.contains("\n\nPrüfen Sie die Adresse und"
                            + " sehen Sie in `followup status` nach.\n"), refusedText);
                }
                case "fr" -> {
                    String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(back);
                    assertEquals("Absence de jane@acme.example jusqu'au " + day, away.getSubject());
                    assertTrue(awayText.startsWith("jane@acme.example signale une absence jusqu'au " + day
                            + " (réponse automatique reçue le "), awayText);
                    assertTrue(awayText.contains(").\n\nLa relance à cette adresse partira désormais le " + due
                            + " (" + ny + "), à la première ouverture de sa plage d'envoi le jour ouvré suivant.\n"),
                            awayText);
                    assertEquals("followup\u00a0: échec de l'envoi d'un message à raj@acme.example",
                            refused.getSubject());
                    assertTrue(refusedText.startsWith("Ce message n'a pas pu être envoyé et ne sera pas"
                            + " retenté\u00a0:" + key), refusedText);
                    assertTrue(refusedText.contains(REFUSED) && refusedText.contains("\n\nVérifiez l'adresse et"
                            + " consultez `followup status`.\n"), refusedText);
                }
                case "es" -> {
                    String day = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
                            .format(back);
                    assertEquals("jane@acme.example está fuera de la oficina hasta el " + day, away.getSubject());
                    assertTrue(awayText.startsWith("jane@acme.example está fuera de la oficina hasta el " + day
                            + " (su respuesta automática llegó el "), awayText);
                    assertTrue(awayText.contains(").\n\nEl correo de seguimiento a esa dirección saldrá ahora el "
                            + due + " (" + ny + "), la primera apertura de su ventana de envío el día laborable"
                            + " siguiente.\n"), awayText);
                    assertEquals("followup: no se pudo enviar un mensaje a raj@acme.example", refused.getSubject());
                    assertTrue(refusedText.startsWith("Este mensaje no se pudo enviar y no se volverá a intentar:"
                            + key), refusedText);
                    assertTrue(refusedText.contains(REFUSED) && refusedText.contains("\n\nRevisa la dirección y"
                            + " consulta `followup status`.\n"), refusedText);
                }
                default -> {
                    assertEquals("jane@acme.example is out of office until " + back, away.getSubject());
                    assertTrue(awayText.startsWith("jane@acme.example is out of office until " + back + " (their"
                            + " automatic reply arrived on "), awayText);
                    assertTrue(awayText.contains(").\n\nThe follow-up to them now goes out " + due + " (" + ny
                            + "), the first opening of their send window on the working day after that.\n"), awayText);
                    assertEquals("followup: a message to raj@acme.example failed", refused.getSubject());
                    assertTrue(refusedText.startsWith("This message could not be sent and will not be retried:" + key),
                            refusedText);
                }
            }
            for (MimeMessage m : List.of(away, refused)) {
                assertNoEnglish(language, m.getSubject() + "\n" + text(m));
            }
        }
        assertEquals(List.of("Failed acme/thank-you/raj@acme.example: refused by the server: " + REFUSED),
                log.errors(), "the refusal, in the log too");
    }

    /**
     * Jane says no to a record written in English: the notice is in the user's language, with her words quoted and
     * the answer drafted in the record's language between its two rules, saved in the drafts folder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_rejection_notice_is_written_in_the_users_language(String language) throws Exception {
        try (DaemonHarness h = harness(language)) {
            greenMail.getManagers().getImapHostManager().createMailbox(
                    greenMail.getUserManager().getUserByEmail(SENDER), "Drafts");
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, "company = \"Orbital GmbH\"\nlanguage = en"));
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);
            String no = "We have decided to move forward with other candidates.";
            IncomingMail.from("jane@acme.example", "Re: Your application").header("From", "Jane Doe <jane@acme.example>")
                    .inReplyTo(thanks.messageId()).text("Dear Alex,\n\n" + no + "\n\nBest regards,\nJane\n")
                    .deliverTo(h);

            h.awaitTrue("the rejection's notice to go out", () -> h.store().all().stream().anyMatch(
                    s -> s.key().startsWith("acme/notice/rejection:") && s.state() == State.SENT));
            MimeMessage mail = h.delivered(SENDER, h.store().all().stream()
                    .filter(s -> s.key().startsWith("acme/notice/rejection:")).findFirst().orElseThrow().messageId());
            String body = text(mail);
            Reply reply = new MailLog(h.database()).replyTo("acme").orElseThrow();
            String when = moment(language, reply.received());
            String writer = "Jane Doe (jane@acme.example)";
            String label = switch (language) {
                case "de" -> "Betreff: ";
                case "fr" -> "Objet\u00a0: ";
                case "es" -> "Asunto: ";
                default -> "Subject: ";
            };
            String draft = "----\n" + label + "Re: Your application\n\nDear Jane,\n";
            String resume = "`followup resume acme`";
            switch (language) {
                case "de" -> {
                    assertEquals("Absage von der Orbital GmbH", mail.getSubject());
                    assertTrue(body.startsWith(writer + " von der Orbital GmbH hat am " + when + " geschrieben („Re: Your"
                            + " application“):\n\n  „" + no + "“\n\n"), body);
                    assertTrue(body.matches("(?s).*\n(Eine ausstehende Nachricht wird|\\d+ ausstehende Nachrichten"
                            + " werden) zurückgehalten und nicht gesendet\\.\n\nEine Antwort, die Sie selbst senden"
                            + " können \\(followup sendet sie nie\\):\n\n.*"), body);
                    assertTrue(body.contains(draft), body);
                    assertTrue(body.contains("----\nDieselbe Antwort liegt in Ihrem Ordner Drafts, als Antwort auf die"
                            + " Nachricht.\n\nFalls das keine echte Absage war, sendet " + resume
                            + " die zurückgehaltenen Nachrichten doch noch.\n"), body);
                }
                case "fr" -> {
                    assertEquals("Orbital GmbH ne donne pas suite à votre candidature", mail.getSubject());
                    assertTrue(body.startsWith(writer + ", de chez Orbital GmbH, a écrit «\u00a0Re: Your"
                            + " application\u00a0» le " + when + "\u00a0:\n\n  «\u00a0" + no + "\u00a0»\n\n"), body);
                    assertTrue(body.matches("(?s).*\n\\d+ messages? en attente (est retenu et ne sera pas envoyé"
                            + "|sont retenus et ne seront pas envoyés)\\.\n\nUne réponse que vous pourriez envoyer"
                            + " vous-même \\(followup ne l'envoie jamais\\)\u00a0:\n\n.*"), body);
                    assertTrue(body.contains(draft), body);
                    assertTrue(body.contains("----\nLa même réponse est enregistrée dans votre dossier Drafts, en"
                            + " réponse à son message.\n\nSi ce n'était pas vraiment un refus, " + resume
                            + " envoie quand même les messages retenus.\n"), body);
                }
                case "es" -> {
                    assertEquals("Orbital GmbH no seguirá adelante con tu candidatura", mail.getSubject());
                    assertTrue(body.startsWith(writer + ", de Orbital GmbH, escribió «Re: Your application» el " + when
                            + ":\n\n  «" + no + "»\n\n"), body);
                    assertTrue(body.matches("(?s).*\n\\d+ mensajes? pendientes? (queda retenido y no se enviará"
                            + "|quedan retenidos y no se enviarán)\\.\n\nUna respuesta que podrías enviar tú"
                            + " \\(followup nunca la envía\\):\n\n.*"), body);
                    assertTrue(body.contains(draft), body);
                    assertTrue(body.contains("----\nLa misma respuesta está guardada en tu carpeta Drafts como"
                            + " respuesta a su mensaje.\n\nSi en realidad no era un rechazo, " + resume
                            + " envía de todos modos los mensajes retenidos.\n"), body);
                }
                default -> {
                    assertEquals("Orbital GmbH will not go on with your application", mail.getSubject());
                    assertTrue(body.startsWith(writer + " of Orbital GmbH wrote “Re: Your application” on " + when
                            + ":\n\n  \"" + no + "\"\n\n"), body);
                    assertTrue(body.contains(draft), body);
                    assertTrue(body.contains("----\nThe same answer is saved in your Drafts folder as a reply to their"
                            + " message.\n\nIf this was not really a no, " + resume + " sends the held messages after"
                            + " all.\n"), body);
                }
            }
            // the drafted answer is in the record's language (English here); the notice around it is the user's
            String around = body.substring(0, body.indexOf("----\n")) + body.substring(body.lastIndexOf("----\n"));
            assertNoEnglish(language, mail.getSubject() + "\n" + around);
        }
    }

    /**
     * Jane sends a calendar invitation for a second round in Berlin's time: the notice names it in the event's zone,
     * in the language's words for that zone, and on the user's clock in New York, and carries the next round's record.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_invitation_notice_is_written_in_the_users_language(String language) throws Exception {
        try (DaemonHarness h = harness(language)) {
            h.record("acme", record());
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);
            jakarta.mail.internet.MimeMultipart alternative = new jakarta.mail.internet.MimeMultipart("alternative");
            jakarta.mail.internet.MimeBodyPart calendar = new jakarta.mail.internet.MimeBodyPart();
            calendar.setContent(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
                    "DTSTART;TZID=Europe/Berlin:20270119T100000", "DTEND;TZID=Europe/Berlin:20270119T110000",
                    "DTSTAMP:20261204T120000Z", "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
                    "UID:second-round@acme.example",
                    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jane Doe:mailto:jane@acme.example",
                    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Alex Morgan:mailto:alex@example.com",
                    "SUMMARY:Onsite with the platform team", "END:VEVENT", "END:VCALENDAR", ""),
                    "text/calendar; charset=UTF-8; method=REQUEST");
            alternative.addBodyPart(calendar);
            IncomingMail invite = IncomingMail.from("jane@acme.example", "Einladung: Onsite")
                    .header("From", "Jane Doe <jane@acme.example>").inReplyTo(thanks.messageId());
            invite.mime().setContent(alternative);
            invite.mime().saveChanges();
            invite.deliverTo(h);

            h.awaitTrue("the invitation's notice to go out", () -> h.store().all().stream().anyMatch(
                    s -> s.key().startsWith("acme/notice/invitation:") && s.state() == State.SENT));
            MimeMessage mail = h.delivered(SENDER, h.store().all().stream()
                    .filter(s -> s.key().startsWith("acme/notice/invitation:")).findFirst().orElseThrow().messageId());
            String body = text(mail);
            String when = moment(language, new MailLog(h.database()).replyTo("acme").orElseThrow().received());
            String writer = "Jane Doe (jane@acme.example)";
            String title = "Onsite with the platform team";
            switch (language) {
                case "de" -> {
                    assertEquals("Einladung von der Orbital GmbH zu „" + title + "“ am Dienstag, 19. Januar, um 10:00 Uhr"
                            + " MEZ", mail.getSubject());
                    assertTrue(body.startsWith("Die Orbital GmbH hat Sie zu „" + title + "“ am Dienstag, 19. Januar, um"
                            + " 10:00 Uhr MEZ eingeladen (Ihre Zeit: 04:00 Uhr). " + writer + " hat die Einladung am "
                            + when + " gesendet („Einladung: Onsite“).\n\n"), body);
                    assertTrue(body.contains(" zurückgehalten und nicht gesendet.\n\nDer Datensatz für diese Runde,"
                            + " bereit zum Speichern als conf/interviews/acme-2027-01-19.conf (prüfen Sie"), body);
                }
                case "fr" -> {
                    assertEquals("Orbital GmbH vous invite à «\u00a0" + title + "\u00a0» le mardi 19 janvier à 10h00"
                            + " CET", mail.getSubject());
                    assertTrue(body.startsWith("Orbital GmbH vous invite à «\u00a0" + title + "\u00a0» le mardi 19"
                            + " janvier à 10h00 CET (chez vous\u00a0: 04h00). " + writer + " a envoyé l'invitation le "
                            + when + " («\u00a0Einladung: Onsite\u00a0»).\n\n"), body);
                    assertTrue(body.contains(" pas envoyé" ) && body.contains("\n\nLa fiche de cet entretien, prête à"
                            + " être enregistrée sous conf/interviews/acme-2027-01-19.conf (vérifiez"), body);
                }
                case "es" -> {
                    assertEquals("Orbital GmbH te invita a «" + title + "» el martes 19 de enero a las 10:00 CET",
                            mail.getSubject());
                    assertTrue(body.startsWith("Orbital GmbH te invita a «" + title + "» el martes 19 de enero a las"
                            + " 10:00 CET (en tu hora: 4:00). " + writer + " envió la invitación el " + when
                            + " («Einladung: Onsite»).\n\n"), body);
                    assertTrue(body.contains(" no se enviar") && body.contains("\n\nLa ficha de esta ronda, lista para"
                            + " guardarla como conf/interviews/acme-2027-01-19.conf (revisa"), body);
                }
                default -> {
                    assertEquals("Orbital GmbH invited you to '" + title + "' on Tue 19 Jan 10:00 CET", mail.getSubject());
                    assertTrue(body.startsWith("Orbital GmbH invited you to '" + title + "' on Tue 19 Jan 10:00 CET"
                            + " (04:00 your time). " + writer + " sent the invitation on " + when + " (“Einladung:"
                            + " Onsite”).\n\n"), body);
                    assertTrue(body.contains("\n\nThe record for this round, ready to save as"
                            + " conf/interviews/acme-2027-01-19.conf"), body);
                }
            }
            assertTrue(body.contains("company  = \"Orbital GmbH\"") && body.contains("at       = \"2027-01-19T10:00\"")
                    && body.contains("previous = \"acme\""), body);
            // the record is HOCON, in no language, and the event's title is the company's own words
            String around = body.substring(0, body.indexOf("company  = "));
            assertNoEnglish(language, (mail.getSubject() + "\n" + around).replace(title, ""));
        }
    }

    /** The record's own thank-you template names a value the record lacks: the message fails, with a notice. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_notice_of_a_failed_template_is_written_in_the_users_language(String language) throws Exception {
        Path templates = java.nio.file.Files.createDirectories(root.resolve("templates"));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("templates"))) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        java.nio.file.Files.writeString(templates.resolve("broken.ftl"), "Subject: Thank you\n\n${interview.nosuch}\n");
        try (DaemonHarness h = harness(language).templates(templates)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE,
                    "company = \"Orbital GmbH\"\ntemplates { thank-you = \"broken.ftl\" }"));
            h.start();
            MimeMessage mail = h.delivered(SENDER,
                    h.awaitState("acme/notice/template:" + THANK_YOU, State.SENT).messageId());
            String body = text(mail);
            assertTrue(body.contains("\n\n  " + "templates/broken.ftl:3: interview.nosuch: ") || body.contains(
                    "broken.ftl:3: interview.nosuch"), body);
            switch (language) {
                case "de" -> {
                    assertEquals("followup: Das Dankschreiben für die Orbital GmbH konnte nicht geschrieben werden",
                            mail.getSubject());
                    assertTrue(body.startsWith("Die Vorlage für diese Nachricht ist fehlgeschlagen, daher wurde die"
                            + " Nachricht nicht gesendet:\n\n  "), body);
                    assertTrue(body.matches("(?s).*\n\nKorrigieren Sie die Vorlage und prüfen Sie sie mit `followup"
                            + " validate[^`]*`; danach sendet `followup resume acme[^`]*` die Nachricht, sofern ihr"
                            + " Zeitpunkt nicht verstrichen ist\\.\n.*"), body);
                }
                case "fr" -> {
                    assertEquals("followup\u00a0: impossible de rédiger le message de remerciement pour Orbital GmbH",
                            mail.getSubject());
                    assertTrue(body.startsWith("Le modèle de ce message a échoué\u00a0; le message n'a donc pas été"
                            + " envoyé\u00a0:\n\n  "), body);
                    assertTrue(body.matches("(?s).*\n\nCorrigez le modèle et vérifiez-le avec `followup validate[^`]*`"
                            + "\u00a0; ensuite, `followup resume acme[^`]*` envoie le message, si son heure n'est pas"
                            + " passée\\.\n.*"), body);
                }
                case "es" -> {
                    assertEquals("followup: no se pudo redactar el correo de agradecimiento para Orbital GmbH",
                            mail.getSubject());
                    assertTrue(body.startsWith("La plantilla de este mensaje falló, así que no se envió:\n\n  "), body);
                    assertTrue(body.matches("(?s).*\n\nCorrige la plantilla y compruébala con `followup validate[^`]*`;"
                            + " después, `followup resume acme[^`]*` envía el mensaje, si no ha pasado su"
                            + " momento\\.\n.*"), body);
                }
                default -> {
                    assertEquals("followup: could not write the thank-you for Orbital GmbH", mail.getSubject());
                    assertTrue(body.startsWith("The template for this message failed, so it was not sent:\n\n  "), body);
                }
            }
            assertNoEnglish(language, mail.getSubject() + "\n" + body);
        }
    }
}
