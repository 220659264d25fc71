package followup.inbox;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises automatic answers: the RFC 3834 {@code Auto-Submitted} header (any value but {@code no}, and but
 * {@code auto-forwarded}: a human message a rule passed on is still the human's), the {@code X-Autoreply} and
 * {@code X-Autorespond} headers, Microsoft 365 and Exchange ({@code X-MS-Exchange-Inbox-Rules-Loop} together with
 * {@code X-Auto-Response-Suppress}), {@code Precedence: auto_reply|bulk|junk|list}, and out-of-office subjects in
 * English, German, French, Spanish, Italian, Dutch, Portuguese, Swedish, Danish, Norwegian, Polish, Japanese,
 * Chinese and more. Also tells an out-of-office answer from other automatic mail.
 */
final class AutoReplySignals {
    /** Every header this class reads; the poller fetches exactly these. */
    static final List<String> HEADERS = List.of("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence",
            "X-MS-Exchange-Inbox-Rules-Loop", "X-Auto-Response-Suppress", "List-Id", "List-Unsubscribe");

    /** The local part of an address nobody reads: {@code no-reply}, {@code careers-noreply}, {@code donotreply}. */
    private static final Pattern NO_REPLY = Pattern.compile("(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)"
            + "(?:$|[-_.+])");

    private static final Set<String> PRECEDENCES = Set.of("auto_reply", "bulk", "junk", "list");
    private static final int MAX_SIGNAL = 200;

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** Out-of-office phrases matched anywhere in the subject; lower-cased and stripped of accents on both sides. */
    private static final List<String> AWAY = Stream.of(
            "out of office", "out of the office", "vacation reply", "away from the office", "on vacation",
            "on holiday", "on leave", "annual leave", "parental leave", "away from my desk",
            "abwesenheitsnotiz", "abwesenheitsmeldung", "abwesenheit", "nicht im buro", "ausser haus", "außer haus",
            "im urlaub", "absent du bureau", "message d'absence", "hors du bureau", "en conge", "en vacances",
            "fuera de la oficina", "fuera de oficina", "de vacaciones", "ausente",
            "fuori ufficio", "fuori sede", "in ferie", "assente",
            "afwezigheidsmelding", "niet op kantoor", "buiten kantoor", "met vakantie",
            "fora do escritorio", "ausencia temporaria", "de ferias",
            "poza biurem", "nieobecnosc", "nieobecny", "urlop",
            "inte pa kontoret", "franvarande", "franvaro",
            "ikke pa kontoret", "fravær", "fraværende", "fravaerende",
            "poissa toimistolta", "mimo kancelar", "ofis dısında", "вне офиса", "в отпуске",
            "不在のお知らせ", "不在", "外出中", "休暇", "不在办公室", "休假", "不在辦公室")
            .map(AutoReplySignals::fold).toList();

    /** Automatic-answer phrases (Exchange writes its out-of-office subjects with these). */
    private static final List<String> AUTOMATIC = Stream.of(
            "automatic reply", "auto reply", "auto-reply", "autoreply", "auto response", "auto-response",
            "autoresponse", "automatische antwort", "reponse automatique", "respuesta automatica",
            "risposta automatica", "automatisch antwoord", "resposta automatica", "automatyczna odpowiedz",
            "autosvar", "automatiskt svar", "automatisk svar", "automatisk besvarelse", "automaattinen vastaus",
            "automaticka odpoved", "otomatik yanıt", "автоматический ответ", "автоответ",
            "自动回复", "自動回覆", "自動返信", "自動応答", "자동 회신", "자동 응답",
            // Outlook's prefix in more languages, and in Polish with the noun first
            "odpowiedź automatyczna", "răspuns automat", "automatikus válasz", "automatski odgovor",
            "samodejni odgovor", "automatinis atsakymas", "automātiskā atbilde", "αυτόματη απάντηση",
            "автоматична відповідь", "автоматичен отговор", "balasan otomatis", "trả lời tự động",
            "תשובה אוטומטית", "رد تلقائي")
            .map(AutoReplySignals::fold).toList();

    /** Words in the text of an answer that say the person is away. */
    private static final Pattern AWAY_TEXT = Pattern.compile("\\b(?:out of (?:the )?office|on (?:annual |parental "
            + "|sick |maternity |paternity )?leave|on vacation|on holiday|away (?:from|until|till)|travell?ing|"
            + "limited access to (?:e-?mail|my e-?mail)|abwesend|nicht im buro|im urlaub|ausser haus|"
            + "auf dienstreise|absente?|en conges?|en vacances|de retour|fuera de la oficina|de vacaciones|"
            + "ausente|fuori ufficio|in ferie|assente|afwezig|niet op kantoor|met vakantie|"
            + "fora do escritorio|de ferias)\\b");

    /** A person's answer or forward, in the prefixes of the common mail programs and languages. */
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?:\\[[^\\]]{0,40}\\]\\s*)*"
            + "(?:re|aw|antw|antwort|sv|vs|odp|rif|res|ynt|rv|fw|fwd|wg|tr|enc|doorst|vl|atb|"
            + "\u0391\u03a0|\u03a3\u03a7\u0395\u03a4|\u041e\u0442\u0432|\u56de\u590d|\u56de\u8986|"
            + "\u7b54\u590d|\u8f6c\u53d1)"
            + "\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:\uff1a]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that mark an out-of-office answer only at the start of the subject. */
    private static final Pattern PREFIX = Pattern.compile("^(auto:|absence\\b|abwesend\\b|afwezig\\b|ooo\\b|oof\\b"
            + "|frånvarande\\b|franvarande\\b|fraværende\\b|nieobecn)");

    private AutoReplySignals() {
    }

    /**
     * The first automatic-answer signal among the headers, else in the subject.
     *
     * @param header the first value of a header (any case of its name), or null when absent
     */
    static Optional<String> of(UnaryOperator<String> header, String subject) {
        String autoSubmitted = clean(header.apply("Auto-Submitted"));
        boolean forwarded = autoSubmitted != null && "auto-forwarded".equals(firstToken(autoSubmitted));
        if (autoSubmitted != null && !"no".equals(firstToken(autoSubmitted)) && !forwarded) {
            return signal("Auto-Submitted", autoSubmitted);
        }
        String loop = clean(header.apply("X-MS-Exchange-Inbox-Rules-Loop"));
        if (loop != null && clean(header.apply("X-Auto-Response-Suppress")) != null && !forwarded) {
            return signal("X-MS-Exchange-Inbox-Rules-Loop", loop);
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
        for (String name : List.of("List-Id", "List-Unsubscribe")) {     // a mailing list or a newsletter
            String value = clean(header.apply(name));
            if (value != null) {
                return signal(name, value);
            }
        }
        if (isReceipt(clean(header.apply("Content-Type")))) {
            return signal("Content-Type", "multipart/report; report-type=disposition-notification");
        }
        return ofSubject(subject);
    }

    /**
     * A read receipt or other message disposition notification (RFC 8098), which the recipient's mail program
     * sends, or asks its user to send, when our message is opened: {@code multipart/report;
     * report-type=disposition-notification}.
     */
    private static boolean isReceipt(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            ContentType type = new ContentType(contentType);
            return type.match("multipart/report")
                    && "disposition-notification".equalsIgnoreCase(type.getParameter("report-type"));
        } catch (ParseException e) {
            return false;
        }
    }

    /** {@code From: <address>} when the sender's address is one nobody reads ({@code no-reply@}). */
    static Optional<String> ofSender(String address) {
        if (address == null || !address.contains("@")) {
            return Optional.empty();
        }
        String local = address.substring(0, address.lastIndexOf('@')).toLowerCase(Locale.ROOT);
        return NO_REPLY.matcher(local).find() ? signal("From", address) : Optional.empty();
    }

    /**
     * {@code subject: <the subject>} if it reads like an out-of-office answer. Not a subject that begins as a person's
     * answer or forward does ("Re:", "AW:", "SV:", "Fwd:" ..., after any "[EXTERNAL]" tags): what follows is the
     * subject of the message answered, ours, which may well name a topic or position such as "parental leave" or
     * "Abwesenheitsmanagement". Automatic answers put their mark first ("Automatic reply: RE: ...").
     */
    static Optional<String> ofSubject(String subject) {
        String s = clean(subject);
        if (s == null || REPLY_PREFIX.matcher(s).find()) {
            return Optional.empty();
        }
        String folded = fold(s);
        boolean automatic = PREFIX.matcher(folded).find() || AWAY.stream().anyMatch(folded::contains)
                || AUTOMATIC.stream().anyMatch(folded::contains);
        return automatic ? signal("subject", s) : Optional.empty();
    }

    /**
     * Whether an automatic answer is an out-of-office one: an out-of-office or automatic-reply subject (Exchange's
     * out-of-office prefix), {@code Auto-Submitted: auto-replied} (RFC 3834 vacation answers; not
     * {@code auto-generated} notifications), {@code X-Autoreply}, the Microsoft 365 headers, or a text saying the
     * person is away.
     */
    static boolean outOfOffice(String signal, String subject, String text) {
        if (signal.startsWith("subject:") || signal.startsWith("X-Autoreply") || signal.startsWith("X-Autorespond")
                || signal.startsWith("X-MS-Exchange-Inbox-Rules-Loop")
                || signal.startsWith("Auto-Submitted: auto-replied")) {
            return true;
        }
        if (ofSubject(subject).isPresent()) {
            return true;
        }
        String head = text == null ? "" : text.length() > 4000 ? text.substring(0, 4000) : text;
        return AWAY_TEXT.matcher(fold(head)).find();
    }

    static String fold(String text) {
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
