package followup.config;

/**
 * An object or list still open while {@link EndOfFile} reads a text: its path, its line, and for a list the number of
 * its elements so far; in an object, the key being written and how far its setting has come.
 */
final class OpenFrame {
    final boolean list;
    final String path;
    final int line;
    String key;
    int keyLine;
    boolean separated;
    boolean valued;
    int elements;
    boolean inElement;

    OpenFrame(boolean list, String path, int line) {
        this.list = list;
        this.path = path;
        this.line = line;
    }

    /** The path of the value being written in this frame. */
    String valuePath() {
        if (list) {
            return path + "[" + Math.max(elements - 1, 0) + "]";
        }
        return key == null ? path : path.isEmpty() ? key : path + "." + key;
    }

    String opener() {
        if (list) {
            int dot = path.lastIndexOf('.');
            return (path.isEmpty() ? "the" : path.substring(dot + 1)) + " = [";
        }
        if (path.isEmpty() || path.endsWith("]")) {
            return "the {";
        }
        return path.substring(path.lastIndexOf('.') + 1) + " {";
    }

    /** A value begins here: a list counts a new element, an object's key has its value. */
    void startValue() {
        if (list) {
            if (!inElement) {
                elements++;
                inElement = true;
            }
        } else {
            valued = true;
        }
    }
}
