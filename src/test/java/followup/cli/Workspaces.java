package followup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small workspace in a temporary directory: a config, an empty records directory, the project's templates. */
final class Workspaces {
    private Workspaces() {
    }

    /** Writes {@code conf/application.conf} under {@code root}; returns its path. */
    static Path write(Path root) throws IOException {
        return write(root, "");
    }

    /** The same with extra lines inside {@code followup { ... }}. */
    static Path write(Path root, String extra) throws IOException {
        Path conf = root.resolve("conf");
        Files.createDirectories(conf);
        Path templates = Path.of("templates").toAbsolutePath();
        Files.writeString(conf.resolve("application.conf"), """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store { url = "jdbc:h2:file:%s" }
                  %s
                }
                """.formatted(templates, root.resolve("data/followup").toAbsolutePath(), extra));
        return conf.resolve("application.conf");
    }
}
