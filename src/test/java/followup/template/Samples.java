package followup.template;

import followup.config.RecordLoader;
import followup.config.Records;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Sender;
import followup.plan.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sample config and records of the project, planned with a clock before the interviews. */
final class Samples {
    static final Instant BEFORE = Instant.parse("2027-01-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(BEFORE, ZoneOffset.UTC);
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final Settings settings;
    final Records records;
    final Planner planner;
    final Templates templates;

    Samples() {
        settings = SettingsLoader.load(Path.of("conf/application.conf"));
        records = RecordLoader.forSettings(settings).loadAll(settings.interviews());
        planner = new Planner(settings.policy(), settings.sender(), CLOCK);
        templates = new Templates(settings.templates(), settings.renderTimeLimit());
    }

    Sender sender() {
        return settings.sender();
    }

    Interview interview(String id) {
        return records.byId(id).orElseThrow(() -> new AssertionError("no sample " + id + ": " + records.problems()));
    }

    List<PlannedMessage> plan(Interview interview) {
        return planner.plan(interview);
    }

    /** Every message of the interview that would go out, rendered. */
    List<Message> render(Interview interview) {
        List<PlannedMessage> plan = plan(interview);
        List<Message> out = new ArrayList<>();
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                out.add(new Message(m, templates.render(interview, sender(), m, plan)));
            }
        }
        return out;
    }

    static List<Message> ofStep(List<Message> messages, Step step) {
        return messages.stream().filter(m -> m.planned().step() == step).toList();
    }

    static Message one(List<Message> messages, Step step) {
        List<Message> found = ofStep(messages, step);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + step + " message, found " + found.size());
        }
        return found.get(0);
    }

    record Message(PlannedMessage planned, Rendered rendered) {
        String subject() {
            return rendered.subject();
        }

        String body() {
            return rendered.body();
        }
    }

    /** An interview built directly, bypassing record validation. */
    static Interview interview(String id, String company, String position, List<Interviewer> interviewers,
                               String contact, String phone, Map<String, String> templates) {
        return new Interview(id, company, position, LocalDateTime.of(2027, 1, 14, 14, 0), NEW_YORK, interviewers,
                contact, phone, LocalDate.of(2027, 1, 22), List.of("two writing samples"),
                List.of("the client case studies"), "Some notes.", Interview.Status.ACTIVE, List.of("acme.example"),
                templates);
    }

    static Interviewer interviewer(String name, String email, String... topics) {
        return new Interviewer(name, "Engineer", email, null, List.of(topics), false, null);
    }
}
