package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static followup.daemon.DaemonHarness.SENDER;
import static followup.daemon.NoticeLanguagesTest.assertNoEnglish;
import static followup.daemon.NoticeLanguagesTest.moment;
import static followup.daemon.NoticeLanguagesTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notices about messages that did not go out, or may not have, as they arrive in the user's inbox through the
 * daemon's real send path, in the language of {@code sender.language} (as {@link NoticeLanguagesTest} checks the
 * others): every fixed phrase in that language, the moments in its form on the user's clock (New York).
 */
class UnsentNoticeLanguagesTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private DaemonHarness harness(String language) {
        return new DaemonHarness(root, greenMail).settingsPlus("followup.sender.language = " + language);
    }

    private static StoredMessage notice(DaemonHarness h, String prefix) {
        h.awaitTrue("the notice " + prefix + "... to go out", () -> h.store().all().stream()
                .anyMatch(s -> s.key().startsWith(prefix) && s.state() == State.SENT));
        return h.store().all().stream().filter(s -> s.key().startsWith(prefix)).findFirst().orElseThrow();
    }

    /**
     * A first run, its clock two hours behind, plans the thank-yous to Jane and Raj of an interview an hour ago
     * (still ahead on that clock) and stops; the next start, on the right clock, finds both past their latest
     * moment (the interview + 30 minutes): both are skipped, and one notice lists them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_notice_of_messages_missed_while_followup_was_stopped_is_written_in_the_users_language(String language)
            throws Exception {
        LocalDateTime at = LocalDateTime.now(DaemonHarness.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        try (DaemonHarness h = harness(language).clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)))
                .policyPlus("""
                        thank-you { after = 2s, latest = 30m }
                        debrief { after = 1d }
                        follow-up { after = 7d }
                        """)) {
            h.record("acme", DaemonHarness.interviewAt(at, JANE + "\n" + RAJ,
                    "company = \"Orbital GmbH\"\nposition = \"Data Engineer\""));
            h.start();
            h.stop();
            assertEquals(State.PLANNED, h.message(THANK_YOU).orElseThrow().state());

            h.clock(Clock.systemUTC()).start();

            MimeMessage mail = h.delivered(SENDER, notice(h, "acme/notice/missed:").messageId());
            assertEquals(State.SKIPPED, h.message(THANK_YOU).orElseThrow().state());
            String body = text(mail);
            String latest = moment(language, at.plusMinutes(30).atZone(DaemonHarness.ZONE).toInstant());
            String preview = "`followup preview acme`";
            switch (language) {
                case "de" -> {
                    assertEquals("followup: 2 Schritte für die Orbital GmbH wurden verpasst", mail.getSubject());
                    assertTrue(body.startsWith("Diese Nachrichten zu Ihrem Vorstellungsgespräch bei der Orbital GmbH"
                            + " für die Position Data Engineer wurden nicht gesendet, weil ihr spätester Zeitpunkt"
                            + " jeweils verstrichen ist, während followup sie nicht senden konnte:\n\n"
                            + "  - das Dankschreiben an Jane Doe (spätester Zeitpunkt: " + latest + ")\n"
                            + "  - das Dankschreiben an Raj Patel (spätester Zeitpunkt: " + latest + ")\n\n"
                            + "Nichts wurde verspätet gesendet. Falls eine davon noch wichtig ist, senden Sie sie"
                            + " selbst; " + preview + " zeigt den Text.\n"), body);
                }
                case "fr" -> {
                    assertEquals("followup\u00a0: 2 étapes manquées pour Orbital GmbH", mail.getSubject());
                    assertTrue(body.startsWith("Ces messages liés à votre entretien chez Orbital GmbH pour le poste de"
                            + " Data Engineer n'ont pas été envoyés, car leur date limite est passée pendant que"
                            + " followup ne pouvait pas les envoyer\u00a0:\n\n"
                            + "  - le message de remerciement à Jane Doe (date limite\u00a0: le " + latest + ")\n"
                            + "  - le message de remerciement à Raj Patel (date limite\u00a0: le " + latest + ")\n\n"
                            + "Rien n'est parti en retard. Si l'un d'eux compte encore, envoyez-le vous-même\u00a0; "
                            + preview + " en affiche le texte.\n"), body);
                }
                case "es" -> {
                    assertEquals("followup: 2 pasos para Orbital GmbH se quedaron sin enviar", mail.getSubject());
                    assertTrue(body.startsWith("Estos mensajes de tu entrevista en Orbital GmbH para el puesto de Data"
                            + " Engineer no se enviaron porque su plazo venció mientras followup no podía"
                            + " enviarlos:\n\n"
                            + "  - el correo de agradecimiento a Jane Doe (fecha límite: el " + latest + ")\n"
                            + "  - el correo de agradecimiento a Raj Patel (fecha límite: el " + latest + ")\n\n"
                            + "No salió nada con retraso. Si alguno todavía importa, envíalo tú; " + preview
                            + " muestra el texto.\n"), body);
                }
                default -> {
                    assertEquals("followup: 2 steps were missed for Orbital GmbH", mail.getSubject());
                    assertTrue(body.startsWith("These messages for your interview with Orbital GmbH for the Data"
                            + " Engineer position were not sent, because their latest moment passed while followup"
                            + " could not send them:\n\n"
                            + "  - thank-you to Jane Doe (its latest moment, " + latest + ", passed before it could"
                            + " go out)\n"
                            + "  - thank-you to Raj Patel (its latest moment, " + latest + ", passed before it could"
                            + " go out)\n\n"
                            + "Nothing was sent late. If one still matters, send it yourself; " + preview
                            + " shows the text.\n"), body);
                }
            }
            // the list's lines are indented, which assertNoEnglish passes over as quoted: checked whole above
            assertNoEnglish(language, mail.getSubject() + "\n" + body);
        }
    }

    /**
     * The thank-you is planned (due 8 s after the interview, latest 9 s after), then the daemon's clock jumps 5 s
     * ahead of the scheduler's (a machine paused, a clock corrected): when its trigger fires, its latest moment has
     * passed on the daemon's clock, so it is not sent, and one notice says so.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_notice_of_a_message_whose_moment_came_too_late_is_written_in_the_users_language(String language)
            throws Exception {
        JumpingClock clock = new JumpingClock();
        try (DaemonHarness h = harness(language).clock(clock).policyPlus("""
                thank-you { after = 8s, latest = 9s }
                debrief { after = 1d }
                follow-up { after = 7d }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, "company = \"Orbital GmbH\""));
            h.start();
            h.awaitTrue("the thank-you's trigger to be set",
                    () -> h.message(THANK_YOU).map(m -> m.scheduledAt() != null).orElse(false));
            StoredMessage planned = h.message(THANK_YOU).orElseThrow();
            assertTrue(Instant.now().isBefore(planned.due().minusSeconds(1)), "the start was too slow: the"
                    + " thank-you's trigger fires before the clock could jump");
            clock.jump(Duration.ofSeconds(5));

            MimeMessage mail = h.delivered(SENDER,
                    h.awaitState("acme/notice/missed:" + THANK_YOU, State.SENT).messageId());
            assertEquals(State.SKIPPED, h.message(THANK_YOU).orElseThrow().state());
            assertEquals(List.of(), h.inbox("jane@acme.example"));
            String body = text(mail);
            String latest = moment(language, planned.latest());
            String preview = "`followup preview acme`";
            switch (language) {
                case "de" -> {
                    assertEquals("followup: Das Dankschreiben an Jane Doe wurde nicht gesendet (zu spät)",
                            mail.getSubject());
                    assertTrue(body.startsWith("Das Dankschreiben an Jane Doe zu Ihrem Vorstellungsgespräch bei der"
                            + " Orbital GmbH konnte nicht bis zum spätesten Zeitpunkt (" + latest + ") hinausgehen und"
                            + " wurde daher gar nicht gesendet.\n\nFalls die Nachricht noch wichtig ist, senden Sie sie"
                            + " selbst; " + preview + " zeigt den Text.\n"), body);
                }
                case "fr" -> {
                    assertEquals("followup\u00a0: trop tard pour le message de remerciement à Jane Doe",
                            mail.getSubject());
                    assertTrue(body.startsWith("followup n'a pas pu envoyer le message de remerciement à Jane Doe,"
                            + " pour votre entretien chez Orbital GmbH, avant sa date limite (le " + latest + ")\u00a0;"
                            + " rien n'a donc été envoyé.\n\nSi ce message compte encore, envoyez-le vous-même\u00a0; "
                            + preview + " en affiche le texte.\n"), body);
                }
                case "es" -> {
                    assertEquals("followup: el correo de agradecimiento a Jane Doe no se envió (demasiado tarde)",
                            mail.getSubject());
                    assertTrue(body.startsWith("followup no pudo enviar el correo de agradecimiento a Jane Doe, de tu"
                            + " entrevista en Orbital GmbH, antes de su fecha límite (el " + latest + "), así que no se"
                            + " envió.\n\nSi todavía importa, envíalo tú; " + preview + " muestra el texto.\n"), body);
                }
                default -> {
                    assertEquals("followup: thank-you to Jane Doe was not sent (too late)", mail.getSubject());
                    assertTrue(body.startsWith("The thank-you to Jane Doe for your interview with Orbital GmbH could"
                            + " not go out before its latest moment (" + latest + "), so it was not sent at all.\n\nIf"
                            + " it still matters, send it yourself; " + preview + " shows the text.\n"), body);
                }
            }
            assertNoEnglish(language, mail.getSubject() + "\n" + body);
        }
    }

    /**
     * The mailbox's server cannot be reached (a proxy in front of GreenMail's IMAP port, switched off) from the start
     * until the follow-up's latest moment has passed: tried at its moment and 3 s and 6 s later, it is given up
     * unsent 2 s before that moment, and one notice says why. Jane gets a handwritten card instead of a thank-you,
     * so the follow-up is the first message to her.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_notice_of_a_message_not_checked_for_a_reply_is_written_in_the_users_language(String language)
            throws Exception {
        String followUp = "acme/follow-up/jane@acme.example";
        try (SwitchableProxy imap = SwitchableProxy.start(greenMail.getImap().getPort());
             Listened quiet = Listened.to(Mailbox.class);
             Listened quietToo = Listened.to(Settlements.class);
             DaemonHarness h = harness(language).ports(greenMail.getSmtp().getPort(), imap.port())
                     .mail("retry { first = 3s, max = 3s }").policyPlus("""
                             debrief { after = 1d }
                             follow-up { after = 6s }
                             second-follow-up { after = 60s }
                             missed-grace = 8s
                             """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE.replace(" }", ", handwritten = true }"),
                    "company = \"Orbital GmbH\""));
            imap.off();
            h.start();

            StoredMessage skipped = h.awaitState(followUp, State.SKIPPED);
            assertEquals("reply check unavailable", skipped.reason());
            MimeMessage mail = h.delivered(SENDER, h.awaitState("acme/notice/unchecked:" + followUp, State.SENT)
                    .messageId());
            String body = text(mail);
            String latest = moment(language, skipped.latest());
            String quoted = "\n\n  " + followUp + "\n  reply check unavailable: ";
            String preview = "`followup preview acme`";
            switch (language) {
                case "de" -> {
                    assertEquals("followup: Die Nachfrage an jane@acme.example wurde nicht gesendet", mail.getSubject());
                    assertTrue(body.startsWith("Ihr Postfach konnte vor dem spätesten Zeitpunkt dieser Nachricht ("
                            + latest + ") nicht auf eine Antwort von der Orbital GmbH geprüft werden, daher wurde sie"
                            + " nicht gesendet (eine Nachricht nach deren Antwort wäre schlimmer als gar keine):"
                            + quoted), body);
                    assertTrue(body.contains("\n\nFalls die Nachricht noch wichtig ist, sehen Sie zuerst nach, ob eine"
                            + " Antwort eingegangen ist, und senden Sie sie dann selbst; " + preview + " zeigt den"
                            + " Text.\n"), body);
                }
                case "fr" -> {
                    assertEquals("followup\u00a0: message à jane@acme.example non envoyé (réponse non vérifiée)",
                            mail.getSubject());
                    assertTrue(body.startsWith("Votre boîte de réception n'a pas pu être vérifiée avant la date limite"
                            + " de ce message (le " + latest + ") pour savoir si Orbital GmbH avait répondu\u00a0; il"
                            + " n'a donc pas été envoyé (un message après leur réponse serait pire que pas de message"
                            + " du tout)\u00a0:" + quoted), body);
                    assertTrue(body.contains("\n\nSi ce message compte encore, vérifiez d'abord si une réponse est"
                            + " arrivée, puis envoyez-le vous-même\u00a0; " + preview + " en affiche le texte.\n"), body);
                }
                case "es" -> {
                    assertEquals("followup: el correo de seguimiento a jane@acme.example no se envió",
                            mail.getSubject());
                    assertTrue(body.startsWith("No se pudo comprobar tu buzón antes de la fecha límite de este mensaje"
                            + " (el " + latest + ") para ver si Orbital GmbH había respondido, así que no se envió (un"
                            + " mensaje después de su respuesta sería peor que ninguno):" + quoted), body);
                    assertTrue(body.contains("\n\nSi todavía importa, comprueba primero si ha llegado una respuesta y"
                            + " luego envíalo tú; " + preview + " muestra el texto.\n"), body);
                }
                default -> {
                    assertEquals("followup: follow-up to jane@acme.example was not sent", mail.getSubject());
                    assertTrue(body.startsWith("The mailbox could not be checked for a reply from Orbital GmbH before"
                            + " this message's latest moment (" + latest + "), so it was not sent (a message after"
                            + " their reply would be worse than none):" + quoted), body);
                    assertTrue(body.contains("\n\nIf it still matters, see first whether they have answered, then"
                            + " send it yourself; " + preview + " shows the text.\n"), body);
                }
            }
            assertEquals(List.of(), h.messageIds("jane@acme.example"), "the follow-up went out unchecked");
            assertNoEnglish(language, mail.getSubject() + "\n" + body);
        }
    }

    /**
     * A crash left the thank-you {@code sending}, with no answer of the server recorded ({@link
     * UncertainSendTest#crashWhileSending}): the next start does not find it in the sent folder, holds it as
     * uncertain, and one notice asks the user to check.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_notice_of_a_message_whose_send_is_uncertain_is_written_in_the_users_language(String language)
            throws Exception {
        try (Listened quiet = Listened.to(Mailbox.class);
             Listened quietToo = Listened.to(CandidateRun.class);
             DaemonHarness h = harness(language).policyPlus("follow-up { after = 60s }\ndebrief { after = 60s }\n")) {
            StoredMessage claimed = UncertainSendTest.crashWhileSending(h);

            h.start();

            assertEquals(State.FAILED, h.awaitState(THANK_YOU, State.FAILED).state());
            MimeMessage mail = h.delivered(SENDER,
                    h.awaitState("acme/notice/uncertain:" + THANK_YOU, State.SENT).messageId());
            String body = text(mail);
            String quoted = ":\n\n  " + THANK_YOU + "\n  Message-ID " + claimed.messageId() + "\n  ";
            String preview = "(`followup preview acme`)";
            switch (language) {
                case "de" -> {
                    assertEquals("followup: Prüfen Sie, ob eine Nachricht an jane@acme.example hinausgegangen ist",
                            mail.getSubject());
                    assertTrue(body.startsWith("followup wurde beim Senden dieser Nachricht unterbrochen und kann nicht"
                            + " feststellen, ob der Server sie erhalten hat" + quoted + "nicht im Ordner mit den"
                            + " gesendeten Nachrichten gefunden\n\nSie wurde nicht erneut gesendet"
                            + " (policy.on-uncertain = hold). Sehen Sie in Ihren gesendeten Nachrichten nach; falls sie"
                            + " dort fehlt, senden Sie sie selbst " + preview + ".\n"), body);
                }
                case "fr" -> {
                    assertEquals("followup\u00a0: vérifiez si un message à jane@acme.example est bien parti",
                            mail.getSubject());
                    assertTrue(body.startsWith("followup a été interrompu pendant l'envoi de ce message et ne peut pas"
                            + " savoir si le serveur l'a reçu\u00a0" + quoted + "introuvable dans le dossier des"
                            + " messages envoyés\n\nIl n'a pas été renvoyé (policy.on-uncertain = hold). Vérifiez vos"
                            + " messages envoyés\u00a0; s'il n'y figure pas, envoyez-le vous-même " + preview + ".\n"),
                            body);
                }
                case "es" -> {
                    assertEquals("followup: comprueba si salió un mensaje a jane@acme.example", mail.getSubject());
                    assertTrue(body.startsWith("followup se interrumpió mientras enviaba este mensaje y no puede saber"
                            + " si el servidor lo recibió" + quoted + "no está en la carpeta de enviados\n\nNo se ha"
                            + " vuelto a enviar (policy.on-uncertain = hold). Revisa tu correo enviado; si no está,"
                            + " envíalo tú " + preview + ".\n"), body);
                }
                default -> {
                    assertEquals("followup: check whether a message to jane@acme.example went out",
                            mail.getSubject());
                    assertTrue(body.startsWith("followup was interrupted while sending this message and cannot tell"
                            + " whether the server received it" + quoted + "not found in the sent folder\n\nIt was not"
                            + " sent again (policy.on-uncertain = hold). Check your sent mail; if it is missing, send it"
                            + " yourself " + preview + ".\n"), body);
                }
            }
            assertEquals(List.of(), h.inbox("jane@acme.example"));
            // the sent folder's line is indented, which assertNoEnglish passes over: checked whole above
            assertNoEnglish(language, mail.getSubject() + "\n" + body);
        }
    }
}
