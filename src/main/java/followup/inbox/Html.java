package followup.inbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML message, good enough to read a sentence or a date from: tags out, breaks kept. */
final class Html {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6]|p|div|tr|li)\\b[^>]*>");
    private static final Pattern QUOTE = Pattern.compile("(?is)<blockquote\\b.*?</blockquote\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private Html() {
    }

    static String toText(String html) {
        String s = HIDDEN.matcher(html).replaceAll(" ");
        s = QUOTE.matcher(s).replaceAll("\n"); // a quoted earlier message is not the sender's own text
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").strip();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return " ";
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "rsquo", "lsquo" -> "'";
            case "ndash", "mdash" -> "-";
            default -> " ";
        };
    }
}
