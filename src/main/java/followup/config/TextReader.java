package followup.config;

import java.io.Reader;

/**
 * A record's text as the HOCON parser reads it, one character per call. {@link java.io.StringReader} takes a lock
 * and checks it is open on every character; a record is read by one thread, so this one does neither.
 */
final class TextReader extends Reader {
    /** The text's characters: an array costs less per character than {@code charAt} (a call and its checks). */
    private final char[] chars;
    private int next;

    TextReader(String text) {
        this.chars = text.toCharArray();
    }

    @Override
    public int read() {
        return next < chars.length ? chars[next++] : -1;
    }

    @Override
    public int read(char[] into, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (next >= chars.length) {
            return -1;
        }
        int n = Math.min(length, chars.length - next);
        System.arraycopy(chars, next, into, offset, n);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
