package followup.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with an email address as people get it wrong when they copy or type one, said in their words and
 * with the address to write instead where it can be told: a {@code mailto:} link, two addresses in one value, a stop
 * after the address, an address spelled out ("jane at acme dot com"). The mail library's own words ("Illegal
 * address", "Domain contains illegal character") name none of that.
 */
final class CommonMistakes {
    private static final Pattern ADDRESS = Pattern.compile("[^\\s,;<>@]+@[^\\s,;<>@]+");
    /** "jane.doe at acme dot com", "jane.doe (at) acme (dot) com", "jane.doe [at] acme.com". */
    private static final Pattern SPELLED = Pattern.compile("(?i)\\s*[(\\[]?\\s*\\b(at|dot)\\b\\s*[)\\]]?\\s*");

    private CommonMistakes() {
    }

    /** Empty when {@code s} has none of the mistakes this class knows; {@link Addresses} then checks it further. */
    static Optional<String> of(String s) {
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            String bare = s.substring(7).replaceFirst("\\?.*$", "").strip();
            return Optional.of("it starts with mailto:, copied from a link; write only the address" + bare(bare));
        }
        Matcher m = ADDRESS.matcher(s);
        int found = 0;
        String first = null;
        while (m.find()) {
            first = first == null ? m.group() : first;
            found++;
        }
        if (found > 1) {
            return Optional.of("it holds " + found + " addresses; write one address here");
        }
        if (s.indexOf('@') < 0) {
            String joined = spelledOut(s);
            return Optional.of(joined == null ? "it has no @" : "it is spelled out in words; write it as an address:"
                    + " \"" + joined + "\"");
        }
        if (s.indexOf('@') != s.lastIndexOf('@')) {
            return Optional.of("it has more than one @");
        }
        String trimmed = s.replaceFirst("[.,;:]+$", "");
        if (!trimmed.equals(s)) {
            return Optional.of("it ends with \"" + s.substring(trimmed.length()) + "\", which is not part of an"
                    + " address" + bare(trimmed));
        }
        return Optional.empty();
    }

    /** The reason for an address the mail library refused, without its words. */
    static String inWords(String s) {
        int at = s.indexOf('@');
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.isEmpty()) {
            return "there is nothing before the @";
        }
        if (domain.isEmpty()) {
            return "there is nothing after the @";
        }
        for (String part : new String[] {local, domain}) {
            if (part.contains("..") || part.startsWith(".") || part.endsWith(".")) {
                return "the part " + (part == local ? "before" : "after") + " the @ has a dot "
                        + (part.contains("..") ? "next to another" : part.startsWith(".") ? "at its start" : "at its end");
            }
        }
        if (local.chars().anyMatch(Character::isWhitespace) || domain.chars().anyMatch(Character::isWhitespace)) {
            return "it has a space in it";
        }
        String badLocal = odd(local, "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]");
        if (badLocal != null) {
            return "the part before the @ has \"" + badLocal + "\" in it, which an address cannot hold";
        }
        String badDomain = odd(domain, "[A-Za-z0-9.-]");
        if (badDomain != null) {
            return "the part after the @ has \"" + badDomain + "\" in it, which a domain cannot hold";
        }
        return "it is not an address as mail servers read it";
    }

    /** The first character of {@code s} that {@code allowed} does not match (other letters count as allowed). */
    private static String odd(String s, String allowed) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            String one = new String(Character.toChars(c));
            if (!one.matches(allowed) && !(c > 127 && Character.isLetterOrDigit(c))) {
                return one;
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** "jane.doe at acme dot com" as {@code jane.doe@acme.com}; null when it does not read as one. */
    private static String spelledOut(String s) {
        String[] parts = s.strip().split(SPELLED.pattern(), -1);
        Matcher m = SPELLED.matcher(s.strip());
        StringBuilder b = new StringBuilder(parts[0]);
        int ats = 0;
        int i = 1;
        while (m.find() && i < parts.length) {
            boolean isAt = m.group(1).toLowerCase(Locale.ROOT).equals("at");
            ats += isAt ? 1 : 0;
            b.append(isAt ? "@" : ".").append(parts[i++]);
        }
        String joined = b.toString();
        return ats == 1 && ADDRESS.matcher(joined).matches() && joined.indexOf('.', joined.indexOf('@')) > 0
                ? joined : null;
    }

    private static String bare(String address) {
        return ADDRESS.matcher(address).matches() ? ": \"" + address + "\"" : "";
    }
}
