package followup.inbox;

import followup.config.Settings;
import followup.mail.CheckStep;
import followup.mail.Login;
import followup.mail.RecordingSocketFactory;
import followup.mail.SmtpCheck;
import followup.mail.TlsTrust;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * {@code followup check} for the IMAP server: the name, the port, TLS, the login (as {@link ImapConnector} signs
 * in), the watched folders and the sent folder. Stops at the first step that fails.
 */
public final class ImapCheck {
    private static final List<String> CAPABILITIES = List.of("IDLE", "UIDPLUS", "SPECIAL-USE", "MOVE", "CONDSTORE",
            "SASL-IR");

    /** How many of the mailbox's folders a missing watched folder's message lists. */
    private static final int MAX_LISTED = 30;

    private ImapCheck() {
    }

    public static List<CheckStep> run(Settings.Imap imap, Login login) {
        return run(imap, login, null, null);
    }

    /**
     * @param foldersAt where {@code imap.folders} is written ({@code file:line}), named in the advice; or null
     * @param sentAt    where {@code imap.sent-folder} is written, named in the advice; or null
     */
    public static List<CheckStep> run(Settings.Imap imap, Login login, String foldersAt, String sentAt) {
        Settings.Server server = imap.server();
        List<CheckStep> steps = new ArrayList<>();
        if (!SmtpCheck.reach(server, "imap", steps)) {
            return steps;
        }
        RecordingSocketFactory tls = RecordingSocketFactory.wrap(TlsTrust.socketFactory(server.tls()));
        ImapConnector connector = new ImapConnector(server, login, Optional.of(tls), null);
        Store store;
        try {
            store = connector.connect();
        } catch (InboxUnavailableException e) {
            Optional<String> smtp = SmtpCheck.greeting(e.getMessage(), "220");
            if (smtp.isPresent()) {
                steps.add(CheckStep.failed("port " + server.port() + " answers as an SMTP server, not IMAP ("
                        + smtp.get() + ")", "set " + server.keys("imap") + ".port to the IMAP server's port (993 with"
                        + " security = ssl, or 143 with starttls), not the SMTP one"));
                return steps;
            }
            boolean refused = e.getMessage().contains("refused the login");
            boolean notOffered = e.getMessage().contains(" does not offer ");
            boolean tlsExplained = e.getMessage().startsWith("IMAP " + server.host() + ":" + server.port() + ": ");
            steps.add(CheckStep.failed(e.getMessage(), notOffered ? SmtpCheck.notOfferedAdvice(server, "imap")
                    : refused ? SmtpCheck.loginAdvice(login, server)
                    : tlsExplained ? "see above"          // the certificate or the handshake, with what to set
                    : e.getMessage().contains("followup login") ? "run `" + server.loginCommand() + "`"
                    : SmtpCheck.portAndSecurity(server, "imap").orElse("check " + server.keys("imap")
                            + ".security and port (993 for ssl, 143 for starttls)")));
            return steps;
        }
        try (store) {
            steps.add(CheckStep.ok(tls.describe().map(d -> "TLS " + d).orElse("no TLS (security = plain)")));
            IMAPStore s = (IMAPStore) store;
            String mechanism = login.mechanism() != null ? login.mechanism()
                    : s.hasCapability("AUTH=PLAIN") ? "PLAIN" : "LOGIN";
            steps.add(CheckStep.ok("authenticated as " + server.username() + " (" + mechanism + ")"));
            List<String> used = new ArrayList<>();
            for (String c : CAPABILITIES) {
                if (s.hasCapability(c)) {
                    used.add(c);
                }
            }
            steps.add(CheckStep.ok("capabilities: " + (used.isEmpty() ? "(none)" : String.join(", ", used))));
            for (String name : imap.folders()) {
                Folder f = store.getFolder(name);
                if (!f.exists()) {
                    steps.add(CheckStep.failed("the watched folder \"" + name + "\" does not exist; the mailbox has "
                            + existing(store), "set " + server.keys("imap") + ".folders" + (foldersAt == null ? ""
                            : " (at " + foldersAt + ")") + " to folders of that list, written as shown there"));
                    return steps;
                }
                steps.add(CheckStep.ok("watching \"" + name + "\""));
            }
            if (imap.sentFolder() != null) {
                boolean exists = store.getFolder(imap.sentFolder()).exists();
                SentFolders.Found theirs = exists ? null : SentFolders.find(store);
                if (theirs != null && !theirs.name().equalsIgnoreCase(imap.sentFolder())
                        && !theirs.how().startsWith("none found")) {
                    // a typo, or another client's name: the copies would go to a new folder nobody looks in
                    steps.add(CheckStep.failed("the sent folder \"" + imap.sentFolder() + "\" does not exist, and the"
                            + " mailbox's sent folder is \"" + theirs.name() + "\" (" + theirs.how() + "): the first"
                            + " copy would make a new folder \"" + imap.sentFolder() + "\", where your mail client"
                            + " does not look for what you sent", "set " + server.keys("imap") + ".sent-folder"
                            + (sentAt == null ? "" : " (at " + sentAt + ")") + " = \"" + theirs.name() + "\", or leave"
                            + " it out to use that folder"));
                    return steps;
                }
                steps.add(CheckStep.ok("sent folder \"" + imap.sentFolder() + "\" (set in the config"
                        + (exists ? ")" : "; created on the first copy)")));
            } else {
                SentFolders.Found found = SentFolders.find(store);
                steps.add(CheckStep.ok("sent folder \"" + found.name() + "\" (" + found.how() + ")"));
            }
        } catch (MessagingException e) {
            steps.add(CheckStep.failed("reading the folders failed: " + InboxMessages.describe(e), "try again; if"
                    + " it persists, check the server's logs"));
        }
        return steps;
    }

    /** The folders of the mailbox, quoted and sorted, as many as fit on a line. */
    private static String existing(Store store) throws MessagingException {
        List<String> names = new ArrayList<>();
        for (Folder f : store.getDefaultFolder().list("*")) {
            names.add(f.getFullName());
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        int shown = Math.min(names.size(), MAX_LISTED);
        String list = String.join(", ", names.subList(0, shown).stream().map(n -> "\"" + n + "\"").toList());
        return names.isEmpty() ? "no folders at all" : list + (shown < names.size() ? " and " + (names.size() - shown)
                + " more" : "");
    }
}
