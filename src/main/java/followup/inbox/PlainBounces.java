package followup.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounces that are no delivery report, read from their text, and the signs that a message is a bounce at all. Pure:
 * no I/O.
 *
 * <p>A message is <em>surely</em> a bounce or a delivery notice, never a reply, when it is a delivery report, carries
 * {@code X-Failed-Recipients} or Exchange's {@code X-MS-Exchange-Message-Is-Ndr}, or comes from a mail system
 * ({@code MAILER-DAEMON}, {@code postmaster}, {@code Mail Delivery Subsystem}, Exchange's
 * {@code MicrosoftExchange...}). A subject such as "Undeliverable:" or "failure notice" only makes it a suspect: its
 * text is read, and it is a bounce only if the text reads like one.
 */
final class PlainBounces {
    private static final Pattern SYSTEM_LOCAL = Pattern.compile(
            "^(?:mailer-?daemon|postmaster|mail-?daemon|mail-?delivery(?:-?system)?|mdaemon|"
                    + "microsoftexchange[0-9a-f]{20,}|mail-?system)(?:[+=].*)?$");
    private static final Pattern SYSTEM_NAME = Pattern.compile(
            "(?i)^(?:mail delivery (?:subsystem|system|service)|mailer-daemon|mail administrator|"
                    + "microsoft outlook|postmaster|mail system)$");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)(?:undeliver|undelivered|not delivered|"
            + "delivery (?:status notification|failure|has failed|failed|problem|notification|delayed|incomplete)|"
            + "failure notice|returned mail|mail delivery failed|could not be delivered|non remis|"
            + "unzustellbar|nicht zustellbar|no se puede entregar|non recapitabile|onbestelbaar|"
            + "delayed mail|warning: message .* delayed|message delayed|returned to sender)");
    /** Where the copy of the original message begins in a plain-text bounce. */
    private static final Pattern ORIGINAL = Pattern.compile("(?im)^[ \\t]*(?:-{2,}.{0,40}(?:copy of the message|"
            + "original message|below this line|undelivered message|returned message|message headers)|"
            + "original message headers:|-{3,} ?original message ?-{3,})");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^[ \\t>]*message-id:[ \\t]*(<[^<>\\s]+>)");
    private static final Pattern PERMANENT_CODE = Pattern.compile("(?<![\\d.])(?:5\\.\\d{1,3}\\.\\d{1,3}|5[0-5]\\d(?=[ :\\-]))");
    private static final Pattern TEMPORARY_CODE = Pattern.compile("(?<![\\d.])(?:4\\.\\d{1,3}\\.\\d{1,3}|4[25]\\d(?=[ :\\-]))");
    private static final Pattern TEMPORARY_WORDS = Pattern.compile("(?i)(?:not yet been delivered|has not been delivered"
            + " yet|still (?:trying|being retried)|will (?:retry|continue|be retried|try again)|delivery attempts will"
            + " continue|temporar(?:y|ily)|is delayed|has been delayed|delayed|no action is required|"
            + "vorubergehend|nouvel essai|reintentar)");
    private static final Pattern PERMANENT_WORDS = Pattern.compile("(?i)(?:permanent|fatal|could ?n[o']t be delivered|"
            + "was ?n[o']t delivered|wasn't delivered|undeliverable|unable to deliver|failed|does ?n[o']t exist|"
            + "user unknown|unknown user|no such (?:user|mailbox)|address not found|could ?n[o']t be found|"
            + "not found|rejected|no mailbox here|given up|gave up|delivery has failed|recipient address rejected|"
            + "konnte nicht zugestellt|unzustellbar|n'a pas pu etre remis|no se pudo entregar)");
    private static final Pattern CODE_LINE = Pattern.compile("(?m)^.*(?:[45]\\.\\d{1,3}\\.\\d{1,3}|(?<![\\d.])[45]\\d\\d"
            + "(?=[ :\\-])).*$");
    private static final int MAX_DIAGNOSTIC = 300;

    private PlainBounces() {
    }

    /** What the text of a bounce says. */
    record Reading(List<String> addresses, List<String> messageIds, Optional<Boolean> permanent, String diagnostic) {
    }

    /** Surely a bounce or a delivery notice: never a reply, whoever sends it. */
    static boolean surely(InboxMessage m) {
        return m.report().isPresent() || !m.details().failedRecipients().isEmpty() || m.details().exchangeNdr()
                || systemSender(m.from(), m.details().fromName());
    }

    /**
     * Read as a plain-text bounce: a mail system's notice, {@code X-Failed-Recipients}, an Exchange report, or a
     * subject that reads like a bounce. A delivery report from anyone else whose status part cannot be read is not
     * taken at its word.
     */
    static boolean textual(InboxMessage m) {
        return !m.details().failedRecipients().isEmpty() || m.details().exchangeNdr()
                || systemSender(m.from(), m.details().fromName())
                || m.subject() != null && BOUNCE_SUBJECT.matcher(m.subject()).find();
    }

    /** Worth reading the text of: surely a bounce, or a subject that reads like one. */
    static boolean suspect(InboxMessage m) {
        return surely(m) || m.subject() != null && BOUNCE_SUBJECT.matcher(m.subject()).find();
    }

    static boolean systemSender(String from, String fromName) {
        if (from != null) {
            String local = from.substring(0, Math.max(0, from.lastIndexOf('@'))).toLowerCase(Locale.ROOT);
            if (SYSTEM_LOCAL.matcher(local).matches()) {
                return true;
            }
        }
        return fromName != null && SYSTEM_NAME.matcher(fromName.strip()).matches();
    }

    /** Reads a bounce's text: the notification above the copy of the original, and the original's Message-IDs. */
    static Reading read(String text, String subject) {
        String all = text == null ? "" : text;
        Matcher cut = ORIGINAL.matcher(all);
        String notice = cut.find() ? all.substring(0, cut.start()) : all;
        List<String> addresses = new ArrayList<>();
        Matcher a = ADDRESS.matcher(notice);
        while (a.find() && addresses.size() < 200) {
            String address = a.group().toLowerCase(Locale.ROOT).replaceAll("^[.'=]+|[.]+$", "");
            if (!addresses.contains(address)) {
                addresses.add(address);
            }
        }
        List<String> ids = new ArrayList<>();
        Matcher id = MESSAGE_ID.matcher(all);
        while (id.find() && ids.size() < 20) {
            if (!ids.contains(id.group(1))) {
                ids.add(id.group(1));
            }
        }
        return new Reading(addresses, ids, permanence(notice, subject), diagnostic(notice, subject));
    }

    /** A 5.x.x or 5xx code, else waiting words, else failure words, else a 4.x.x or 4xx code; empty when none. */
    private static Optional<Boolean> permanence(String notice, String subject) {
        String s = (subject == null ? "" : subject) + "\n" + notice;
        if (PERMANENT_CODE.matcher(s).find()) {
            return Optional.of(true);
        }
        if (TEMPORARY_WORDS.matcher(s).find()) {
            return Optional.of(false);
        }
        if (PERMANENT_WORDS.matcher(s).find()) {
            return Optional.of(true);
        }
        if (TEMPORARY_CODE.matcher(s).find()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static String diagnostic(String notice, String subject) {
        Matcher code = CODE_LINE.matcher(notice);
        String line = null;
        if (code.find()) {
            line = code.group();
        } else {
            for (String l : notice.split("\n")) {
                if (PERMANENT_WORDS.matcher(l).find() || TEMPORARY_WORDS.matcher(l).find()) {
                    line = l;
                    break;
                }
            }
        }
        String d = InboxMessages.printable(line != null ? line : subject == null ? "bounced" : subject)
                .replaceAll("\\s+", " ").strip();
        return d.length() <= MAX_DIAGNOSTIC ? d : d.substring(0, MAX_DIAGNOSTIC);
    }
}
