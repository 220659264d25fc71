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
 */
public record Records(List<Interview> interviews, List<Problem> problems, Map<String, Path> files) {
    public Records {
        interviews = List.copyOf(interviews);
        problems = List.copyOf(problems);
        files = Map.copyOf(files);
    }

    public Optional<Interview> byId(String id) {
        return interviews.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
