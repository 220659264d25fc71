package followup.template;

import followup.config.BadInputException;
import followup.config.Problem;
import java.util.List;

/** A template that cannot be read or rendered for a record: exit code 2, with the template's file and line. */
public class TemplateException extends BadInputException {
    public TemplateException(Problem problem) {
        super(List.of(problem));
    }

    public Problem problem() {
        return problems().get(0);
    }
}
