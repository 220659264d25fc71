package followup.plan;

import java.util.Locale;
import java.util.Set;

/**
 * Spanish "Don" and "Doña", written before the given name ("Doña María García", "D. José Martín") and as often
 * abbreviated as spelt out: "Dña.", "Dña", "D.ª" and "Dª" are Doña, "D." is Don. Like "M." for Monsieur in French,
 * "D." is Don only in a Spanish record; elsewhere it is an initial ("D. Smith"), and "Don" a given name ("Don
 * Draper").
 */
final class DonDona {
    private DonDona() {
    }

    /** Doña and its abbreviations, lower case and without a trailing period. */
    private static final Set<String> DONA = Set.of("doña", "dña", "d.ª", "dª", "d.ᵃ");

    /** Whether a word is Doña or one of its abbreviations, in any language ("Dña.", "D.ª"). */
    static boolean dona(String word) {
        return DONA.contains(key(word));
    }

    /** Whether a word is "D.", Don abbreviated, which it is only in Spanish. */
    static boolean abbreviatedDon(String word, boolean spanish) {
        return spanish && word.equals("D.");
    }

    /**
     * The courtesy a greeting in Spanish reads from the first word of how a person is addressed: a woman for every
     * form of Doña, a man for "Don" and "D.", else {@link PersonName.Courtesy#NONE}.
     */
    static PersonName.Courtesy spanishCourtesy(String address) {
        String[] words = address.strip().split("\\s+", 2);
        String first = words[0];
        if (words.length < 2) {
            return PersonName.Courtesy.NONE;
        }
        if (dona(first)) {
            return PersonName.Courtesy.WOMAN;
        }
        return first.equals("Don") || abbreviatedDon(first, true) ? PersonName.Courtesy.MAN
                : PersonName.Courtesy.NONE;
    }

    private static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
