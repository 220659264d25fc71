package followup.inbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Finds the sent folder when {@code followup.mail.imap.sent-folder} is not set: the folder the server marks with
 * the SPECIAL-USE attribute {@code \Sent} (RFC 6154; Gmail, Microsoft, Dovecot and most others do), else the first
 * of the usual names, else {@code Sent} (created on the first copy).
 */
public final class SentFolders {
    /** The names mail clients and servers give the sent folder, in the order they are tried. */
    static final List<String> USUAL = List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail",
            "INBOX.Sent", "INBOX/Sent", "Gesendet", "Gesendete Elemente", "Envoyés", "Enviados");
    static final String SPECIAL_USE = "\\Sent";

    /** A folder as LIST shows it: its full name and attributes. */
    record Listed(String name, Set<String> attributes) {
    }

    /**
     * The folder chosen, and how.
     *
     * @param how {@code SPECIAL-USE \Sent}, {@code by its usual name} or {@code none found: created on first use}
     */
    public record Found(String name, String how) {
    }

    private SentFolders() {
    }

    /** Looks the folder up on a connected store. */
    public static Found find(Store store) throws MessagingException {
        List<Listed> listed = new ArrayList<>();
        for (Folder f : store.getDefaultFolder().list("*")) {
            String[] attributes = f instanceof IMAPFolder imap ? imap.getAttributes() : new String[0];
            listed.add(new Listed(f.getFullName(), Set.of(attributes == null ? new String[0] : attributes)));
        }
        return choose(listed);
    }

    /** The rule itself, over a folder list. */
    static Found choose(List<Listed> folders) {
        for (Listed f : folders) {
            if (f.attributes().stream().anyMatch(a -> a.equalsIgnoreCase(SPECIAL_USE))) {
                return new Found(f.name(), "SPECIAL-USE " + SPECIAL_USE);
            }
        }
        for (String usual : USUAL) {
            Optional<Listed> hit = folders.stream()
                    .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(usual.toLowerCase(Locale.ROOT))).findFirst();
            if (hit.isPresent()) {
                return new Found(hit.get().name(), "by its usual name");
            }
        }
        return new Found(USUAL.get(0), "none found: created on first use");
    }
}
