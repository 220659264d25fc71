package followup.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every command shares. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "conf/application.conf",
            description = "the config file (default: ${DEFAULT-VALUE})")
    Path file;
}
