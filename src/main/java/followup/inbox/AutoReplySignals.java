package followup.inbox;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises automatic answers: the RFC 3834 {@code Auto-Submitted} header (any value but {@code no}), the
 * {@code X-Autoreply} and {@code X-Autorespond} headers, {@code Precedence: auto_reply|bulk|junk|list}, and
 * out-of-office subjects in English and the common translations.
 */
final class AutoReplySignals {
    /** Every header this class reads; the poller fetches exactly these. */
    static final List<String> HEADERS = List.of("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence");

    private static final Set<String> PRECEDENCES = Set.of("auto_reply", "bulk", "junk", "list");
    private static final int MAX_SIGNAL = 200;

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** Phrases matched anywhere in the subject; both sides are lower-cased and stripped of accents. */
    private static final List<String> PHRASES = Stream.of(
            "out of office", "out of the office", "automatic reply", "auto reply", "auto-reply", "autoreply",
            "auto response", "auto-response", "autoresponse", "vacation reply", "away from the office",
            "automatische antwort", "abwesenheitsnotiz", "abwesenheitsmeldung", "nicht im buro",
            "reponse automatique", "absent du bureau", "message d'absence",
            "respuesta automatica", "fuera de la oficina", "fuera de oficina",
            "risposta automatica", "fuori ufficio", "fuori sede",
            "automatisch antwoord", "afwezigheidsmelding", "niet op kantoor",
            "resposta automatica", "fora do escritorio", "ausencia temporaria",
            "automatyczna odpowiedz", "poza biurem",
            "autosvar", "automatisk svar", "fravær", "automaattinen vastaus", "poissa toimistolta",
            "automaticka odpoved", "mimo kancelar", "otomatik yanıt", "ofis dısında",
            "автоматический ответ", "автоответ", "вне офиса",
            "自动回复", "自動回覆", "自動返信", "自動応答", "不在のお知らせ", "자동 회신", "자동 응답")
            .map(AutoReplySignals::fold).toList();

    /** Words that mark an automatic answer only at the start of the subject. */
    private static final Pattern PREFIX = Pattern.compile("^(auto:|absence\\b|abwesend\\b|afwezig\\b|ooo\\b)");

    private AutoReplySignals() {
    }

    /**
     * The first automatic-answer signal among the headers, else in the subject.
     *
     * @param header the first value of a header (any case of its name), or null when absent
     */
    static Optional<String> of(UnaryOperator<String> header, String subject) {
        String autoSubmitted = clean(header.apply("Auto-Submitted"));
        if (autoSubmitted != null && !"no".equals(firstToken(autoSubmitted))) {
            return signal("Auto-Submitted", autoSubmitted);
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond")) {
            String value = clean(header.apply(name));
            if (value != null && !"no".equals(firstToken(value))) {
                return signal(name, value);
            }
        }
        String precedence = clean(header.apply("Precedence"));
        if (precedence != null && PRECEDENCES.contains(firstToken(precedence))) {
            return signal("Precedence", precedence);
        }
        return ofSubject(subject);
    }

    /** {@code subject: <the subject>} if it reads like an out-of-office answer. */
    static Optional<String> ofSubject(String subject) {
        String s = clean(subject);
        if (s == null) {
            return Optional.empty();
        }
        String folded = fold(s);
        boolean automatic = PREFIX.matcher(folded).find() || PHRASES.stream().anyMatch(folded::contains);
        return automatic ? signal("subject", s) : Optional.empty();
    }

    private static String fold(String text) {
        return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Optional<String> signal(String name, String value) {
        String text = name + ": " + InboxMessages.printable(value);
        return Optional.of(text.length() <= MAX_SIGNAL ? text : text.substring(0, MAX_SIGNAL));
    }

    /** Unfolded and stripped; null when absent or blank. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** {@code auto-replied} of {@code auto-replied (vacation)} or {@code auto-replied; owner-email=...}. */
    private static String firstToken(String value) {
        return value.split("[\\s;(]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
