package followup.plan;

import java.util.Locale;
import java.util.Set;

/**
 * Words that make a name a team's, a department's or a company's rather than a person's: "Hiring Team", "Talent
 * Acquisition", "Acme Careers" (the display name of a careers address), "Nordlicht GmbH". Such a name has no given
 * name to greet by ("Dear Hiring," "Dear Acme,"), so it is greeted whole.
 */
final class GroupNames {
    private GroupNames() {
    }

    private static final Set<String> WORDS = Set.of("team", "teams", "careers", "career", "recruiting",
            "recruitment", "talent", "hiring", "hr", "acquisition", "department", "inc", "llc", "ltd", "gmbh", "ag",
            "plc", "corp", "karriere", "personalabteilung", "equipo", "équipe", "equipe", "recrutement", "rrhh",
            "talento", "selección", "seleccion");

    /** Whether a word of a name (as written) says it is no person's: "Team", "Careers", "GmbH", "Inc.". */
    static boolean word(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(k.endsWith(".") ? k.substring(0, k.length() - 1) : k);
    }
}
