package followup.config;

import followup.FollowupException;
import java.util.List;
import java.util.stream.Collectors;

/** The user's config, records, templates or arguments are wrong; every problem found is listed. Exit code 2. */
public class BadInputException extends FollowupException {
    private final List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String file, String message) {
        this(List.of(new Problem(file, 0, "", message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
