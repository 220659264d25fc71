package followup.cli;

import followup.config.BadInputException;
import followup.config.Display;
import followup.config.RecordDraft;
import followup.config.RecordLoader;
import followup.config.Records;
import followup.config.Settings;
import followup.plan.Interview;
import followup.plan.Interviewer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The records already written that a new invitation may be about: the same company, or the same people. An
 * invitation that cancels or moves an interview is said to be about one of them, not added as another.
 */
final class Rounds {
    /** A record that may be the same process: its id (as commands take it), its file and what it holds. */
    record Known(String id, Path file, Interview interview) {
        String shown() {
            return Display.path(file);
        }

        boolean sharesPeople(Set<String> addresses) {
            return interview.interviewers().stream().map(Interviewer::email)
                    .anyMatch(e -> e != null && addresses.contains(e.toLowerCase(Locale.ROOT)));
        }
    }

    /** Two times further apart than this are two interviews, not one moved. */
    static final Duration MOVED_WITHIN = Duration.ofDays(60);

    private Rounds() {
    }

    /**
     * The draft as it may be written: refused when it moves an interview already recorded (the same company, with one
     * of its interviewers or an invitation changed since it was sent, at another time, not yet held); following the
     * latest such interview that already took place, as its next round.
     *
     * @param addresses everyone on the invitation
     * @param changed   whether the invitation says it was changed since first sent (SEQUENCE above 0)
     */
    static RecordDraft placed(Settings settings, Clock clock, String name, RecordDraft draft, Set<String> addresses,
                              boolean changed) {
        ZonedDateTime when = draft.at().atZone(draft.zone());
        Known earlier = null;
        for (Known k : of(settings, draft.company(), addresses)) {
            Interview iv = k.interview();
            boolean people = k.sharesPeople(addresses);
            if (!sameCompany(iv.company(), draft.company()) || !people && !changed) {
                continue;
            }
            ZonedDateTime then = iv.at().atZone(iv.zone());
            if (then.toInstant().equals(when.toInstant())) {
                continue;   // the same interview again: its id says it exists, or --id asks for a copy
            }
            if (Duration.between(then, when).abs().compareTo(MOVED_WITHIN) > 0 && !changed) {
                continue;
            }
            if (then.toInstant().isBefore(clock.instant())) {
                if (earlier == null || then.isAfter(earlier.interview().at().atZone(earlier.interview().zone()))) {
                    earlier = k;
                }
                continue;
            }
            String zone = iv.zone().equals(draft.zone()) ? ""
                    : ", and `zone` from " + iv.zone().getId() + " to " + draft.zone().getId();
            throw new BadInputException(name, "this looks like a new time for " + k.shown() + ": change `at` there"
                    + " from " + iv.at() + " to " + draft.at() + zone + " (the same " + (people ? "people" : "company")
                    + (changed ? ", in an invitation changed since it was sent" : "") + "); nothing was written."
                    + " If it is another interview, add it after that one has taken place, or write it by hand");
        }
        if (earlier == null) {
            return draft;
        }
        return draft.following(RecordLoader.idOf(earlier.file())).noting("This is the next round after "
                + earlier.shown() + " (" + earlier.interview().at() + "), which has taken place: previous = \""
                + RecordLoader.idOf(earlier.file()) + "\" is set, so its pending follow-ups give way to this one's.");
    }

    /** The records of {@code company} or with one of these addresses among their interviewers, in file order. */
    static List<Known> of(Settings settings, String company, Set<String> addresses) {
        Records records = RecordLoader.forSettings(settings).withoutWarnings().loadAll(settings.interviews());
        List<Known> out = new ArrayList<>();
        for (Interview iv : records.interviews()) {
            Path file = records.files().get(iv.id());
            if (file == null) {
                continue;
            }
            Known k = new Known(iv.id(), file, iv);
            if (sameCompany(iv.company(), company) || k.sharesPeople(addresses)) {
                out.add(k);
            }
        }
        return out;
    }

    static boolean sameCompany(String a, String b) {
        String x = squash(a);
        String y = squash(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.length() > 3 && y.startsWith(x) || y.length() > 3 && x.startsWith(y);
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
