package followup.config;

import followup.plan.Greeting;
import followup.plan.PersonName;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interviewer's name written in a shape the messages would print as it stands: family name first with a comma
 * ("Doe, Jane", as a company directory lists people), a role in brackets after it ("Jane Doe (Engineering
 * Manager)"), or an email address. Said with the name to write instead; the name itself is never changed.
 */
final class NameShapes {
    /** "Doe, Jane", "Smith, Dr. Jane": one comma, a family name before it. */
    private static final Pattern FAMILY_FIRST = Pattern.compile("([^,()@]+),\\s*([^,()@]+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Jane Doe (Engineering Manager)": a role or a pronoun in brackets at the end. */
    private static final Pattern BRACKETED = Pattern.compile("([^()]+?)\\s*\\(([^()]*)\\)");

    private NameShapes() {
    }

    /**
     * What is wrong with how {@code name} is written, and what to write instead; empty when nothing is.
     *
     * @param salutation the interviewer's salutation, or null: the greeting the messages would open with
     */
    static Optional<String> warning(String name, String salutation, String language) {
        String written = name.strip();
        if (written.contains("@")) {
            String shown = quoted(shown(written, salutation, language));
            return Optional.of("the name \"" + written + "\" is an email address, and the messages print it as a name"
                    + " (" + shown + "); write the person's name, name = \"Jane Doe\", and the address as email = "
                    + "\"" + written + "\"");
        }
        Matcher family = FAMILY_FIRST.matcher(written);
        if (family.matches() && !PersonName.parse(written, language).certain()
                && !PersonName.parse(family.group(2), language).full().isBlank()) {
            // the part after the comma is no suffix (", Jr.", ", PhD" are read as such): it is the given name
            String before = family.group(1).strip();
            String after = family.group(2).strip();
            String shown = quoted(shown(written, salutation, language));
            if (words(before) > 1 && words(PersonName.parse(after, language).full()) > 1) {
                return Optional.of("the name \"" + written + "\" looks like two people (\"" + before + "\" and \""
                        + after + "\"), and the messages would greet them as one (" + shown + "); give each their"
                        + " own entry: { name = \"" + before + "\", email = \"...\" }, { name = \"" + after + "\", email = \"...\" }");
            }
            String turned = after + " " + before;
            String fixed = PersonName.inNormalCase(turned).orElse(turned);
            return Optional.of("the name \"" + written + "\" is written family name first, with a comma, as a"
                    + " directory lists people, and the messages print it so (" + shown + "); write it as it is"
                    + " said: name = \"" + fixed + "\"" + greeted(fixed, salutation, language));
        }
        Matcher bracketed = BRACKETED.matcher(written);
        if (bracketed.matches() && !bracketed.group(1).isBlank()) {
            String fixed = bracketed.group(1).strip();
            String inside = bracketed.group(2).strip();
            String shown = quoted(shown(written, salutation, language));
            return Optional.of("the name \"" + written + "\" has \"(" + inside + ")\" after it, and the messages print"
                    + " it as part of the name (" + shown + "); write name = \"" + fixed + "\""
                    + greeted(fixed, salutation, language)
                    + (inside.isEmpty() || inside.contains("/") ? "" : ", and a role as title = \"" + inside + "\""));
        }
        return Optional.empty();
    }

    /**
     * How the messages show the name: the greeting they open with, or where they name the person when a salutation
     * greets instead. Worked out only for a name warned about (it reads the name again).
     */
    private static String shown(String written, String salutation, String language) {
        return salutation == null ? Greeting.line(language, null, written) : "where they name the person, " + written;
    }

    /** A greeting in quotes; "where they name the person, X" with only the name quoted. */
    private static String quoted(String shown) {
        String where = "where they name the person, ";
        return shown.startsWith(where) ? where + "\"" + shown.substring(where.length()) + "\"" : "\"" + shown + "\"";
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : SPACES.split(s.strip()).length;
    }

    private static String greeted(String fixed, String salutation, String language) {
        return salutation == null ? " (greeted \"" + Greeting.line(language, null, fixed) + "\")" : "";
    }
}
