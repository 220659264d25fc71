package followup.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person's name as written in a record, read for how to address them: the courtesy title (Mr., Frau, Mme, ...)
 * and academic title (Dr., Prof.) it starts with, and the given and family names when they can be told apart
 * safely. Where they cannot (a family name written first, two surnames, a middle name, an initial, a single word),
 * {@link #given} or {@link #family} is null and {@link #guess} says why, so that a greeting uses the full name
 * rather than a wrong part of it.
 *
 * @param written  the name as written
 * @param courtesy the person's courtesy form, from a title in the name, else {@link Courtesy#NONE}
 * @param title    "Dr." or "Prof." from the name, in a French record also "Maître" (a lawyer's, a notary's: "Me"),
 *                 else empty
 * @param full     the name without titles and suffixes ("Jürgen Weiß")
 * @param given    the given name(s) when certain ("María José"), else null
 * @param family   the family name when certain ("Weiß", "von der Leyen"), else null
 * @param guess    why the greeting has to fall back on the full name, or null when it is certain
 * @param english  the English courtesy title the name was written with when it is one a reader may have chosen
 *                 on purpose ("Mrs.", "Miss"), else null (a greeting in English then says "Ms." for a woman)
 */
public record PersonName(String written, Courtesy courtesy, String title, String full, String given, String family,
                         String guess, String english) {

    /** The courtesy form a title in the name gives. */
    public enum Courtesy { NONE, MAN, WOMAN, NEUTRAL }

    private static final Set<String> MAN = words("mr", "mister", "herr", "m", "monsieur", "sr", "señor",
            "senor", "sig", "signor", "signore", "dhr", "meneer");
    private static final Set<String> WOMAN = words("ms", "mrs", "miss", "frau", "mme", "madame", "mlle",
            "mademoiselle", "sra", "señora", "senora", "srta", "señorita", "senorita", "sig.ra",
            "signora", "mevr");
    private static final Set<String> NEUTRAL = words("mx");
    private static final Set<String> DOCTOR = words("dr", "dr.-ing", "dr-ing", "dr.ing", "dr.med", "dr.rer.nat",
            "dr.phil", "dr.jur", "dr.h.c", "dra", "doctor", "doctora", "docteur", "dott", "dott.ssa");
    private static final Set<String> PROFESSOR = words("prof", "professor", "professorin", "profesor", "profesora",
            "professeur", "pr", "jun.-prof", "juniorprofessor", "juniorprofessorin", "hon.-prof");
    /** What comes before a German doctorate or professorship and qualifies it: "PD Dr.", "apl. Prof.". */
    private static final Set<String> BEFORE_TITLE = words("pd", "priv.-doz", "privatdozent", "privatdozentin", "apl");
    /** What comes after a professorship and qualifies it: "Prof. em.", "Prof. emer.". */
    private static final Set<String> AFTER_PROFESSOR = words("em", "emer", "emeritus", "emerita");
    /**
     * Titles a greeting cannot simply put before the family name (Sir and Dame go with the given name, Rev. with the
     * family name, some only with the full name): a name that starts with one is greeted with the full name.
     */
    private static final Set<String> OTHER_TITLES = words("rev", "revd", "reverend", "fr", "father", "sir", "dame",
            "lord", "lady", "capt", "captain", "col", "colonel", "gen", "general", "lt", "maj", "major", "hon",
            "drs", "ing", "lic", "mag", "dipl.-ing", "dipl", "rabbi", "imam", "sister", "brother", "cdr",
            "adm", "sgt", "judge", "justice", "ir", "mgr", "ds", "maître", "maitre");
    /** A lawyer's or notary's title in French, "Maître", written "Me" before the name. */
    private static final Set<String> MAITRE = words("me", "maître", "maitre");
    /** Words after "Dr." that belong to the degree: Dr. med., Dr. rer. nat., Dr. h.c. */
    private static final Set<String> DEGREE_PARTS = words("med", "rer", "nat", "phil", "jur", "h.c", "habil",
            "ing", "oec", "pol", "dent", "vet", "sc", "techn", "mult");
    private static final Set<String> SUFFIXES = words("jr", "jnr", "sr", "snr", "ii", "iii", "iv", "phd", "ph.d",
            "md", "m.d", "mba", "msc", "m.sc", "bsc", "b.sc", "esq", "cpa", "pmp", "mph", "dds");
    /** Lower-case words that start a family name: "von der Leyen", "van Dijk", "de la Cruz". */
    private static final Set<String> PARTICLES = words("von", "van", "der", "den", "de", "del", "della", "di", "da",
            "du", "des", "la", "le", "ter", "ten", "zu", "dos", "das", "do", "y", "bin", "al", "el", "vom", "zum",
            "zur", "af", "av");
    /**
     * Family names that are usually written first (Vietnamese, Chinese, Korean, Japanese, Hungarian): a name that
     * starts with one cannot be read as "Given Family".
     */
    private static final Set<String> FAMILY_FIRST = words("nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham",
            "phạm", "hoang", "hoàng", "huynh", "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui",
            "bùi", "do", "đỗ", "ho", "hồ", "ngo", "ngô", "duong", "dương", "ly", "lý", "wang", "li", "zhang", "liu",
            "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "zhu", "hu", "guo", "he", "lin",
            "gao", "luo", "zheng", "liang", "xie", "song", "tang", "deng", "feng", "cao", "peng", "zeng", "xiao",
            "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin",
            "kwon", "hwang", "ahn", "yoo", "hong", "tanaka", "suzuki", "takahashi", "watanabe", "ito",
            "yamamoto", "nakamura", "kobayashi", "kato", "yoshida", "yamada", "sasaki", "nagy", "kovács", "kovacs",
            "tóth", "toth", "szabó", "szabo", "horváth", "horvath", "varga", "kiss", "molnár", "molnar");
    /** First parts of double given names: María José, Jean-Luc written Jean Luc, Anne Marie, Hans Peter. */
    private static final Set<String> DOUBLE_FIRST = words("maría", "maria", "josé", "jose", "juan", "ana", "luis",
            "jean", "marie", "anne", "ann", "mary", "hans", "karl", "carl", "franz", "klaus", "miguel", "josep",
            "joan", "pierre", "jan", "eva", "rosa", "luz", "john", "sarah", "lou", "mar", "pablo", "marco");
    private static final Set<String> DOUBLE_SECOND = words("josé", "jose", "luis", "carlos", "manuel", "maría",
            "maria", "ángel", "angel", "antonio", "pablo", "ignacio", "josep", "carmen", "isabel", "elena", "teresa",
            "pierre", "paul", "claude", "marie", "louis", "luc", "françois", "francois", "michel", "jacques",
            "christophe", "ann", "anne", "beth", "jo", "kay", "lou", "sue", "peter", "jürgen", "joachim", "dieter",
            "heinz", "georg", "christian", "dolores", "fernanda", "eugenia", "luisa", "victoria", "andrea");

    public PersonName {
        if (written == null || full == null || courtesy == null || title == null) {
            throw new IllegalArgumentException("a name needs its parts");
        }
    }

    private PersonName(String written, Courtesy courtesy, String title, String full, String given, String family,
                       String guess) {
        this(written, courtesy, title, full, given, family, guess, null);
    }

    private PersonName withEnglish(String word) {
        return word == null ? this : new PersonName(written, courtesy, title, full, given, family, guess, word);
    }

    /**
     * Whether a text is only titles, courtesy forms and name particles ("Dr.", "Rev.", "Frau Prof.", "Hr.", "de"): as
     * a salutation it would make a greeting such as "Dear Dr.,".
     */
    public static boolean onlyTitles(String text) {
        String[] words = SPACES.split(text.strip());
        return Arrays.stream(words).allMatch(w -> {
            String k = key(w);
            return k.isEmpty() || MAN.contains(k) || WOMAN.contains(k) || NEUTRAL.contains(k) || doctor(k)
                    || PROFESSOR.contains(k) || DEGREE_PARTS.contains(k) || OTHER_TITLES.contains(k)
                    || BEFORE_TITLE.contains(k) || DonDona.dona(w) || k.equals("hr") || k.equals("hrn")
                    || PARTICLES.contains(k);
        });
    }

    public boolean certain() {
        return guess == null;
    }

    /** Reads a name as written in an English record ({@link #parse(String, String)}). */
    public static PersonName parse(String written) {
        return parse(written, Interview.DEFAULT_LANGUAGE);
    }

    /**
     * Reads a name as written in a record in {@code language}: "M." is Monsieur only in French, elsewhere the
     * initial of a given name ("M. Smith"); "Fr." is Frau only in German, "Hr." Herr in every language.
     */
    public static PersonName parse(String written, String language) {
        boolean french = "fr".equals(language);
        // "Fr." is Frau only in German ("Fr." is Father in English)
        boolean german = "de".equals(language);
        String cleaned = SPACES.matcher(written.strip()).replaceAll(" ");
        // ", PhD", ", Jr." after a comma
        int comma = cleaned.indexOf(',');
        String afterComma = comma < 0 ? "" : cleaned.substring(comma + 1).strip();
        boolean commaSuffix = comma >= 0 && Arrays.stream(afterComma.split(" "))
                .allMatch(w -> SUFFIXES.contains(key(w)));
        if (commaSuffix) {
            cleaned = cleaned.substring(0, comma).strip();
        }
        // a nickname in quotes ("Robert \"Bob\" Smith"): the name is read without it, and it is what to call them
        String nickname = null;
        java.util.regex.Matcher quoted = NICKNAME.matcher(cleaned);
        if (quoted.find()) {
            String rest = (cleaned.substring(0, quoted.start()) + " " + cleaned.substring(quoted.end())).strip();
            if (!rest.isEmpty()) {
                nickname = quoted.group(1).strip();
                cleaned = SPACES.matcher(rest).replaceAll(" ");
            }
        }
        List<String> words = new ArrayList<>(Arrays.asList(cleaned.isEmpty() ? new String[0] : cleaned.split(" ")));
        Courtesy courtesy = Courtesy.NONE;
        String title = "";
        String english = null;
        // leading courtesy and academic titles, in any order: "Herr Dr.", "Prof. Dr.", "Frau Prof. Dr.-Ing."
        while (!words.isEmpty()) {
            String k = key(words.get(0));
            if (k.equals("m") && !french) {
                break;
            } else if (words.get(0).equals("Hr.") || words.get(0).equals("Hrn.")) {
                // Herr in any record: "Hr." is no other language's title (Danish and Norwegian write it for Mr. too)
                courtesy = Courtesy.MAN;
            } else if (german && words.get(0).equals("Fr.")) {
                courtesy = Courtesy.WOMAN;
            } else if (french && MAITRE.contains(k)) {
                title = "Maître";
            } else if (MAN.contains(k)) {
                courtesy = Courtesy.MAN;
            } else if (WOMAN.contains(k)) {
                courtesy = Courtesy.WOMAN;
                english = k.equals("mrs") ? "Mrs." : k.equals("miss") ? "Miss" : null;
            } else if (NEUTRAL.contains(k)) {
                courtesy = Courtesy.NEUTRAL;
            } else if (doctor(k)) {
                if (k.equals("dra") || k.equals("doctora") || k.equals("dott.ssa")) {
                    courtesy = courtesy == Courtesy.NONE ? Courtesy.WOMAN : courtesy;
                }
                title = title.equals("Prof.") ? title : "Dr.";
                words.remove(0);
                while (!words.isEmpty() && DEGREE_PARTS.contains(key(words.get(0)))) {
                    words.remove(0);
                }
                continue;
            } else if (PROFESSOR.contains(k)) {
                if (k.equals("professorin") || k.equals("profesora") || k.equals("juniorprofessorin")) {
                    courtesy = courtesy == Courtesy.NONE ? Courtesy.WOMAN : courtesy;
                }
                title = "Prof.";
            } else if (title.equals("Prof.") && AFTER_PROFESSOR.contains(k)) {
                // "Prof. em. Dr. Hans Meier": an emeritus is greeted as a professor
            } else if (BEFORE_TITLE.contains(k) && words.size() > 1
                    && (doctor(key(words.get(1))) || PROFESSOR.contains(key(words.get(1))))) {
                // "PD Dr. Eva Koch", "apl. Prof. Dr. Jan Ott": greeted by the title that follows
            } else {
                break;
            }
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(key(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        String full = String.join(" ", words);
        if (words.isEmpty()) {
            return new PersonName(written, courtesy, title, full, null, null,
                    "the name is only a title; write the person's name");
        }
        PersonName read = read(written, courtesy, title, full, words, "es".equals(language)).withEnglish(english);
        return nickname == null || !inCase(nickname) ? read
                : new PersonName(written, courtesy, title, full, nickname, read.family(), null, read.english());
    }

    /** A word in quotes between the words of a name, with a space or the name's end on either side. */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile(
            "(?<=^|\\s)[\"'\u201c\u201e\u2018\u00ab]([^\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]{1,40})"
                    + "[\"'\u201d\u201c\u2019\u00bb](?=\\s|$)");

    /** A nickname to greet with: it starts with a capital and is not a shouted word ("Bob", "AJ"; not "BOB"). */
    private static boolean inCase(String nickname) {
        return !nickname.isEmpty() && Character.isUpperCase(nickname.codePointAt(0))
                && (nickname.codePoints().anyMatch(Character::isLowerCase) || nickname.codePointCount(0,
                nickname.length()) <= 2);
    }

    private static PersonName read(String written, Courtesy courtesy, String title, String full, List<String> words,
                                   boolean spanish) {
        String unusual = unusual(words);
        if (unusual != null) {
            return new PersonName(written, courtesy, title, full, null, null, unusual);
        }
        if (words.size() == 1 && (OTHER_TITLES.contains(key(words.get(0))) || DonDona.dona(words.get(0)))) {
            return new PersonName(written, courtesy, title, "", null, null,
                    "the name is only a title; write the person's name");
        }
        if (words.size() == 1) {
            String w = words.get(0);
            boolean honorific = courtesy != Courtesy.NONE || !title.isEmpty();
            // "Dr. Weiß", "Frau Vogel": a title with one word is that person's family name
            return new PersonName(written, courtesy, title, full, honorific ? null : w, honorific ? w : null,
                    honorific ? null : "a single word could be a given or a family name");
        }
        String first = words.get(0);
        String firstKey = key(first);
        if (courtesy == Courtesy.NONE && title.isEmpty() && words.stream().anyMatch(GroupNames::word)) {
            // "Hiring Team", "Acme Careers": no given name to greet by
            return new PersonName(written, courtesy, title, full, null, null,
                    "it names a team, a department or a company rather than a person");
        }
        if ((first.equals("Sir") || first.equals("Dame")) && words.size() >= 3 && courtesy == Courtesy.NONE
                && title.isEmpty()) {
            // a knight or a dame goes by the title and the given name ("Sir Patrick"), when that name is certain
            PersonName rest = read(written, courtesy, title, String.join(" ", words.subList(1, words.size())),
                    words.subList(1, words.size()), spanish);
            if (rest.certain() && rest.given() != null && rest.family() != null) {
                return new PersonName(written, courtesy, title, full, first + " " + rest.given(), rest.family(), null);
            }
        }
        if (OTHER_TITLES.contains(firstKey) || DonDona.dona(first) || DonDona.abbreviatedDon(first, spanish)) {
            return new PersonName(written, courtesy, title, full, null, null,
                    "it starts with a title (\"" + first + "\") that goes with the name in more than one way");
        }
        boolean honorific = courtesy != Courtesy.NONE || !title.isEmpty();
        if (PARTICLES.contains(firstKey) && !FAMILY_FIRST.contains(firstKey)
                && (honorific || Character.isLowerCase(first.charAt(0)))) {
            // "Ms. de la Cruz", "Herr von Trapp", "M. de Gaulle": after a title, a particle starts the family name;
            // "de la Cruz" alone is a family name without a given name
            return new PersonName(written, courtesy, title, full, null, full,
                    honorific ? null : "it is a family name without a given name");
        }
        if (FAMILY_FIRST.contains(firstKey)) {
            return new PersonName(written, courtesy, title, full, null, null,
                    "\"" + first + "\" is often a family name written first");
        }
        if (isInitial(first)) {
            return new PersonName(written, courtesy, title, full, null, words.get(words.size() - 1),
                    "the given name is only an initial");
        }
        // where the family name starts: after the given name(s), at the first particle, or the last word
        int givenEnd = 1;
        if (words.size() >= 3 && DOUBLE_FIRST.contains(firstKey) && DOUBLE_SECOND.contains(key(words.get(1)))) {
            givenEnd = 2;
        }
        String given = String.join(" ", words.subList(0, givenEnd));
        List<String> rest = words.subList(givenEnd, words.size());
        int particle = -1;
        for (int i = 0; i < rest.size() - 1; i++) {
            if (PARTICLES.contains(rest.get(i)) && Character.isLowerCase(rest.get(i).charAt(0))) {
                particle = i;
                break;
            }
        }
        if (rest.size() == 1 || particle >= 0 && rest.subList(0, particle).stream().allMatch(PersonName::isInitial)) {
            String family = String.join(" ", rest.subList(Math.max(particle, 0), rest.size()));
            return new PersonName(written, courtesy, title, full, given, family, null);
        }
        boolean middleInitials = rest.subList(0, rest.size() - 1).stream().allMatch(PersonName::isInitial);
        if (middleInitials) {
            // "John F. Kennedy"
            return new PersonName(written, courtesy, title, full, given, rest.get(rest.size() - 1), null);
        }
        // "Juan García López" (two surnames) or "Jane Marie Doe" (a middle name): the given name is the first word
        // either way, but which words are the family name is not known
        return new PersonName(written, courtesy, title, full, given, null,
                "more than two names: a middle name, two family names or a double given name cannot be told apart");
    }

    /**
     * The name in normal case when it is written in capitals ("ANNE O'NEILL" gives "Anne O'Neill", "Jean DUPONT"
     * "Jean Dupont", "MS. JOAN DE LA CRUZ" "Ms. Joan de la Cruz"), else empty. A name in mixed case keeps its
     * other words as written (McDONALD, DiCaprio); initials ("J.R."), short words in a name that also has lower
     * case ("AJ"), particles, suffixes and Roman numerals are not capitals. A suggestion to show, never applied.
     */
    public static Optional<String> inNormalCase(String written) {
        String[] words = SPACES.split(written.strip());
        boolean anyLower = written.codePoints().anyMatch(Character::isLowerCase);
        boolean shouting = false;
        for (String w : words) {
            shouting |= shouted(w);
        }
        if (!shouting && !anyLower) {
            // "JO LI": no word of three letters, but no lower case at all either; a script without case
            // ("山田太郎", "김민준") has no capitals either
            int capitals = (int) written.codePoints().filter(Character::isUpperCase).count();
            shouting = capitals > 3 && Arrays.stream(words).anyMatch(w -> !w.contains(".") && !isInitial(w)
                    && !SUFFIXES.contains(key(w)) && !ROMAN.matcher(w).matches());
        }
        if (!shouting) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean nameStarted = false;
        for (String w : words) {
            String k = key(w);
            boolean titleWord = !nameStarted && (MAN.contains(k) || WOMAN.contains(k) || NEUTRAL.contains(k)
                    || doctor(k) || PROFESSOR.contains(k) || OTHER_TITLES.contains(k));
            boolean convert = anyLower ? shouted(w) : w.codePoints().anyMatch(Character::isLetter);
            if (titleWord && convert) {
                out.add(capitalized(w));
            } else if (!convert || w.contains(".") && isInitial(w) || SUFFIXES.contains(k)
                    || ROMAN.matcher(w).matches()) {
                out.add(w);
            } else if (nameStarted && PARTICLES.contains(k) && !FAMILY_FIRST.contains(k)) {
                out.add(w.toLowerCase(Locale.ROOT));
            } else {
                out.add(capitalized(w));
            }
            nameStarted |= !titleWord;
        }
        return Optional.of(String.join(" ", out));
    }

    /**
     * The name with capitals when it is written all in lower case ("jane doe" gives "Jane Doe", "sean o'neil" "Sean
     * O'Neil", "jan van der berg" "Jan van der Berg"), else empty. A suggestion to show, never applied.
     */
    public static Optional<String> withCapitals(String written) {
        if (written.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))
                || written.codePoints().noneMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        String[] words = SPACES.split(written.strip());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String k = key(words[i]);
            boolean keep = i > 0 && i < words.length - 1 && PARTICLES.contains(k) && !FAMILY_FIRST.contains(k);
            out.add(keep ? words[i] : ROMAN.matcher(words[i].toUpperCase(Locale.ROOT)).matches() && i > 0
                    ? words[i].toUpperCase(Locale.ROOT) : capitalized(words[i]));
        }
        return Optional.of(String.join(" ", out));
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]{2,5}");
    /** A run of white space, between the words of a name (compiled once: every name of every record is read). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A word of three letters or more, all of them capitals, that is no particle, suffix or Roman numeral. */
    private static boolean shouted(String w) {
        int letters = (int) w.codePoints().filter(Character::isLetter).count();
        return letters >= 3 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && !(w.contains(".") && isInitial(w)) && !PARTICLES.contains(key(w)) && !SUFFIXES.contains(key(w))
                && !ROMAN.matcher(w).matches();
    }

    /** "O'NEILL" gives "O'Neill", "CRUZ-MILLER" "Cruz-Miller", "MCDONALD" "McDonald", "DR.-ING." "Dr.-Ing.". */
    private static String capitalized(String w) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            b.appendCodePoint(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
            i += Character.charCount(c);
        }
        String out = b.toString();
        if (out.length() > 4 && out.startsWith("Mc") && Character.isLetter(out.charAt(2))) {
            out = "Mc" + Character.toUpperCase(out.charAt(2)) + out.substring(3);
        }
        return out;
    }

    /** Why a name cannot be split at all, or null. */
    private static String unusual(List<String> words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); ) {
                int c = w.codePointAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.'
                        && Character.getType(c) != Character.NON_SPACING_MARK) {
                    return "the name has characters other than letters";
                }
                i += Character.charCount(c);
            }
        }
        String joined = String.join("", words);
        boolean hasLower = joined.codePoints().anyMatch(Character::isLowerCase);
        boolean hasUpper = joined.codePoints().anyMatch(Character::isUpperCase);
        if (hasUpper && !hasLower && joined.codePointCount(0, joined.length()) > 3) {
            return "the name is written in capitals";
        }
        int initial = words.get(0).codePointAt(0);
        if (!Character.isUpperCase(initial) && !Character.isLowerCase(initial) && !Character.isTitleCase(initial)) {
            // 山田太郎, 김민준, محمد علي
            return "the name is written in a script without capitals, so its given and family names cannot be told"
                    + " apart";
        }
        if (!Character.isUpperCase(initial) && !PARTICLES.contains(words.get(0))) {
            return "the name does not start with a capital";
        }
        return null;
    }

    /** "Dr.", "Dr.-Ing.", "Dr.med.": a doctor's title (a {@link #key}). */
    private static boolean doctor(String k) {
        return DOCTOR.contains(k) || k.startsWith("dr.-") || k.startsWith("dr.") && k.length() > 3;
    }

    private static boolean isInitial(String w) {
        String letters = w.replace(".", "").replace("-", "");
        return w.contains(".") && letters.codePointCount(0, letters.length()) <= 2
                || letters.codePointCount(0, letters.length()) == 1;
    }

    /** A word compared with the lists: lower case, without a trailing period. */
    private static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(new java.util.HashSet<>(Arrays.asList(words)));
    }
}
