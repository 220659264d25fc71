package followup.cli;

import followup.config.Display;
import followup.config.RecordLoader;
import followup.config.Records;
import followup.config.Settings;
import followup.plan.Interview;
import followup.plan.Interviewer;
import java.nio.file.Path;
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

    private Rounds() {
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
