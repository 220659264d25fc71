package followup.config;

import followup.plan.Greeting;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A salutation written with another language's form of address ("Ms. Chen" in a German record, "Frau Dr. Vogel" in
 * an English one): the messages use a salutation as written, so that word would stand in the greeting of a message
 * in the record's language ("Guten Tag Ms. Chen,"). Said with the form that language uses; never changed.
 */
final class SalutationLanguage {
    private record Form(String language, boolean woman) {
    }

    /** Forms of address by their first word, lower case and without a full stop; "M." is also an initial. */
    private static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("mr", new Form("en", false)), Map.entry("ms", new Form("en", true)),
            Map.entry("mrs", new Form("en", true)), Map.entry("miss", new Form("en", true)),
            Map.entry("herr", new Form("de", false)), Map.entry("frau", new Form("de", true)),
            // "Hr. Weiß", as a German invitation writes it ("Fr." is also Father, so not here)
            Map.entry("hr", new Form("de", false)), Map.entry("hrn", new Form("de", false)),
            Map.entry("monsieur", new Form("fr", false)), Map.entry("mme", new Form("fr", true)),
            Map.entry("madame", new Form("fr", true)), Map.entry("mlle", new Form("fr", true)),
            Map.entry("sr", new Form("es", false)), Map.entry("sra", new Form("es", true)),
            Map.entry("srta", new Form("es", true)), Map.entry("señor", new Form("es", false)),
            Map.entry("señora", new Form("es", true)));
    private static final Map<String, String> NAMES = Map.of("en", "English", "de", "German", "fr", "French",
            "es", "Spanish");

    private SalutationLanguage() {
    }

    /** The warning for {@code salutation} in a record whose messages are in {@code language}; empty when none. */
    static Optional<String> warning(String salutation, String language) {
        String written = salutation.strip();
        String[] words = written.split("\\s+", 2);
        Form form = FORMS.get(key(words[0]));
        if (form == null || words.length < 2 || form.language().equals(language) || !NAMES.containsKey(language)) {
            return Optional.empty();
        }
        return Optional.of("\"" + written + "\" is " + article(NAMES.get(form.language())) + " form of address, and"
                + " the messages of this record are in " + NAMES.get(language) + ", so they greet \""
                + Greeting.line(language, written, written) + "\"; write salutation = \""
                + translated(words[1], form.woman(), language) + "\"");
    }

    /** The rest of the salutation ("Chen", "Dr. Vogel") with the form {@code language} gives it. */
    private static String translated(String rest, boolean woman, String language) {
        String first = key(rest.split("\\s+")[0]);
        boolean doctor = first.equals("dr");
        boolean professor = first.equals("prof");
        String name = doctor || professor ? rest.split("\\s+", 2).length > 1 ? rest.split("\\s+", 2)[1] : "" : rest;
        return switch (language) {
            case "de" -> (woman ? "Frau " : "Herr ") + rest;
            case "fr" -> doctor ? "Docteur " + name : professor ? "Professeur " + name
                    : (woman ? "Madame " : "Monsieur ") + rest;
            case "es" -> doctor ? (woman ? "Dra. " : "Dr. ") + name : professor ? (woman ? "Profa. " : "Prof. ") + name
                    : (woman ? "Sra. " : "Sr. ") + rest;
            default -> doctor || professor ? rest : (woman ? "Ms. " : "Mr. ") + rest;
        };
    }

    private static String article(String languageName) {
        return languageName.startsWith("E") ? "an " + languageName : "a " + languageName;
    }

    private static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
