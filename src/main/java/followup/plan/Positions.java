package followup.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A position's name as a person writes it, without the gender marker a job ad carries ("(m/w/d)", "(all genders)"). */
public final class Positions {
    /** Brackets at the end, after an optional dash, bar or comma: whether they hold a marker is {@link #isMarker}'s. */
    private static final Pattern BRACKETED = Pattern.compile(
            "(?u)\\s*(?:[-–—|,]\\s*)?[(\\[]\\s*([^()\\[\\]]{1,40}?)\\s*[)\\]]\\s*$");
    /** A marker written without brackets at the end ("Engineer - m/w/d"): letters separated by slashes. */
    private static final Pattern BARE = Pattern.compile(
            "(?u)(?:^|\\s+)(?:[-–—|,]\\s*)?(\\p{L}{1,6}(?:\\s*/\\s*\\p{L}{1,6}){1,3})\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/|,*]\\s*|\\s+");
    /** Markers written as words. */
    private static final Set<String> WORDS = Set.of("all genders", "all gender", "any gender", "alle geschlechter",
            "gn", "gn*", "genderneutral", "gender neutral", "tous genres", "todos los géneros");
    /**
     * The sets of letters a gender marker is made of, in any order: m(ale, ännlich, asculin), w(eiblich), f(emale,
     * emme), h(omme, ombre), d(ivers), x. "(AI/ML)", "(UX/UI)", "(H/W)" are none of them.
     */
    private static final Set<Set<String>> MARKERS = Set.of(Set.of("m", "w"), Set.of("m", "f"), Set.of("h", "f"),
            Set.of("h", "m"), Set.of("m", "w", "d"), Set.of("m", "f", "d"), Set.of("m", "w", "x"),
            Set.of("m", "f", "x"), Set.of("h", "f", "x"), Set.of("h", "f", "d"), Set.of("m", "w", "d", "x"),
            Set.of("m", "f", "d", "x"));

    /** True if {@code content} (what is inside the brackets) is a known gender marker, in any case. */
    static boolean isMarker(String content) {
        String c = content.strip().toLowerCase(Locale.ROOT);
        if (WORDS.contains(c)) {
            return true;
        }
        String[] parts = SEPARATOR.split(c);
        Set<String> letters = new HashSet<>();
        for (String part : parts) {
            String letter = part.equals("div") || part.equals("divers") || part.equals("diverse") ? "d" : part;
            if (!letters.add(letter)) {
                return false;
            }
        }
        return parts.length == letters.size() && MARKERS.contains(letters);
    }

    private Positions() {
    }

    /**
     * A trailing "role" or "position", which the messages add themselves ("the Platform Engineer role"): written in
     * the record as well, it would read "the Platform Engineer role role".
     */
    private static final Pattern ROLE_WORD = Pattern.compile("(?iu)(?<=\\S)\\s+(?:role|position)$");

    /**
     * What the messages write before the position themselves ("the Data Engineer role", "le poste de Data Engineer",
     * "el puesto de Ingeniero"): an article, or "the role of", as an invitation's summary often names the position
     * ("Interview for the role of Data Engineer", "for a Senior Engineer position"), would be written twice.
     */
    private static final Pattern LEADING = Pattern.compile("(?iu)^(?:(?:the|a|an)\\s+(?:role|position|post|job)"
            + "\\s+(?:of|as)\\s+|(?:the|a|an)\\s+|(?:le|la)\\s+poste\\s+(?:de\\s+|d['\u2019])"
            + "|el\\s+puesto\\s+de\\s+)(?=\\S)");

    /**
     * "Platform Engineer (m/w/d)", "Platform Engineer role" and "the role of Platform Engineer" give "Platform
     * Engineer"; a name without a marker is returned as it is.
     */
    public static String withoutSuffix(String position) {
        String out = position.strip();
        for (int i = 0; i < 3; i++) {
            String next = withoutMarker(out);
            if (next.equals(out) || next.isEmpty()) {
                break;
            }
            out = next;
        }
        String unprefixed = LEADING.matcher(out).replaceFirst("");
        String bare = ROLE_WORD.matcher(unprefixed).replaceFirst("");
        return bare.isEmpty() ? out : bare;
    }

    /** {@code position} without the gender marker at its end, if it ends with one. */
    private static String withoutMarker(String position) {
        for (Pattern p : List.of(BRACKETED, BARE)) {
            Matcher m = p.matcher(position);
            if (m.find() && isMarker(m.group(1))) {
                return position.substring(0, m.start()).strip();
            }
        }
        return position;
    }

    /** True when the position carries a job-ad marker that the messages leave out. */
    public static boolean hasSuffix(String position) {
        return !withoutSuffix(position).equals(position.strip());
    }
}
