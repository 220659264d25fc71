package followup.cli;

import followup.config.BadInputException;
import followup.config.Deployment;
import followup.config.RecordLoader;
import followup.config.Settings;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --candidate NAME} option of the commands that work on one job seeker of a deployment. */
final class CandidateOption {
    @Option(names = "--candidate", paramLabel = "NAME", description = "the job seeker (a folder under"
            + " followup.candidates); needed when there are several")
    String name;

    /**
     * The candidate named by {@code --candidate}, or by an interview id written {@code NAME/ID}; the one job seeker of
     * a config without candidates.
     */
    Settings choose(Deployment deployment, String interviewId) {
        return deployment.choose(nameFor(deployment, interviewId));
    }

    /** The candidates a command about all of them covers: the one named, or every one. */
    List<Settings> select(Deployment deployment, String interviewId) {
        return deployment.select(nameFor(deployment, interviewId));
    }

    private String nameFor(Deployment deployment, String interviewId) {
        if (interviewId == null || !deployment.many()) {
            return name;
        }
        if (interviewId.indexOf('/') < 0) {
            if (name == null && (deployment.candidates().size() != 1 || !deployment.problems().isEmpty())) {
                throw whose(deployment, interviewId);
            }
            return name;
        }
        String prefix = interviewId.substring(0, interviewId.indexOf('/'));
        if (name != null && !name.equals(prefix)) {
            throw new BadInputException(deployment.settings().file().toString(), "the interview " + interviewId
                    + " is candidate " + prefix + "'s, not --candidate " + name + "'s");
        }
        return prefix;
    }

    /** An interview id without its candidate, among several: whose it is, and how to name them. */
    private static BadInputException whose(Deployment deployment, String interviewId) {
        List<String> holders = deployment.candidates().stream()
                .filter(s -> Files.isRegularFile(s.interviews().resolve(interviewId + RecordLoader.EXTENSION)))
                .map(Settings::candidate).toList();
        String how = holders.isEmpty() ? "write NAME/" + interviewId + " or add --candidate NAME"
                : "write " + holders.get(0) + "/" + interviewId + " or add --candidate " + holders.get(0);
        String message = switch (holders.size()) {
            case 0 -> "no candidate that can run has an interview " + interviewId + " (candidates: "
                    + (deployment.names().isEmpty() ? "none" : String.join(", ", deployment.names())) + "); " + how;
            case 1 -> "the interview " + interviewId + " is candidate " + holders.get(0) + "'s: " + how;
            default -> "several candidates have an interview " + interviewId + " (" + String.join(", ", holders)
                    + "): say whose, e.g. " + how;
        };
        return new BadInputException(deployment.settings().file().toString(), message);
    }

    /** The interview id as the store knows it: {@code NAME/ID} for a candidate's interview. */
    static String qualified(Settings candidate, String interviewId) {
        if (candidate.candidate().isEmpty() || interviewId.startsWith(candidate.candidate() + "/")) {
            return interviewId;
        }
        return candidate.candidate() + "/" + interviewId;
    }
}
