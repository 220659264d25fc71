package followup.config;

import java.util.Deque;
import java.util.StringJoiner;

/**
 * What {@link EndOfFile} tells of a text that ends in the middle of a setting: the key being written, its line, and
 * each bracket still open, innermost first. A value is never repeated (it may be a password).
 */
final class CutOffEnd {
    private static final String CUT_OFF = "; if the file was cut off (an editor that crashed, a copy that stopped"
            + " short), restore its end";

    private CutOffEnd() {
    }

    /**
     * What is unfinished where the text ends, located in {@code file}, given the frames still open (innermost first,
     * the root last) and the line of a quoted value never closed (0 when none); null when nothing is found open.
     */
    static Problem of(String file, Deque<OpenFrame> frames, int quoteLine) {
        OpenFrame top = frames.peek();
        String closers = closers(frames, false);
        if (quoteLine > 0) {
            return new Problem(file, quoteLine, top.valuePath(), "cannot be read as HOCON: the file ends inside this"
                    + " quoted value: close it with a \"" + then(closers) + CUT_OFF);
        }
        if (!top.list && top.key != null && top.separated && !top.valued) {
            return new Problem(file, top.keyLine, top.valuePath(), "cannot be read as HOCON: the file ends before"
                    + " the value of " + last(top.key) + " is written: write it after the =" + then(closers)
                    + CUT_OFF);
        }
        if (!top.list && top.key != null && !top.valued) {
            return new Problem(file, top.keyLine, top.valuePath(), "cannot be read as HOCON: the file ends after the"
                    + " key " + last(top.key) + ", before its = and value: write them" + then(closers) + CUT_OFF);
        }
        if (frames.size() > 1) {
            String others = closers(frames, true);
            return new Problem(file, top.line, top.path, "cannot be read as HOCON: the file ends with this "
                    + (top.list ? "[" : "{") + " still open" + (others.isEmpty() ? "" : ", and " + others)
                    + ": add the " + (frames.size() > 2 ? "closing bracket each of them lacks" : (top.list ? "]" : "}")
                    + " it lacks") + " (every { needs its }, every [ its ])" + CUT_OFF);
        }
        return null;
    }

    private static String then(String closers) {
        return closers.isEmpty() ? "" : ", then close what is still open: " + closers;
    }

    /**
     * "} for sender { of line 2, } for followup { of line 1": each frame still open but the root, innermost first;
     * with {@code others}, those around the innermost alone, by their openers ("followup { of line 1").
     */
    private static String closers(Deque<OpenFrame> frames, boolean others) {
        StringJoiner j = new StringJoiner(", ");
        for (OpenFrame f : frames) {
            if (f == frames.peekLast()) {
                break;
            }
            if (others && f == frames.peek()) {
                continue;
            }
            j.add((others ? "" : (f.list ? "]" : "}") + " for ") + f.opener() + " of line " + f.line);
        }
        return j.toString();
    }

    private static String last(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
