package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The call reminder goes to the user at a time the company can be called; its body says what time it is there
 * and when their day ends, in the user's own time too, so that a company in another zone is not called at the
 * wrong hour. In each shipped language of the template.
 */
class CallReminderTimeTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private static Sender sender(String language, ZoneId zone) {
        return new Sender("Alex Morgan", "alex@example.com", null, zone, null, null, language);
    }

    /** Sakura KK in Tokyo, an interview on Tuesday 1 June 2027; the call reminder comes Monday 14 June 09:00 JST. */
    private static Interview tokyo(String language, ZoneId contactZone) {
        List<Interviewer> people = List.of(new Interviewer("Tanaka Hiroshi", null, "tanaka@sakura.example",
                contactZone, List.of("incident response"), false, null));
        return new Interview("sakura", "Sakura KK", "SRE", LocalDateTime.of(2027, 6, 1, 10, 0), TOKYO, people,
                "tanaka@sakura.example", "+81 3 1234 5678", null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
    }

    private String callReminder(Interview interview, Sender sender) {
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        PlannedMessage call = plan.stream().filter(m -> m.step() == Step.CALL_REMINDER).findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2027, 6, 14, 9, 0), call.due().atZone(TOKYO).toLocalDateTime(), call.reason());
        return templates.render(interview, sender, call, plan).body();
    }

    @Test
    void english_says_the_companys_time_and_when_their_day_ends_in_the_users_time() {
        // 09:00 Monday in Tokyo is 20:00 Sunday in New York: the end of their day is Monday for the user
        String body = callReminder(tokyo("en", null), sender("en", NEW_YORK));

        assertTrue(body.contains("When: it is 9:00 AM Monday in Tokyo (JST); their day ends at 5:00 PM JST,"
                + " 4:00 AM Monday your time.\n"), body);
    }

    @Test
    void a_day_that_ends_on_the_users_next_day_says_which_day() {
        Interview newYorkContact = tokyo("en", NEW_YORK);
        Sender inTokyo = sender("en", TOKYO);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, inTokyo, Samples.CLOCK).plan(newYorkContact);
        PlannedMessage call = plan.stream().filter(m -> m.step() == Step.CALL_REMINDER).findFirst().orElseThrow();

        String body = templates.render(newYorkContact, inTokyo, call, plan).body();

        assertTrue(body.contains("in New York (EDT); their day ends at 5:00 PM EDT, 6:00 AM "), body);
        assertTrue(body.matches("(?s).*6:00 AM (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) your time.*"),
                body);
    }

    @Test
    void german_french_and_spanish_say_it_too() {
        String de = callReminder(tokyo("de", null), sender("de", NEW_YORK));
        assertTrue(de.contains("Wann: In Tokio (JST) ist es Montag, 09:00 Uhr; dort endet der Arbeitstag um"
                + " 17:00 Uhr JST, bei Ihnen am Montag um 04:00 Uhr.\n"), de);

        String fr = callReminder(tokyo("fr", null), sender("fr", NEW_YORK));
        assertTrue(fr.contains("Quand\u00a0: il est 09h00, lundi, à Tokyo (JST)\u00a0; leur journée se termine à"
                + " 17h00 JST, soit lundi à 04h00 chez vous.\n"), fr);

        String es = callReminder(tokyo("es", null), sender("es", NEW_YORK));
        assertTrue(es.contains("Cuándo: en Tokio (JST) son las 9:00 del lunes; su jornada termina a las 17:00 JST,"
                + " las 4:00 del lunes en tu hora.\n"), es);
    }

    @Test
    void a_user_in_the_companys_zone_is_not_told_the_same_time_twice() {
        String en = callReminder(tokyo("en", null), sender("en", TOKYO));
        assertTrue(en.contains("When: it is 9:00 AM Monday in Tokyo (JST); their day ends at 5:00 PM JST.\n"), en);
        String de = callReminder(tokyo("de", null), sender("de", TOKYO));
        assertTrue(de.contains("dort endet der Arbeitstag um 17:00 Uhr JST.\n"), de);
        String fr = callReminder(tokyo("fr", null), sender("fr", TOKYO));
        assertTrue(fr.contains("leur journée se termine à 17h00 JST.\n"), fr);
        String es = callReminder(tokyo("es", null), sender("es", TOKYO));
        assertTrue(es.contains("su jornada termina a las 17:00 JST.\n"), es);
    }

    /** Nordlicht GmbH in Berlin, an interview on Tuesday 1 June 2027 at 10:00, summer time there. */
    private static Interview berlin() {
        List<Interviewer> people = List.of(new Interviewer("Lena Vogel", null, "lena@nordlicht.example", null,
                List.of("Datenqualität"), false, null));
        return new Interview("nordlicht", "Nordlicht", "Data Engineer", LocalDateTime.of(2027, 6, 1, 10, 0),
                ZoneId.of("Europe/Berlin"), people, "lena@nordlicht.example", null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), "de", List.of(), null);
    }

    @Test
    void a_german_reminder_names_the_zone_as_germans_do() {
        Interview interview = berlin();
        Sender inNewYork = sender("de", NEW_YORK);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, inNewYork, Samples.CLOCK).plan(interview);
        String call = templates.render(interview, inNewYork, plan.stream()
                .filter(m -> m.step() == Step.CALL_REMINDER).findFirst().orElseThrow(), plan).body();
        String debrief = templates.render(interview, inNewYork, plan.stream()
                .filter(m -> m.step() == Step.DEBRIEF).findFirst().orElseThrow(), plan).body();

        assertTrue(call.contains("In Berlin (MESZ) ist es "), call);
        assertTrue(call.contains("dort endet der Arbeitstag um 17:00 Uhr MESZ, bei Ihnen "), call);
        assertTrue(debrief.contains("Dienstag, 1. Juni, um 10:00 Uhr MESZ."), debrief);
        assertFalse(call.contains("CEST"), call);
        assertFalse(debrief.contains("CEST"), debrief);
    }
}
