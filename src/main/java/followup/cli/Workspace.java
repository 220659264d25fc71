package followup.cli;

import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.Problem;
import followup.config.RecordLoader;
import followup.config.Records;
import followup.config.Settings;
import followup.config.Suggest;
import followup.plan.Interview;
import followup.holiday.PublicHolidays;
import followup.plan.Planner;
import followup.template.Templates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        Records records = RecordLoader.forSettings(settings).at(clock.instant()).loadAll(settings.interviews());
        Templates templates = new Templates(settings);
        return new Workspace(settings, records, templates, new Planner(settings.policy(), settings.sender(), clock,
                PublicHolidays.of(settings.holidays())));
    }

    /** Bad input unless a record file with this id exists (valid or not): hold and resume work on either. */
    void requireRecordFile(String id) {
        id = CandidateOption.qualified(settings, id);
        if (!records.files().containsKey(id)) {
            throw new BadInputException(followup.config.Display.path(settings.interviews()),
                    noSuchId(id, records.files().keySet()));
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
                    noSuchId(id, records.interviews().stream().map(Interview::id).toList()));
        });
    }

    /** The warnings of one valid record (validate's), in file order. */
    List<Problem> warnings(Interview interview) {
        String file = followup.config.Display.path(records.files().get(interview.id()));
        return records.warnings().stream().filter(w -> w.file().equals(file)).toList();
    }

    /** How many known ids an unknown one is answered with: the rest are in {@code plan}. */
    private static final int IDS_SHOWN = 10;

    /** An id no record has: the close one if there is one (a typo, another case), then the known ids in order. */
    static String noSuchId(String id, Collection<String> known) {
        List<String> ids = known.stream().sorted().toList();
        StringBuilder text = new StringBuilder("no interview with id \"").append(id).append('"');
        Suggest.onlyClosest(id, ids).or(() -> onlyOneStartingWith(id, ids)).ifPresent(close -> text.append("; did you mean \"").append(close).append("\"?"));
        if (ids.isEmpty()) {
            return text.append(" (there is no record yet)").toString();
        }
        text.append(" (known ids: ").append(String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_SHOWN))));
        if (ids.size() > IDS_SHOWN) {
            text.append(", and ").append(ids.size() - IDS_SHOWN).append(" more: followup plan lists them");
        }
        return text.append(')').toString();
    }

    /** The one known id that starts with what was typed ({@code zeta} for {@code zeta-backend}), if only one does. */
    private static Optional<String> onlyOneStartingWith(String id, List<String> ids) {
        String typed = id.toLowerCase(Locale.ROOT);
        List<String> starting = ids.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(typed)).toList();
        return starting.size() == 1 && !typed.isEmpty() ? Optional.of(starting.get(0))
                : Optional.empty();
    }
}
