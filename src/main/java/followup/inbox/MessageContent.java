package followup.inbox;

import java.util.List;
import java.util.Optional;

/**
 * What was read of a message beyond its header, for the few messages that need it: suspected bounces (up to
 * {@value MessageContents#BOUNCE_TEXT} bytes of text), and replies and automatic answers (up to
 * {@value MessageContents#REPLY_TEXT}).
 *
 * @param text               its readable text: the text/plain parts (an HTML-only message made plain), in order,
 *                           cut at the limit; never null
 * @param originalIds        the Message-IDs of the message(s) it carries or quotes as attachments
 *                           ({@code message/rfc822}, {@code text/rfc822-headers})
 * @param originalRecipients the To and Cc addresses of those attached messages, lower-cased
 * @param invite             the calendar invitation it carries, if any
 */
public record MessageContent(String text, List<String> originalIds, List<String> originalRecipients,
                             Optional<Invite> invite) {
    public static final MessageContent NONE = new MessageContent("", List.of(), List.of(), Optional.empty());

    public MessageContent {
        text = text == null ? "" : text;
        originalIds = List.copyOf(originalIds);
        originalRecipients = List.copyOf(originalRecipients);
        invite = invite == null ? Optional.empty() : invite;
    }
}
