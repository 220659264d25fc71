package followup.template;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The call reminder says where the company is as the reminder's language names the city, not as the zone's id
 * spells it in English: "en París", "in Wien", "à Londres"; an English one keeps the id's name.
 */
class CallReminderPlaceTest {
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private String callReminder(String language, ZoneId companyZone) {
        List<Interviewer> people = List.of(new Interviewer("Lena Vogel", null, "lena@nordlicht.example", null,
                List.of("data quality"), false, null));
        Interview interview = new Interview("nordlicht", "Nordlicht", "Data Engineer",
                LocalDateTime.of(2027, 6, 1, 10, 0), companyZone, people, "lena@nordlicht.example", null, null,
                List.of(), List.of(), null, Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, ZoneId.of("America/New_York"), null,
                null, language);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        PlannedMessage call = plan.stream().filter(m -> m.step() == Step.CALL_REMINDER).findFirst().orElseThrow();
        return templates.render(interview, sender, call, plan).body();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "es|Europe/Paris|Cuándo: en París (",
            "es|America/New_York|Cuándo: en Nueva York (",
            "es|America/Mexico_City|Cuándo: en Ciudad de México (",
            "de|Europe/Vienna|Wann: In Wien (",
            "de|Asia/Tokyo|Wann: In Tokio (",
            "fr|Europe/London|à Londres (",
            "fr|Europe/Vienna|à Vienne (",
            "en|Europe/Vienna|in Vienna (",
            "es|America/Chicago|Cuándo: en Chicago ("})
    void theCityIsNamedInTheLanguageOfTheReminder(String language, String zone, String expected) {
        String body = callReminder(language, ZoneId.of(zone));
        assertTrue(body.contains(expected), body);
    }
}
