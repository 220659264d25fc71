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
}
