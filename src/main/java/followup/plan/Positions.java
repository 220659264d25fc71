package followup.plan;

import java.util.regex.Pattern;

/** A position's name as a person writes it, without the gender marker a job ad carries ("(m/w/d)", "(all genders)"). */
public final class Positions {
    private static final String MARK = "[a-zA-Z*]{1,3}";
    private static final Pattern SUFFIX = Pattern.compile("(?iu)\\s*(?:[-–—|,]\\s*)?(?:"
            + "[(\\[]\\s*" + MARK + "(?:\\s*[/|,*]\\s*" + MARK + "){1,3}\\s*[)\\]]"
            + "|[(\\[]\\s*(?:all genders|alle geschlechter|gn\\*?|genderneutral|gender neutral|any gender|w/m/d/x)"
            + "\\s*[)\\]]"
            + "|\\b(?:m/w/d|w/m/d|m/f/d|f/m/d|m/f/x|f/m/x|m/w/x|h/f|f/h|h/m|m/h|d/f/m|w/m/x)\\b"
            + ")\\s*$");

    private Positions() {
    }

    /**
     * A trailing "role" or "position", which the messages add themselves ("the Platform Engineer role"): written in
     * the record as well, it would read "the Platform Engineer role role".
     */
    private static final Pattern ROLE_WORD = Pattern.compile("(?iu)(?<=\\S)\\s+(?:role|position)$");

    /**
     * "Platform Engineer (m/w/d)" and "Platform Engineer role" give "Platform Engineer"; a name without a marker is
     * returned as it is.
     */
    public static String withoutSuffix(String position) {
        String out = position.strip();
        for (int i = 0; i < 3; i++) {
            String next = SUFFIX.matcher(out).replaceFirst("").strip();
            if (next.equals(out) || next.isEmpty()) {
                break;
            }
            out = next;
        }
        return ROLE_WORD.matcher(out).replaceFirst("");
    }

    /** True when the position carries a job-ad marker that the messages leave out. */
    public static boolean hasSuffix(String position) {
        return !withoutSuffix(position).equals(position.strip());
    }
}
