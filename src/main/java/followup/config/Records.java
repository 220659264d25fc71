package followup.config;

import followup.plan.Interview;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interview records of one directory: the valid ones, and every problem with the others. A bad record never
 * hides the good ones.
 *
 * @param files id to the file the record came from, for every file (valid or not) whose id could be read
 * @param warnings what the valid records allow but the messages may read badly for (a guessed greeting, a topic
 *                 that reads like a note, an interviewer nobody thanks), each at its file and line
 */
public record Records(List<Interview> interviews, List<Problem> problems, Map<String, Path> files,
                      List<Problem> warnings) {
    public Records {
        interviews = List.copyOf(interviews);
        problems = List.copyOf(problems);
        files = Map.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public Records(List<Interview> interviews, List<Problem> problems, Map<String, Path> files) {
        this(interviews, problems, files, List.of());
    }

    public Optional<Interview> byId(String id) {
        return interviews.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /**
     * The warning about a later round whose {@code previous} names no record (a typo, the earlier round's file named
     * otherwise): the earlier round's follow-ups would still go out as planned, while the user believes they give way
     * to this round. At the line of {@code previous} in {@code file}.
     *
     * @param previous the earlier round's id as the record gives it ({@code NAME/ID} for a candidate's)
     */
    public static Problem unknownPrevious(Path file, String previous) {
        String written = previous.substring(previous.indexOf('/') + 1);
        int line = 0;
        try {
            line = ConfigFiles.parse(file).getValue("previous").origin().lineNumber();
        } catch (RuntimeException notFound) {
            // the record was read a moment ago; without its line the warning still names the file and key
        }
        return new Problem(Display.path(file), Math.max(line, 0), "previous", "warning: no record has the id \""
                + written + "\" (no " + written + ".conf among the interviews), so the follow-ups of the earlier round"
                + " do not give way to this one; write the file name without .conf of the earlier round");
    }
}
