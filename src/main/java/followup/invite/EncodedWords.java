package followup.invite;

/**
 * Parameter values written as RFC 2047 encoded words without the quotes iCalendar needs around them
 * ({@code ATTENDEE;CN==?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?=:mailto:...}), as some mailers write a name with accents: in
 * quotes, so that ical4j reads the word as the value (it took the {@code =} after {@code CN=} for the end of the
 * parameters and the person for no address); the name is decoded where it is read ({@link PersonNames}). Both
 * {@code followup add} and the inbox's reading of an invitation that arrives by mail quote them. Every
 * other character, and every line, stays where it was.
 */
public final class EncodedWords {
    private EncodedWords() {
    }

    /** {@code text} with each unquoted parameter value that begins with {@code =?} in quotes. */
    public static String quoted(String text) {
        if (!text.contains("==?")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean value = false;      // past the line's first unquoted ':': the property's value
        boolean quoted = false;     // inside a quoted parameter value
        boolean encoded = false;    // inside an unquoted encoded word given quotes
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boolean folded = i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
                if (!folded) {
                    if (encoded) {
                        out.append('"');   // a line that ends in the word: not iCalendar, left to the parser
                    }
                    value = quoted = encoded = false;
                }
                out.append(c);
                continue;
            }
            if (value || c == '\r') {
                out.append(c);
                continue;
            }
            if (encoded && (c == ';' || c == ':')) {
                out.append('"');
                encoded = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ':') {
                value = true;
            } else if (!quoted && !encoded && c == '=' && startsWord(text, i + 1)) {
                out.append(c).append('"');
                encoded = true;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether an encoded word ({@code =?charset?}) begins at {@code i}, also across a fold. */
    private static boolean startsWord(String text, int i) {
        return text.startsWith("=?", i) && text.indexOf('?', i + 2) > i + 2;
    }
}
