package followup.inbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Whether a sender's display name names a company: "Acme Careers", "Acme Talent Team" and "Acme" name Acme Corp;
 * "Acmedia" and "Nordlicht" do not name Nordlicht Data GmbH. Words are compared whole, without case, accents or the
 * company's legal form. Pure.
 */
public final class CompanyNames {
    /** Legal forms and the like, left out at the end of a company's name. */
    private static final Set<String> LEGAL = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
            "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "mbh", "ag", "kg", "ug", "se", "sa", "sas", "sarl",
            "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "pty", "pte", "kk", "group", "holding",
            "holdings");
    /** A shorter name (after its legal form is left out) is too likely to be part of another word or name. */
    private static final int MIN_LETTERS = 3;

    private CompanyNames() {
    }

    /** True if the words of {@code company}, without its legal form, appear in that order in {@code displayName}. */
    public static boolean named(String displayName, String company) {
        if (displayName == null || company == null) {
            return false;
        }
        List<String> name = words(company);
        while (name.size() > 1 && LEGAL.contains(name.get(name.size() - 1))) {
            name.remove(name.size() - 1);
        }
        if (String.join("", name).length() < MIN_LETTERS) {
            return false;
        }
        return Collections.indexOfSubList(words(displayName), name) >= 0;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : AutoReplySignals.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
