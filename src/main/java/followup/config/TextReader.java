package followup.config;

import java.io.Reader;

/**
 * A record's text as the HOCON parser reads it, one character per call. {@link java.io.StringReader} takes a lock
 * and checks it is open on every character; a record is read by one thread, so this one does neither.
 */
final class TextReader extends Reader {
    private final String text;
    private int next;

    TextReader(String text) {
        this.text = text;
    }

    @Override
    public int read() {
        return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] into, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        text.getChars(next, next + n, into, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
