package followup.inbox;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the return date out of an out-of-office text: the date written after "back on", "until", "through",
 * "returning", "bis", "ab dem", "jusqu'au", "de retour le", "hasta el", "fino al", "tot en met", "até" and the like,
 * in English, German, French, Spanish, Italian, Dutch and Portuguese. The date written counts whatever the verb
 * ("back on 12 January" and "until 12 January" both give 12 January). Pure: no I/O, no clock.
 *
 * <p>Dates: month names and their abbreviations in those languages, {@code dd.mm.yyyy}, {@code yyyy-mm-dd},
 * {@code dd-mm-yyyy}, and {@code mm/dd} or {@code dd/mm} (with or without a year) settled by the language: month
 * first in English unless the language tag says otherwise ({@code en-GB}, {@code en-AU} ...) or the first number is
 * over 12, day first in every other language. A date without a year is the first such day from a week before the
 * message on. Of several dates after such words the latest counts; without any, a text naming exactly one date
 * from the message's day on gives that one.
 */
public final class ReturnDates {
    /** Only the start of a long text is read. */
    public static final int MAX_TEXT = 16 * 1024;
    /** How far after "until", "back on" ... the date may start (room for "back in the office on Monday,"). */
    private static final int NEAR = 48;
    /** A date this much before the message is taken to be next year's. */
    private static final int PAST_DAYS = 7;

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .reduce((a, b) -> a + "|" + b).orElseThrow();
    private static final String YEAR = "(?:,?\\s*(?:de\\s+|del\\s+)?(\\d{4}|'\\d{2})(?![\\d:]))?";
    /** 12 January 2027, 12th of January, 12. Januar, 12 de enero de 2027, 1er janvier, 1º de janeiro. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.:/])(\\d{1,2})(?:st|nd|rd|th|er|e|eme|º|°|o)?\\.?\\s*(?:of\\s+|de\\s+|di\\s+)?(" + MONTH
                    + ")\\b(?!\\s+of\\b)\\.?" + YEAR);
    /** January 12, 2027; Jan 12th; January 12 (English only: elsewhere "out 2" or "set 3" are no dates). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.:/]\\d)" + YEAR);
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    /** 12.01.2027, 12.01.27, 12.01., 12.1; 12-01-2027. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.:])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?![\\d])"
                    + "|(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");

    /** Words after which the date written is the return date (folded: lower case, no accents). */
    private static final Pattern ANCHOR = Pattern.compile("\\b(?:"
            + "back(?:\\s+in\\s+(?:the\\s+)?office)?(?:\\s+on)?|returning(?:\\s+on)?|return(?:\\s+on)?|"
            + "until|till|through|thru|to|until\\s+and\\s+including|up\\s+to\\s+and\\s+including|after|"
            + "bis(?:\\s+(?:zum|einschliesslich|einschl\\.))?|ab(?:\\s+dem|\\s+(?:montag|dienstag|mittwoch|donnerstag"
            + "|freitag))?|wieder(?:\\s+im\\s+buro)?(?:\\s+am|\\s+ab)?|zuruck(?:\\s+am)?|"
            + "jusqu'(?:au|a|a\\s+le)|jusqu'au|de\\s+retour(?:\\s+le|\\s+au\\s+bureau\\s+le)?|retour\\s+le|a\\s+partir\\s+du|"
            + "au|"
            + "hasta(?:\\s+el)?|de\\s+regreso(?:\\s+el)?|regreso(?:\\s+el)?|volvere(?:\\s+el)?|a\\s+partir\\s+del|al|"
            + "fino\\s+(?:al|a)|rientro(?:\\s+il|\\s+in\\s+ufficio\\s+il)?|rientrero(?:\\s+il)?|dal|"
            + "tot\\s+en\\s+met|t/m|tot|terug(?:\\s+op)?|weer\\s+aanwezig(?:\\s+op)?|vanaf|"
            + "ate|de\\s+volta(?:\\s+(?:em|no\\s+dia|a))?|regresso(?:\\s+(?:em|a))?|retorno(?:\\s+(?:em|a|no\\s+dia))?"
            + "|a\\s+partir\\s+de"
            + ")\\b");

    private static final Map<String, List<String>> LANGUAGE_WORDS = Map.of(
            "en", List.of("the", "and", "i", "am", "office", "until", "back", "will", "my", "you", "with"),
            "de", List.of("ich", "bin", "und", "bis", "im", "nicht", "der", "die", "das", "mit", "ihre", "zum"),
            "fr", List.of("je", "suis", "le", "la", "du", "et", "bureau", "vous", "mon", "retour", "au"),
            "es", List.of("estoy", "el", "la", "de", "y", "oficina", "hasta", "su", "con", "por", "mi"),
            "it", List.of("sono", "il", "di", "e", "ufficio", "fino", "la", "con", "per", "mia", "rientro"),
            "nl", List.of("ik", "ben", "tot", "en", "het", "van", "kantoor", "op", "met", "de", "mijn"),
            "pt", List.of("estou", "ate", "escritorio", "de", "e", "o", "a", "com", "para", "minha", "volta"));

    private ReturnDates() {
    }

    /**
     * @param text     the out-of-office text (only its first {@value #MAX_TEXT} characters are read), or null
     * @param sent     the day the message was written (its Date, else when it arrived): a date without a year is
     *                 the first such day from a week before it on
     * @param language the message's language tag ({@code Content-Language}, e.g. {@code en-GB}), or null to tell
     *                 it from the words
     */
    public static Optional<LocalDate> find(String text, LocalDate sent, String language) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        String tag = language == null || language.isBlank() ? guessLanguage(folded)
                : language.strip().toLowerCase(Locale.ROOT);
        boolean monthFirst = tag.equals("en") || tag.equals("en-us") || tag.equals("en-ca") || tag.equals("en-ph");
        List<Found> dates = dates(folded, sent, monthFirst);
        Optional<LocalDate> anchored = Optional.empty();
        Matcher anchor = ANCHOR.matcher(folded);
        while (anchor.find()) {
            for (Found d : dates) {
                int gap = d.start() - anchor.end();
                boolean near = gap >= 0 && gap <= NEAR && !folded.substring(anchor.end(), d.start()).contains("\n\n");
                if (near && noDateBetween(dates, anchor.end(), d.start())) {
                    if (anchored.isEmpty() || d.date().isAfter(anchored.get())) {
                        anchored = Optional.of(d.date());
                    }
                    break;
                }
            }
        }
        if (anchored.isPresent()) {
            return anchored;
        }
        List<LocalDate> ahead = dates.stream().map(Found::date).filter(d -> !d.isBefore(sent)).distinct().toList();
        return ahead.size() == 1 ? Optional.of(ahead.get(0)) : Optional.empty();
    }

    /** The language of a text from its commonest words: en, de, fr, es, it, nl or pt. */
    static String guessLanguage(String folded) {
        String[] words = folded.split("[^\\p{L}']+");
        String best = "en";
        int bestScore = 0;
        for (Map.Entry<String, List<String>> e : LANGUAGE_WORDS.entrySet()) {
            int score = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    score++;
                }
            }
            if (score > bestScore || score == bestScore && e.getKey().equals("en") && score > 0) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean noDateBetween(List<Found> dates, int from, int to) {
        return dates.stream().noneMatch(d -> d.start() >= from && d.end() <= to);
    }

    private record Found(int start, int end, LocalDate date) {
    }

    private static List<Found> dates(String s, LocalDate sent, boolean monthFirst) {
        List<Found> found = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            add(found, m, date(num(m.group(1)), num(m.group(2)), num(m.group(3))));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            add(found, m, withYear(num(m.group(1)), MONTHS.get(m.group(2)), m.group(3), sent));
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            add(found, m, withYear(num(m.group(2)), MONTHS.get(m.group(1)), m.group(3), sent));
        }
        m = DOTTED.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                add(found, m, withYear(num(m.group(1)), num(m.group(2)), m.group(3), sent));
            } else {
                add(found, m, withYear(num(m.group(4)), num(m.group(5)), m.group(6), sent));
            }
        }
        m = SLASHED.matcher(s);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            boolean first = monthFirst ? a <= 12 : b > 12;
            add(found, m, first ? withYear(b, a, m.group(3), sent) : withYear(a, b, m.group(3), sent));
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    private static void add(List<Found> found, Matcher m, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return;
        }
        for (Found f : found) {
            if (m.start() < f.end() && f.start() < m.end()) {
                return; // overlaps a date already read by a more specific pattern
            }
        }
        found.add(new Found(m.start(), m.end(), date.get()));
    }

    private static Optional<LocalDate> withYear(int day, Integer month, String year, LocalDate sent) {
        if (month == null) {
            return Optional.empty();
        }
        if (year != null) {
            String y = year.startsWith("'") ? year.substring(1) : year;
            int value = num(y);
            return date(y.length() == 2 ? 2000 + value : value, month, day);
        }
        Optional<LocalDate> thisYear = date(sent.getYear(), month, day);
        if (thisYear.isPresent() && thisYear.get().isBefore(sent.minusDays(PAST_DAYS))) {
            return date(sent.getYear() + 1, month, day);
        }
        return thisYear.isPresent() ? thisYear : date(sent.getYear() + 1, month, day); // 29 February
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (year < 1900 || year > 2200) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /** Lower case, without accents, typographic apostrophes and spaces made plain, runs of blanks made one. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\r", "");
        return s.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari",
                "janeiro"},
            {"february", "feb", "februar", "fevrier", "fevr", "fev", "febrero", "febbraio", "februari", "fevereiro"},
            {"march", "mar", "marz", "maerz", "mars", "marzo", "maart", "mrt", "marco"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "mag", "mei", "maio"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "aout", "agosto", "ago", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro"}};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(n, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
