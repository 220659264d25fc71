package followup.cli;

import followup.config.Settings;
import followup.store.Database;
import followup.web.AccessToken;
import followup.web.WebServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The page {@code followup run} serves beside the daemon ({@code followup.web}). */
public final class LocalPage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPage.class);
    private static final String PORT_FILE = "web-port";

    private final WebServer server;
    private final WorkspaceDesk desk;
    private final String url;
    /** The file that tells web-url the port taken, with {@code followup.web.port = 0}; else null. */
    private final Path portFile;

    private LocalPage(WebServer server, WorkspaceDesk desk, String url, Path portFile) {
        this.server = server;
        this.desk = desk;
        this.url = url;
        this.portFile = portFile;
    }

    /** Serves the page of the workspace at {@code config}, unless {@code followup.web.enabled = false}. */
    public static Optional<LocalPage> start(Settings settings, Clock clock) {
        if (!settings.web().enabled()) {
            return Optional.empty();
        }
        AccessToken token = AccessToken.loadOrCreate(dataDirectory(settings));
        WorkspaceDesk desk = new WorkspaceDesk(settings.file(), clock);
        WebServer server;
        try {
            server = WebServer.start(settings.web(), token, desk, settings::where);
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
        Path portFile = dataDirectory(settings).resolve(PORT_FILE);
        if (settings.web().port() == 0) {     // web-url reads it: the port taken this time
            try {
                Files.writeString(portFile, server.port() + "\n");
            } catch (IOException e) {
                LOG.warn("Cannot write {} (for web-url, with followup.web.port = 0): {}", portFile, e.toString());
            }
        }
        String url = WebServer.url(settings.web(), server.port(), token);
        // the log is no place for the access token: web-url prints the address with it
        LOG.info("Page: {} (open it with its access token: followup web-url)", url.substring(0, url.indexOf('?')));
        if (!followup.config.SettingsLoader.isLoopback(settings.web().bind())) {
            LOG.warn("The page listens on {} (followup.web.bind), not only on this machine: anyone who can reach it"
                    + " and learns the address with its token can hold and resume your messages", settings.web().bind());
        }
        return Optional.of(new LocalPage(server, desk, url, settings.web().port() == 0 ? portFile : null));
    }

    /** Where the token is kept: the directory of the H2 database ({@code data/}). */
    static Path dataDirectory(Settings settings) {
        return Database.h2File(settings.storeUrl()).map(Path::toAbsolutePath).map(Path::getParent)
                .orElse(settings.file().toAbsolutePath().getParent().resolve("data"));
    }

    /**
     * The port the running daemon's page took, with {@code followup.web.port = 0}: the one its port file names if a
     * server answers there (the file of a daemon killed without its stop names a port nobody, or another, holds).
     */
    static OptionalInt portTaken(Settings settings) {
        Path file = dataDirectory(settings).resolve(PORT_FILE);
        try {
            int port = Integer.parseInt(Files.readString(file).strip());
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(settings.web().bind(), port), 1000);
            }
            return OptionalInt.of(port);
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The address with its token. */
    public String url() {
        return url;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        desk.close();
        if (portFile != null) {
            try {
                Files.deleteIfExists(portFile);
            } catch (IOException e) {
                LOG.debug("Cannot delete {}: {}", portFile, e.toString());
            }
        }
    }
}
