package followup.template;

import followup.config.Suggest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A template that names a field its data does not have ({@code interview.compnay}) failed as if the record lacked a
 * value; a name close to a field that is there is taken for a typo of it, and said so.
 */
final class UnknownFields {
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private UnknownFields() {
    }

    /**
     * For {@code a.b.c} whose {@code a.b} is a map of the model without a key {@code c} but with one close to it: "is
     * no field of a.b; did you mean ...". Empty when the expression is not such a path, the key is there (without a
     * value), or no field is close (a field the record leaves out: its value is what is missing).
     */
    static Optional<String> of(String expr, Map<String, Object> model) {
        if (model == null || !PATH.matcher(expr).matches()) {
            return Optional.empty();
        }
        String[] parts = expr.split("\\.");
        Object at = model;
        for (int i = 0; i < parts.length; i++) {
            if (!(at instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            if (!map.containsKey(parts[i])) {
                List<String> fields = map.keySet().stream().map(String::valueOf).sorted().toList();
                // a field a record leaves out is missing from its data as well: only one close to a field there
                // is taken for a typo
                String of = String.join(".", List.of(parts).subList(0, i));
                String prefix = i == 0 ? "" : of + ".";
                String whose = i == 0 ? "the template's data" : of;
                return Suggest.closest(parts[i], fields).map(c -> "is no field of " + whose + "; did you mean "
                        + prefix + c + "? (its fields: " + String.join(", ", fields) + ")");
            }
            at = map.get(parts[i]);
        }
        return Optional.empty();
    }
}
