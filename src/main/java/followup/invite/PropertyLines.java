package followup.invite;

/**
 * Where a property is in a calendar's text: the line it begins on (a folded property's first line), for a problem
 * found once ical4j has read the calendar, which keeps no line numbers.
 */
final class PropertyLines {
    private PropertyLines() {
    }

    /**
     * @param text  the calendar's text, its names in upper case
     * @param name  the property's name
     * @param value its value as read (unfolded)
     * @return the line of the first property of that name and value, else of the first of that name, else 0
     */
    static int line(String text, String name, String value) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(strip(lines[i]));
            for (int j = i + 1; j < lines.length && (lines[j].startsWith(" ") || lines[j].startsWith("\t")); j++) {
                logical.append(strip(lines[j]).substring(1));
            }
            String l = logical.toString();
            if (!l.startsWith(name) || l.length() == name.length() || ";:".indexOf(l.charAt(name.length())) < 0) {
                continue;
            }
            if (first == 0) {
                first = i + 1;
            }
            if (valueOf(l).strip().equals(value.strip())) {
                return i + 1;
            }
        }
        return first;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** What follows the first colon outside quotes. */
    private static String valueOf(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return line.substring(i + 1);
            }
        }
        return "";
    }
}
