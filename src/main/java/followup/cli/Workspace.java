package followup.cli;

import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Problem;
import followup.config.RecordLoader;
import followup.config.Records;
import followup.config.Settings;
import followup.plan.Interview;
import followup.holiday.PublicHolidays;
import followup.plan.Planner;
import followup.template.Templates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What every command needs: the settings, the records, the templates and a planner, loaded once. */
record Workspace(Settings settings, Records records, Templates templates, Planner planner) {

    /** The workspace of the one job seeker of a config without candidates (or the only candidate). */
    static Workspace open(Path config, Clock clock) {
        return open(Deployment.withoutSecrets(config).choose(null), clock);
    }

    /** The workspace of the candidate {@code --candidate} or the interview id ({@code NAME/ID}) names. */
    static Workspace open(ConfigOption config, CandidateOption candidate, String id, Clock clock) {
        return open(candidate.choose(Deployment.withoutSecrets(config.file), id), clock);
    }

    /** The workspace of one candidate (or of the one job seeker of a config without candidates). */
    static Workspace open(Settings settings, Clock clock) {
        Records records = RecordLoader.forSettings(settings).loadAll(settings.interviews());
        Templates templates = new Templates(settings);
        return new Workspace(settings, records, templates, new Planner(settings.policy(), settings.sender(), clock,
                PublicHolidays.of(settings.holidays())));
    }

    /** Bad input unless a record file with this id exists (valid or not): hold and resume work on either. */
    void requireRecordFile(String id) {
        id = CandidateOption.qualified(settings, id);
        if (!records.files().containsKey(id)) {
            throw new BadInputException(followup.config.Display.path(settings.interviews()), "no interview with id \""
                    + id + "\" (known ids: " + String.join(", ", records.files().keySet()) + ")");
        }
    }

    /** The interview with this id, or bad input naming the known ids (or the record's own problems). */
    Interview interview(String given) {
        String id = CandidateOption.qualified(settings, given);
        return records.byId(id).orElseThrow(() -> {
            List<Problem> own = records.problems().stream()
                    .filter(p -> records.files().containsKey(id) && p.file().equals(
                            followup.config.Display.path(records.files().get(id))))
                    .toList();
            if (!own.isEmpty()) {
                return new BadInputException(own);
            }
            return new BadInputException(followup.config.Display.path(settings.interviews()),
                    "no interview with id \"" + id + "\" (known ids: "
                            + String.join(", ", records.interviews().stream().map(Interview::id).toList()) + ")");
        });
    }
}
