package followup.config;

import java.util.Map;

/**
 * The value {@link EndOfFile}'s reading of a text looks for, where the parser stopped: on a line, the value that holds
 * a character ({@link EndOfFile#valueOn}), or the value of an object followed with no comma by another key
 * ({@link EndOfFile#settingAfter}); found once, at its line and path, with its text as written when unquoted.
 */
final class ValueLookup {
    private final String text;
    private final int line;
    private final char wanted;
    /** The key looked for after a value, when the parser named it (an object follows it); else null. */
    private final String word;
    /** True when looking for the unquoted text after a value of an object only. */
    private final boolean settings;
    /** True when looking for a value of an object followed by an object or a list ({@link EndOfFile#valueBefore}). */
    private boolean before;
    /** The unquoted text last read on the line looked at, with where it ends; and whether a value preceded it. */
    private String run;
    private int runEnd = -1;
    private boolean runAfterValue;
    private EndOfFile.Start found;
    private String value;

    ValueLookup(String text, int line, char wanted, String word, boolean settings) {
        this.text = text;
        this.line = line;
        this.wanted = wanted;
        this.word = word;
        this.settings = settings;
    }

    /** A reading that looks for the value of an object on {@code line} followed by an object or a list. */
    static ValueLookup before(String text, int line) {
        ValueLookup lookup = new ValueLookup(text, line, '\0', null, true);
        lookup.before = true;
        return lookup;
    }

    /** A reading that looks for no value (line 0 is never read). */
    static ValueLookup none(String text) {
        return new ValueLookup(text, 0, '\0', null, false);
    }

    /** The value found, with its text as written when it is unquoted (else ""); null when there is none. */
    Map.Entry<EndOfFile.Start, String> found() {
        return found == null ? null : Map.entry(found, value);
    }

    /** The quoted text from {@code i} to {@code end}, begun on line {@code at} in {@code top}, a key or a value. */
    void quoted(OpenFrame top, boolean key, int i, int end, int at) {
        run = null;
        if (found == null && !settings && at == line && text.substring(i, end).indexOf(wanted) >= 0) {
            if (!key) {
                top.startValue();
            }
            found = new EndOfFile.Start(at, key ? top.path : top.valuePath());
            value = "";
        }
    }

    /** The unquoted word of a key, read on line {@code at} in {@code top}. */
    void key(OpenFrame top, String key, int at) {
        if (found == null && word != null && at == line && top.key != null && top.valued && key.equals(word)) {
            found = new EndOfFile.Start(at, top.valuePath());      // a key after an object's }, no comma between
            value = key;
        }
    }

    /**
     * The unquoted value from {@code i} to {@code end} on line {@code at} in {@code top}, where {@code valued} told
     * whether a value was already written for its key.
     */
    void value(OpenFrame top, boolean valued, int i, int end, int at) {
        if (before && at == line) {
            run = text.substring(i, end).strip();
            runEnd = end;
            runAfterValue = valued;
        }
        if (found == null && at == line && !(settings && top.list) && (word == null
                ? text.substring(i, end).indexOf(wanted) >= 0 : valued && endsWithWord(i, end))) {
            found = new EndOfFile.Start(at, top.valuePath());
            value = text.substring(i, end).strip();
        }
    }

    /**
     * An object or a list opened at {@code i}, on line {@code at} in {@code top}: when a value of its key was written
     * before it, that value is the one looked for by {@link #before}, with the key written between them (the last
     * word of the unquoted text before it, when that text is not the value itself), else "".
     */
    void opens(OpenFrame top, int i, int at) {
        if (!before || found != null || at != line || top.list || top.key == null || !top.separated
                || !top.valued) {
            return;
        }
        found = new EndOfFile.Start(at, top.valuePath());
        value = "";
        if (run != null && runEnd >= 0 && text.substring(runEnd, i).isBlank()) {
            String[] words = run.split("[ \t]+");
            if (words.length > 1 || runAfterValue) {
                value = words[words.length - 1];
            }
        }
    }

    /** True when the text from {@code i} to {@code end} is {@link #word}, or ends with it after a space. */
    private boolean endsWithWord(int i, int end) {
        String run = text.substring(i, end).strip();
        return run.equals(word) || run.endsWith(" " + word) || run.endsWith("\t" + word);
    }
}
