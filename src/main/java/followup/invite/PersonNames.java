package followup.invite;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name as an invitation gives it (a CN), made into the name a record greets by: decoded when a mail
 * client wrote it in RFC 2047, without a role in parentheses ("Sam Rivera (Recruiter)"), a degree after a comma
 * ("Jane Roe, MD", a doctor's becoming "Dr.") or a team or role after a bar or a spaced dash ("Maria Garcia | Acme"),
 * turned around when a directory wrote it "Last, First", in ordinary case when it is all capitals; from the address
 * when there is no name.
 */
public final class PersonNames {
    /** Doctorates, written after the name: the person is greeted as Dr. */
    private static final Pattern DOCTORATE = Pattern.compile("(?i)ph\\.?\\s?d\\.?|m\\.?d\\.?|d\\.?phil\\.?|d\\.?o\\.?"
            + "|d\\.?d\\.?s\\.?|d\\.?m\\.?d\\.?|pharm\\.?\\s?d\\.?|ed\\.?\\s?d\\.?|dr\\.?\\s?p\\.?h\\.?|dr\\.?");
    /** Other letters after a name: degrees and certifications, left out. */
    private static final Pattern LETTERS = Pattern.compile("(?i)mba|m\\.?sc?\\.?|m\\.?a\\.?|b\\.?sc?\\.?|b\\.?a\\.?|cpa"
            + "|cfa|pmp|phr|sphr|shrm-c?p|shrm-scp|p\\.?e\\.?|r\\.?n\\.?|esq\\.?|llm|jd|j\\.?d\\.?|ms|bs");
    /** A CN that is only a title: no name at all. */
    private static final Pattern TITLE_ONLY = Pattern.compile("(?i)(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau)\\.?");

    private PersonNames() {
    }

    /** The name for a record, from a CN (or null) and an address (or null). */
    public static String of(String cn, String email) {
        String name = cn == null ? "" : decode(cn.strip()).replaceAll("^\"|\"$", "").strip();
        if (name.isEmpty() || name.contains("@") || TITLE_ONLY.matcher(name).matches()) {
            return email == null ? (name.isEmpty() ? "someone" : name) : fromAddress(email);
        }
        // a directory's tag in brackets ("[EXTERNAL]", "[EXT]", before or after the name), then a role in parentheses
        name = name.replaceAll("\\s*\\[[^\\[\\]]*\\]\\s*", " ").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();   // "(Recruiter)", "(she/her)"
        // a team, company or role after a bar or a spaced dash ("Maria Garcia | Acme", "Kim Ng - Engineering
        // Manager"); a double name's hyphen has no spaces around it
        String named = name.replaceFirst("\\s+[|\u2013\u2014-]\\s.*$|\\s*\\|.*$", "").strip();
        name = named.isEmpty() ? name : named;
        // a nickname in double quotes ("Robert \"Bob\" Smith") is left out: the messages greet by the name
        name = name.replaceAll("\\s*[\"\u201c\u201e][^\"\u201c\u201d\u201e]{1,40}[\"\u201d]\\s*", " ").strip();
        boolean doctor = false;
        while (true) {
            int comma = name.lastIndexOf(',');
            String tail = comma < 0 ? "" : name.substring(comma + 1).strip();
            if (comma > 0 && tail.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
                name = name.substring(0, comma).strip();
                String last = name.contains(",") ? "" : " " + tail;   // "Doe, John, Jr." is turned around below
                name = name + last;
                if (last.isEmpty()) {
                    name = name.replaceFirst("^([^,]+),\\s*(.+)$", "$2 $1") + " " + tail;
                }
                break;
            }
            if (comma > 0 && DOCTORATE.matcher(tail).matches()) {
                doctor = true;
            } else if (comma < 0 || !LETTERS.matcher(tail).matches()) {
                break;
            }
            name = name.substring(0, comma).strip();
        }
        if (name.matches("[^,]+,\\s*[^,]+")) {
            name = name.replaceFirst("^([^,]+),\\s*(.+)$", "$2 $1");   // Exchange directories write "Last, First"
        }
        if (name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))
                && name.contains(" ")) {
            name = capitalised(name.toLowerCase(Locale.ROOT));
        }
        if (doctor && !name.matches("(?i)^(dr|prof)\\.?\\s.*")) {
            name = "Dr. " + name;
        }
        return name.isEmpty() ? (email == null ? "someone" : fromAddress(email)) : name;
    }

    /** A name made from an address: {@code jane.doe@} is Jane Doe, {@code maria.lopez-garcia@} Maria Lopez-Garcia. */
    public static String fromAddress(String email) {
        int at = email.indexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        local = local.replaceFirst("\\+.*$", "").replaceAll("[._]+", " ").replaceAll("\\d+", " ").strip();
        return local.isEmpty() ? email : capitalised(local.toLowerCase(Locale.ROOT));
    }

    /** Each word, and each part after a hyphen or apostrophe, with a capital: "o'brien-smith" is O'Brien-Smith. */
    private static String capitalised(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c) || c == '-' || c == '\'';
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** A name a mail client wrote in RFC 2047 ({@code =?UTF-8?Q?Jos=C3=A9?=}) decoded; any other as it is. */
    public static String decode(String s) {
        if (!s.contains("=?")) {
            return s;
        }
        try {
            return MimeUtility.decodeText(s);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return s;
        }
    }
}
