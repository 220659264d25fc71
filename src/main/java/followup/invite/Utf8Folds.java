package followup.invite;

import java.io.ByteArrayOutputStream;

/**
 * Folds that cut a UTF-8 character in two. iCalendar folds lines at 75 octets and asks writers not to split a
 * character, but writers that count bytes do (an "ü" whose first byte ends one line and whose second begins the
 * next, after the fold's space): decoded line by line, such a file is not UTF-8, and its names would be read wrong.
 * The bytes that finish the character are moved before the line break, so that every line keeps its number and the
 * file decodes as the UTF-8 it is.
 */
final class Utf8Folds {
    private Utf8Folds() {
    }

    /** {@code bytes} with every character cut by a fold made whole before the fold; the same array when none is. */
    static byte[] mended(byte[] bytes) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        for (int i = 0; i < bytes.length; i++) {
            int fold = foldLength(bytes, i);
            if (fold == 0) {
                continue;
            }
            int missing = missing(bytes, i);
            int after = i + fold;
            if (missing == 0 || after + missing > bytes.length || !continuations(bytes, after, missing)) {
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(bytes.length);
            }
            out.write(bytes, copied, i - copied);
            out.write(bytes, after, missing);   // the rest of the character, before the line break
            out.write(bytes, i, fold);          // the fold itself
            copied = after + missing;
            i = copied - 1;
        }
        if (out == null) {
            return bytes;
        }
        out.write(bytes, copied, bytes.length - copied);
        return out.toByteArray();
    }

    /** The length of a fold (CRLF or LF, then a space or a tab) starting at {@code i}, or 0. */
    private static int foldLength(byte[] b, int i) {
        int eol = b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n' ? 2 : b[i] == '\n' ? 1 : 0;
        return eol > 0 && i + eol < b.length && (b[i + eol] == ' ' || b[i + eol] == '\t') ? eol + 1 : 0;
    }

    /** How many continuation bytes the character that ends just before {@code end} still lacks. */
    private static int missing(byte[] b, int end) {
        int continuing = 0;
        for (int j = end - 1; j >= 0 && continuing <= 3; j--) {
            int v = b[j] & 0xFF;
            if ((v & 0xC0) == 0x80) {
                continuing++;
                continue;
            }
            int length = (v & 0xE0) == 0xC0 ? 2 : (v & 0xF0) == 0xE0 ? 3 : (v & 0xF8) == 0xF0 ? 4 : 1;
            return length > 1 && continuing < length - 1 ? length - 1 - continuing : 0;
        }
        return 0;
    }

    private static boolean continuations(byte[] b, int from, int n) {
        for (int j = from; j < from + n; j++) {
            if ((b[j] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
