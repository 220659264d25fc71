package followup.template;

import java.util.regex.Pattern;

/** The subject of an answer: the subject it answers, with {@code Re:} before it unless it is already an answer. */
public final class ReplySubject {
    /**
     * The prefixes mail programs put before a subject they answer: {@code Re:}, German {@code AW:}, Scandinavian
     * {@code SV:}, Dutch {@code Antw:}, Italian {@code R:} and {@code RIF:}, French {@code Réf. :}, Portuguese
     * {@code RES:}, Finnish {@code VS:}, Polish {@code Odp:}, with a count ({@code Re[2]:}) or a space before the colon.
     */
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^(?:re|aw|sv|antw|antwort|r|rif|réf\\.?|ref\\.?|res|vs|odp|ynt|回复|答复)(?:\\[\\d+])?\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReplySubject() {
    }

    /**
     * {@code subject} as an answer carries it: as it is when it already begins with a reply prefix in any language
     * ("AW: Ihre Bewerbung" stays so, never "Re: AW: ..."), else with {@code Re:} before it (also before a forward's
     * {@code WG:}, {@code Fwd:}, {@code RV:}).
     */
    public static String of(String subject) {
        String s = subject.strip();
        return REPLY_PREFIX.matcher(s).find() ? s : "Re: " + s;
    }
}
