package followup.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
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
        // two candidates with one sender address would read each other's replies
        refuseShared(loaded, problems, s -> s.sender().email().toLowerCase(Locale.ROOT), (s, others) ->
                new Problem(Display.path(s.file()), Math.max(0, Deployment.line(s.file(), "sender.email")),
                        "sender.email", "\"" + s.sender().email() + "\" is also the sender of candidate " + others
                        + "; each candidate needs a mailbox of their own, so none of them runs until this is fixed"));
        // two live candidates who read one mailbox (the same IMAP server and user, with two sender addresses: a
        // coach's own mailbox with plus-addresses, a copied candidate.conf): a reply from a company both of them met
        // would hold both their follow-ups
        refuseShared(loaded, problems, SharedMailboxes::of, (s, others) -> {
            Path conf = s.file();
            int at = IntStream.of(Deployment.line(conf, "mail.imap.username"), Deployment.line(conf, "mail.imap"),
                    Deployment.line(conf, "mail")).filter(n -> n >= 0).findFirst().orElse(0);
            return new Problem(Display.path(conf), at, "mail.imap.username", "the mailbox " + of(s) + " is also"
                    + " read by candidate " + others + "; each candidate needs a mailbox of their own (a reply to one"
                    + " would hold the other's messages to the same company), so none of them runs until this is"
                    + " fixed");
        });
    }

    /**
     * The candidates who share {@code key} (null: none to share), each with a problem naming the others, are all
     * removed from {@code loaded}: neither runs until one is fixed.
     */
    private static void refuseShared(Map<String, Settings> loaded, List<Problem> problems,
                                     Function<Settings, String> key, BiFunction<Settings, String, Problem> problem) {
        Map<String, List<Settings>> byKey = new LinkedHashMap<>();
        for (Settings s : loaded.values()) {
            String k = key.apply(s);
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        for (List<Settings> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Settings s : same) {
                problems.add(problem.apply(s, String.join(", ", same.stream().filter(o -> o != s)
                        .map(Settings::candidate).toList())));
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
}
