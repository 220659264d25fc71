package followup.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text into HTML: every value a record, a mail or a template can hold is escaped before it reaches the page, and
 * shown as text isolated from what surrounds it ({@link #text}).
 */
final class Html {
    private Html() {
    }

    /** Text for an element's content or a quoted attribute value. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * A value from a record, a mail or a request as an element's content: escaped, and isolated in a {@code <bdi>}
     * so that a right-to-left override or another bidi control in it (U+202A..U+202E, U+2066..U+2069, U+200E,
     * U+200F) reorders only the value, never the text around it; its direction comes from its own first letter.
     */
    static String text(String s) {
        return "<bdi>" + esc(s) + "</bdi>";
    }

    /** A value inside a URL's query. */
    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /**
     * A value usable in an {@code id} attribute and a fragment: letters, digits and '-' as they are, the '/' between a
     * candidate and their interview as '-' ({@code iv-bob-acme}), anything else as '_' and its code in hex (two
     * digits, or 'u' and six), so that ids that differ by it stay apart ({@code acme.onsite} is {@code acme_2eonsite},
     * {@code acme-onsite} itself). A '-' in the candidate's name is written as its code too: bob-lee's
     * {@code acme} ({@code bob_2dlee-acme}) is not bob's {@code lee-acme} ({@code bob-lee-acme}).
     */
    static String anchor(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int slash = s.indexOf('/');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' && i > slash)) {
                out.append((char) c);
            } else if (c == '/') {
                out.append('-');
            } else {
                out.append('_').append(c < 0x100 ? String.format("%02x", c) : String.format("u%06x", c));
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
