package followup.inbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import followup.config.Secret;
import followup.config.Settings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** alex's mailbox on a GreenMail server, and connectors to it. */
final class GreenMailAccounts {
    static final String EMAIL = "alex@example.test";
    static final String LOGIN = "alex";
    static final String PASSWORD = "Pw-7c1e9d42-never-shown";

    private GreenMailAccounts() {
    }

    static GreenMailUser alex(GreenMailOperations greenMail) {
        return greenMail.setUser(EMAIL, LOGIN, PASSWORD);
    }

    static Settings.Server server(int port, Settings.Security security, String password) {
        return new Settings.Server("127.0.0.1", port, security, LOGIN, Secret.of(password), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    static ImapConnector connector(GreenMailOperations greenMail) {
        return new ImapConnector(server(greenMail.getImap().getPort(), Settings.Security.PLAIN, PASSWORD));
    }

    static ImapConnector connector(GreenMailOperations greenMail, PrintStream debug) {
        return new ImapConnector(server(greenMail.getImap().getPort(), Settings.Security.PLAIN, PASSWORD), debug);
    }

    /**
     * Polls alex's INBOX once, over IMAP with the real poller, as the daemon does, after the messages a test delivered
     * there: every message since November 2026, with its content where the classifier wants it.
     */
    static List<InboxMessage> pollOnce(GreenMailOperations greenMail, Classifier classifier) throws Exception {
        List<InboxMessage> polled = new ArrayList<>();
        try (ImapPoller poller = new ImapPoller(connector(greenMail), List.of("INBOX"), new MemorySyncStateStore())) {
            poller.poll(Instant.parse("2026-11-01T00:00:00Z"), classifier::wantsContent, polled::addAll);
        }
        return polled;
    }

    /** A loopback port nobody listens on (bound, then released). */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
