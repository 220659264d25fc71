package followup.inbox;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a reply that says the company will not go on with the user, in English, German, French and Spanish
 * ("decided to move forward with other candidates", "the position has been filled", "wir haben uns für einen anderen
 * Kandidaten entschieden", "nous avons retenu une autre candidature", "hemos decidido continuar con otros
 * candidatos" and their common variants). Only what the company wrote counts: quoted lines and the quoted message
 * below "On ... wrote:" and its translations are cut off first. The phrases are narrow on purpose: a positive
 * answer ("we'd like to move forward with you"), a question or a change of date is never one, and when unsure the
 * message stays a plain reply. Pure: no I/O.
 */
public final class Rejections {
    /** Only the start of a long text is read. */
    public static final int MAX_TEXT = 16 * 1024;
    private static final int MAX_WHY = 300;

    private static final String CANDIDATE = "(?:candidate|applicant|profile|person|individual)s?";
    private static final List<Pattern> PHRASES = List.of(
            // English
            p("(?:decided|chosen|opted|elected|going|have to|had to|will|would|'ll)\\s+(?:to\\s+)?(?:move|moving"
                    + "|go|going|proceed|proceeding|continue|progress|pursue|pursuing)\\s+(?:forward\\s+|ahead\\s+)?"
                    + "(?:with|further with)\\s+(?:an?\\w*\\s+|the\\s+)?(?:other|another|different|more\\s+\\w+)"
                    + "\\s+" + words(2) + CANDIDATE),
            p("(?:move|moving|go|going|proceed|proceeding)\\s+(?:forward|ahead)\\s+with\\s+(?:a|an|one|another)"
                    + "\\s+" + words(2) + CANDIDATE + "\\s+(?:who|whose|that)"),
            p("(?:pursue|pursuing|continue with|go with|went with|selected|chose|chosen|hired|offered the"
                    + " (?:role|position) to)\\s+(?:an?\\w*\\s+|the\\s+)?(?:other|another|different)\\s+"
                    + words(2) + CANDIDATE),
            p("(?:not|\\w+n't)\\s+(?:to\\s+|be\\s+)?(?:proceed|proceeding|move|moving|progress|progressing|take|taking"
                    + "|go|going|continue|continuing)\\s+(?:forward\\s+|further\\s+|ahead\\s+)?(?:with\\s+)?"
                    + "(?:you|your\\s+(?:application|candidacy|candidature|profile)|your)\\b(?!\\s+(?:interview|call))"
                    + "(?:\\s+(?:forward|further|any further|at this (?:time|stage|point)))?"),
            p("(?:position|role|job|vacancy|opening|post)\\s+" + words(3) + "(?:has|have|had|is|was)\\s+"
                    + "(?:now\\s+|already\\s+|since\\s+)?(?:been\\s+)?filled"),
            p("(?:we|we've|we have)\\s+(?:now\\s+|already\\s+)?filled\\s+(?:the|this)\\s+(?:position|role|job|vacancy)"),
            p("(?:you|your application|your candidacy)\\s+(?:were|was|have|has)\\s+not\\s+been\\s+"
                    + "(?:selected|successful|shortlisted|chosen)"),
            p("(?:application|candidacy)\\s+(?:was|has been|is)\\s+(?:unsuccessful|not successful|declined|rejected)"),
            p("(?:unable|not able|not in a position)\\s+to\\s+offer\\s+you\\s+(?:the|a|this)\\s+(?:position|role|job)"),
            p("(?:not|\\w+n't)\\s+(?:be\\s+)?(?:extending|extend|making|make)\\s+(?:you\\s+)?an\\s+offer"),
            p("decided\\s+not\\s+to\\s+(?:move|proceed|progress|continue)"),
            // German
            p("(?:uns|mich)\\s+" + words(4) + "fur\\s+(?:einen?|eine)\\s+(?:anderen?|andere)\\s+"
                    + "(?:kandidat\\w*|bewerber\\w*|person|besetzung|profil)"),
            p("(?:uns|mich)\\s+" + words(4) + "(?:fur\\s+andere\\s+(?:kandidat\\w*|bewerber\\w*)|gegen\\s+(?:ihre|deine)"
                    + "\\s+bewerbung)"),
            p("(?:ihre|deine)\\s+bewerbung\\s+" + words(3) + "nicht\\s+(?:weiter\\s+)?(?:berucksichtigen|"
                    + "verfolgen|beruecksichtigen)"),
            p("(?:stelle|position|vakanz)\\s+" + words(3) + "(?:bereits\\s+|inzwischen\\s+|schon\\s+)?"
                    + "(?:anderweitig\\s+)?(?:besetzt|vergeben)"),
            p("(?:ihnen|dir)\\s+(?:leider\\s+)?(?:eine\\s+)?absage\\s+(?:geben|erteilen|mitteilen)|"
                    + "(?:mussen|muss)\\s+(?:wir|ich)\\s+ihnen\\s+(?:leider\\s+)?(?:absagen|eine absage)"),
            p("(?:keine|nicht\\s+die)\\s+(?:positive|gute)\\s+(?:ruckmeldung|nachricht)\\s+(?:geben|"
                    + "zukommen\\s+lassen)"),
            p("nicht\\s+in\\s+die\\s+(?:engere|nachste)\\s+(?:auswahl|runde)"),
            // French
            p("(?:retenu|choisi|selectionne|privilegie)\\s+(?:une?\\s+|d')?(?:autres?)\\s+(?:candidat\\w*|profils?)"),
            p("(?:candidature|profil)\\s+" + words(2) + "n'a\\s+pas\\s+ete\\s+(?:retenue?|selectionnee?)"),
            p("(?:ne|n')\\s*(?:pouvons|pourrons|sommes)\\s+pas\\s+(?:en\\s+mesure\\s+de\\s+)?"
                    + "(?:donner|reserver|repondre)\\s+(?:une\\s+)?(?:suite\\s+)?(?:favorable|favorablement|positive)"),
            p("(?:poste|offre)\\s+" + words(2) + "(?:a\\s+ete|est\\s+(?:deja|desormais))\\s+pourvu"),
            p("(?:decide|choisi)\\s+de\\s+ne\\s+pas\\s+(?:poursuivre|donner suite|aller plus loin|continuer)"),
            p("ne\\s+(?:pas\\s+)?(?:donner|pouvons\\s+pas\\s+donner)\\s+suite\\s+a\\s+votre\\s+candidature|"
                    + "pas\\s+donner\\s+suite\\s+a\\s+votre\\s+candidature"),
            // Spanish
            p("(?:continuar|seguir|avanzar|proseguir|seguir adelante)\\s+(?:el proceso\\s+)?con\\s+(?:otros?|otras?)"
                    + "\\s+(?:\\w+\\s+)?(?:candidat\\w*|perfiles?|personas?|postulantes?)"),
            p("(?:seleccionado|elegido|optado\\s+por)\\s+(?:a\\s+)?(?:otros?|otras?)\\s+(?:\\w+\\s+)?"
                    + "(?:candidat\\w*|perfiles?|postulantes?)"),
            p("no\\s+(?:continuar|seguir|avanzar|proseguir)\\s+(?:adelante\\s+)?con\\s+(?:su|tu)\\s+"
                    + "(?:candidatura|postulacion|solicitud|proceso)"),
            p("(?:candidatura|postulacion|solicitud|perfil)\\s+" + words(2) + "no\\s+ha\\s+sido\\s+"
                    + "(?:seleccionad[ao]|aceptad[ao]|elegid[ao])"),
            p("(?:puesto|vacante|posicion)\\s+" + words(2) + "(?:ya\\s+)?(?:ha\\s+sido|fue|esta)\\s+"
                    + "(?:ya\\s+)?(?:cubiert[ao]|ocupad[ao])"),
            p("no\\s+(?:has|ha)\\s+sido\\s+(?:seleccionad[ao]|elegid[ao])"));

    /** Where the quoted history of a reply begins. */
    private static final Pattern QUOTE_START = Pattern.compile("(?im)^(?:"
            + "on\\s.{0,200}\\swrote:|am\\s.{0,200}\\sschrieb.{0,100}:|le\\s.{0,200}\\sa\\s+ecrit\\s*:"
            + "|el\\s.{0,200}\\sescribio\\s*:|-{2,}\\s*(?:original message|ursprungliche nachricht|message d'origine"
            + "|mensaje original|forwarded message)\\s*-{2,}|(?:from|von|de|sent|gesendet|envoye|enviado)\\s*:\\s.*"
            + "\\n(?:.*\\n){0,3}?(?:sent|gesendet|envoye|enviado|date|datum|to|an|a|para)\\s*:)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");

    private Rejections() {
    }

    /**
     * The sentence of {@code text} that says the company will not go on, on one line; empty when none does.
     *
     * @param text the reply's own text (plain; an HTML reply made plain first), or null
     */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String own = ownText(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        String folded = fold(own); // same length as own: a match's place is the same in both
        for (Pattern phrase : PHRASES) {
            Matcher m = phrase.matcher(folded);
            if (m.find()) {
                return Optional.of(sentence(own, folded, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** The text above the quoted history, without {@code >} lines. */
    static String ownText(String text) {
        String plain = text.replace("\r", "");
        Matcher quote = QUOTE_START.matcher(fold(plain));
        if (quote.find() && quote.start() > 0) {
            plain = plain.substring(0, quote.start());
        }
        StringBuilder out = new StringBuilder();
        for (String line : plain.split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String sentence(String own, String folded, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(folded.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < folded.length() && ".!?\n".indexOf(folded.charAt(to)) < 0) {
            to++;
        }
        if (to < folded.length() && folded.charAt(to) != '\n') {
            to++;
        }
        String s = InboxMessages.printable(own.substring(from, to)).replaceAll("\\s+", " ").strip();
        return s.length() <= MAX_WHY ? s : s.substring(0, MAX_WHY);
    }

    /**
     * Lower case, accents removed character by character (so positions match the original), typographic
     * apostrophes made plain, blanks made spaces.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            char f = base.length() == 1 ? base.charAt(0) : c;
            if (f == '\u2019' || f == '\u2018') {
                f = '\'';
            } else if (f == '\u00a0' || f == '\t' || f == '\u202f') {
                f = ' ';
            }
            out.append(Character.toLowerCase(f));
        }
        return out.toString();
    }

    /** Up to {@code n} words, none of them a negation ("not yet filled" is no "filled"). */
    private static String words(int n) {
        return "(?:(?!(?:not|nicht|noch|kein\\w*|pas|no|yet|never|nie|jamais|nunca|todavia|aun|encore)\\b)\\w+\\s+){0,"
                + n + "}";
    }

    private static Pattern p(String regex) {
        return Pattern.compile("\\b" + regex.replace(" ", "\\s+"), Pattern.CASE_INSENSITIVE);
    }
}
