package followup.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Message-IDs that are fixed by the message's identity, so a plan, a preview and the sent message agree, and two
 * users who interview with the same person never produce the same ID (the sender's address is part of the hash).
 * The ID is opaque: a hash at the sender's domain, so a recipient who looks at the headers sees neither the step
 * nor the record's file name. A message already stored keeps the ID it was given (see {@link History}).
 */
public final class MessageIds {
    /** Looking SHA-256 up among the security providers costs more than the hash; plan hashes once per message. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MessageIds::sha256);

    private MessageIds() {
    }

    /** {@code <3f9a2c1b7d0e44a1b2c3d4e5f6a7b8c9@example.com>}. */
    public static String of(Sender sender, Interview interview, String key, Step step) {
        String seed = sender.email() + '\n' + key + '\n' + interview.at();
        return "<" + hash(seed) + "@" + sender.domain().toLowerCase(java.util.Locale.ROOT) + ">";
    }

    /**
     * {@code id} as it is compared with ours: its domain part lower-cased, its local part as is. Some mail servers
     * rewrite the case of a Message-ID's domain in the {@code In-Reply-To} and {@code References} of a reply; the
     * domain is a host name, its case means nothing, but the local part is the sender's own and is kept exact.
     */
    public static String comparable(String id) {
        int at = id.lastIndexOf('@');
        return at < 0 ? id : id.substring(0, at) + id.substring(at).toLowerCase(java.util.Locale.ROOT);
    }

    /** The spellings of {@code id} to look up among ours: as written and {@link #comparable}, once each. */
    public static java.util.List<String> spellings(String id) {
        String comparable = comparable(id);
        return comparable.equals(id) ? java.util.List.of(id) : java.util.List.of(id, comparable);
    }

    private static String hash(String seed) {
        byte[] digest = SHA256.get().digest(seed.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
