package followup.invite;

import java.util.Set;

/**
 * The names of an iCalendar text in upper case, as ical4j and both readers look them up: RFC 5545 makes the names of
 * components, properties and parameters case-insensitive ({@code begin:vevent}, {@code Dtstart;Tzid=...:}), as it
 * does the values of the parameters that take one of a few words ({@code partstat=accepted}); some calendars and
 * hand-edited files write them so. Every other value (a TZID, a CN, a summary, an address) is kept as written, and
 * every line stays where it was (folds included), so that a problem still names the file's own line.
 */
public final class CalendarNames {
    /** The parameters whose values are one of a few words, case-insensitive: every other value is kept. */
    private static final Set<String> ENUMERATED = Set.of("CUTYPE", "ENCODING", "FBTYPE", "PARTSTAT", "RANGE",
            "RELATED", "RELTYPE", "ROLE", "RSVP", "VALUE");

    private enum State { NAME, PARAMETER, PARAMETER_VALUE, COMPONENT, VALUE }

    private CalendarNames() {
    }

    /** {@code text} with its names in upper case, and nothing else changed. */
    public static String upperCased(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder name = new StringBuilder();
        StringBuilder parameter = new StringBuilder();
        State state = State.NAME;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append(c);
                boolean folded = i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
                if (folded) {
                    out.append(text.charAt(++i));   // a folded line goes on where it was
                } else {
                    state = State.NAME;
                    name.setLength(0);
                    quoted = false;
                }
                continue;
            }
            if (c == '\r') {
                out.append(c);
                continue;
            }
            switch (state) {
                case NAME -> {
                    if (c == ';' || c == ':') {
                        String n = name.toString();
                        state = c == ';' ? State.PARAMETER
                                : n.equals("BEGIN") || n.equals("END") ? State.COMPONENT : State.VALUE;
                        parameter.setLength(0);
                        out.append(c);
                    } else {
                        char upper = upper(c);
                        name.append(upper);
                        out.append(upper);
                    }
                }
                case PARAMETER -> {
                    if (c == '=') {
                        state = State.PARAMETER_VALUE;
                        out.append(c);
                    } else if (c == ':') {
                        state = State.VALUE;   // a parameter without a value: not iCalendar, left to the parser
                        out.append(c);
                    } else {
                        char upper = upper(c);
                        parameter.append(upper);
                        out.append(upper);
                    }
                }
                case PARAMETER_VALUE -> {
                    if (c == '"') {
                        quoted = !quoted;
                        out.append(c);
                    } else if (!quoted && (c == ';' || c == ':')) {
                        state = c == ';' ? State.PARAMETER : State.VALUE;
                        parameter.setLength(0);
                        out.append(c);
                    } else {
                        out.append(!quoted && ENUMERATED.contains(parameter.toString()) ? upper(c) : c);
                    }
                }
                case COMPONENT -> out.append(upper(c));
                case VALUE -> out.append(c);
                default -> throw new IllegalStateException(state.toString());
            }
        }
        return out.toString();
    }

    /** Names are ASCII: only its letters change, whatever the default locale. */
    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }
}
