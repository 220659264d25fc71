package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import java.nio.file.Path;

/**
 * Reads a HOCON config file (the deployment's config, a {@code candidate.conf}). Always by its absolute path:
 * Typesafe Config resolves a relative {@code include} against the including file's directory, and a file named
 * without one ({@code --config run.conf}) has none, so the include was looked up on the class path instead, found
 * nothing, and said nothing.
 */
final class ConfigFiles {
    private ConfigFiles() {
    }

    /** The file as it is; a missing file is an empty config. */
    static Config parse(Path file) {
        return ConfigFactory.parseFile(file.toAbsolutePath().toFile());
    }

    /** The file, which must exist, read as HOCON whatever its name ends with. */
    static Config parseRequired(Path file) {
        return ConfigFactory.parseFile(file.toAbsolutePath().toFile(),
                ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
    }
}
