package followup.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Each candidate of a deployment needs a mailbox of their own: two with one sender address, or two live ones reading
 * one IMAP mailbox, would each take the other's replies for their own. Both are left out until one is fixed.
 */
final class SharedMailboxes {
    private SharedMailboxes() {
    }

    /** Removes from {@code loaded} the candidates who share a sender address or a mailbox, each a problem. */
    static void refuse(Map<String, Settings> loaded, List<Problem> problems) {
        refuseSharedSenders(loaded, problems);
        refuseSharedMailboxes(loaded, problems);
    }

    /** Two candidates with one sender address would read each other's replies: neither runs until one is fixed. */
    private static void refuseSharedSenders(Map<String, Settings> loaded, List<Problem> problems) {
        Map<String, List<Settings>> bySender = new LinkedHashMap<>();
        loaded.values().forEach(s -> bySender.computeIfAbsent(s.sender().email().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>()).add(s));
        for (List<Settings> same : bySender.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Settings s : same) {
                List<String> others = same.stream().filter(o -> o != s).map(Settings::candidate).toList();
                problems.add(new Problem(Display.path(s.file()), senderLine(s.file()), "sender.email", "\""
                        + s.sender().email() + "\" is also the sender of candidate " + String.join(", ", others)
                        + "; each candidate needs a mailbox of their own, so none of them runs until this is fixed"));
                loaded.remove(s.candidate());
            }
        }
    }

    /**
     * Two live candidates who read one mailbox (the same IMAP server and user, with two sender addresses: a coach's
     * own mailbox with plus-addresses, a copied candidate.conf) would each take the other's replies for their own: a
     * reply from a company both of them met holds both their follow-ups. Neither runs until one is fixed.
     */
    private static void refuseSharedMailboxes(Map<String, Settings> loaded, List<Problem> problems) {
        Map<String, List<Settings>> byMailbox = new LinkedHashMap<>();
        loaded.values().stream().filter(s -> of(s) != null)
                .forEach(s -> byMailbox.computeIfAbsent(of(s), k -> new ArrayList<>()).add(s));
        for (List<Settings> same : byMailbox.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Settings s : same) {
                List<String> others = same.stream().filter(o -> o != s).map(Settings::candidate).toList();
                Path conf = s.file();
                int at = IntStream.of(Deployment.line(conf, "mail.imap.username"), Deployment.line(conf, "mail.imap"),
                        Deployment.line(conf, "mail")).filter(n -> n >= 0).findFirst().orElse(0);
                problems.add(new Problem(Display.path(conf), at, "mail.imap.username", "the mailbox " + of(s)
                        + " is also read by candidate " + String.join(", ", others) + "; each candidate needs a"
                        + " mailbox of their own (a reply to one would hold the other's messages to the same company),"
                        + " so none of them runs until this is fixed"));
                loaded.remove(s.candidate());
            }
        }
    }

    /** The mailbox a live candidate reads, {@code user@host:port}; null in sandbox mode (each has their own there). */
    static String of(Settings s) {
        if (s.mail() == null || s.mail().mode() != Settings.Mode.LIVE || s.mail().imap() == null
                || s.mail().imap().server() == null || s.mail().imap().server().username() == null) {
            return null;
        }
        Settings.Server imap = s.mail().imap().server();
        return imap.username().toLowerCase(Locale.ROOT) + "@" + imap.host().toLowerCase(Locale.ROOT) + ":"
                + imap.port();
    }

    private static int senderLine(Path conf) {
        return Math.max(0, Deployment.line(conf, "sender.email"));
    }
}
