package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notice of messages missed while followup could not send them, for one message and for each reason it may
 * give: the latest moment passed, or the message was late and its window opens only after that moment. The whole
 * notice through the daemon is checked by {@code UnsentNoticeLanguagesTest}.
 */
class MissedNoticeTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant LATEST = Instant.parse("2026-12-07T22:00:00Z");

    private static NoticeTexts.Text render(String language, String step, String window) {
        return new NoticeTexts(language, NEW_YORK).render("missed", Map.of("company", "Orbital GmbH",
                "position", "Ingénieur logiciel", "interviewId", "acme", "missed", List.of(Map.of("step", step,
                        "to", "Jane Doe", "latest", LATEST, "window", window))));
    }

    /** Spanish writes the hour of one "a la 1:30", every other "a las": not "a las 1:30". */
    @Test
    void spanish_says_a_la_for_the_hour_of_one() {
        for (String at : List.of("2026-12-07T06:30:00Z", "2026-12-07T18:30:00Z")) {   // 1:30 and 13:30 in New York
            String body = new NoticeTexts("es", NEW_YORK).render("missed", Map.of("company", "Orbital GmbH",
                    "position", "SRE", "interviewId", "acme", "missed", List.of(Map.of("step", "follow-up",
                            "to", "Jane Doe", "latest", Instant.parse(at), "window", "send-window")))).body();
            assertTrue(body.contains(at.startsWith("2026-12-07T06") ? "el lunes 7 de diciembre a la 1:30;"
                    : "el lunes 7 de diciembre a las 13:30;"), body);
        }
    }

    @Test
    void one_follow_up_late_for_the_send_window_is_named_in_each_language() {
        NoticeTexts.Text en = render("en", "follow-up", "send-window");
        assertEquals("followup: 1 step was missed for Orbital GmbH", en.subject());
        assertTrue(en.body().startsWith("This message for your interview with Orbital GmbH for the Ingénieur logiciel"
                + " position was not sent, because its latest moment passed while followup could not send it:\n\n"
                + "  - follow-up to Jane Doe (late, and the send window opens again only after its latest moment,"
                + " Mon 7 Dec 17:00)\n\nNothing was sent late. If it still matters, send it yourself;"), en.body());

        NoticeTexts.Text de = render("de", "follow-up", "send-window");
        assertEquals("followup: Ein Schritt für die Orbital GmbH wurde verpasst", de.subject());
        assertTrue(de.body().startsWith("Diese Nachricht zu Ihrem Vorstellungsgespräch bei der Orbital GmbH für die"
                + " Position Ingénieur logiciel wurde nicht gesendet, weil ihr spätester Zeitpunkt verstrichen ist,"
                + " während followup sie nicht senden konnte:\n\n  - die Nachfrage an Jane Doe (spätester Zeitpunkt:"
                + " Montag, 7. Dezember, um 17:00 Uhr; das Sendefenster öffnet erst danach wieder)\n\nNichts wurde"
                + " verspätet gesendet. Falls sie noch wichtig ist, senden Sie sie selbst;"), de.body());

        NoticeTexts.Text fr = render("fr", "follow-up", "send-window");
        assertEquals("followup\u00a0: une étape manquée pour Orbital GmbH", fr.subject());
        assertTrue(fr.body().startsWith("Ce message lié à votre entretien chez Orbital GmbH pour le poste d'Ingénieur"
                + " logiciel n'a pas été envoyé, car sa date limite est passée pendant que followup ne pouvait pas"
                + " l'envoyer\u00a0:\n\n  - la relance à Jane Doe (date limite\u00a0: le lundi 7 décembre à 17h00\u00a0;"
                + " la plage d'envoi ne rouvre qu'après)\n\nRien n'est parti en retard. S'il compte encore,"
                + " envoyez-le vous-même\u00a0;"), fr.body());

        NoticeTexts.Text es = render("es", "follow-up", "send-window");
        assertEquals("followup: un paso para Orbital GmbH se quedó sin enviar", es.subject());
        assertTrue(es.body().startsWith("Este mensaje de tu entrevista en Orbital GmbH para el puesto de Ingénieur"
                + " logiciel no se envió porque su plazo venció mientras followup no podía enviarlo:\n\n  - el correo de"
                + " seguimiento a Jane Doe (fecha límite: el lunes 7 de diciembre a las 17:00; la ventana de envío no"
                + " vuelve a abrirse hasta después)\n\nNo salió nada con retraso. Si todavía importa, envíalo tú;"),
                es.body());
    }

    /** Every reason is written in the language itself, none falls back to English or to the plain list. */
    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void every_reason_is_written_in_the_users_language(String language) {
        NoticeTexts.Text english = render("en", "debrief", "self-window");
        for (String window : List.of("", "send-window", "call-hours", "self-window")) {
            NoticeTexts.Text text = render(language, "call-reminder", window);
            String line = text.body().lines().filter(l -> l.startsWith("  - ")).findFirst().orElseThrow();
            assertTrue(line.contains(" Jane Doe (") && line.contains("17"), line);
            assertTrue(!text.subject().equals(english.subject()) && !line.contains("latest"), line);
            assertEquals(window.isEmpty(), !line.contains(";"), line);
        }
    }
}
