package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.util.Locale;

/**
 * The mail provider presets of {@code providers.conf}: {@code followup.mail.provider = gmail} fills the hosts,
 * ports, security, auth and save-sent of Gmail. A preset is a layer between the user's file and
 * {@code reference.conf}, so any key the user sets wins over it, and it wins over the defaults.
 */
final class Presets {
    private static final String PATH = "followup.mail.provider";

    private Presets() {
    }

    /** Every preset, keyed by provider name (parsed once: a deployment reads it for each of its candidates). */
    static Config all() {
        return Parsed.ALL;
    }

    /** {@code providers.conf}, parsed when first asked for (a config is immutable, so one copy serves everyone). */
    private static final class Parsed {
        static final Config ALL = ConfigFactory.parseResources(Presets.class.getClassLoader(), "providers.conf");
    }

    /**
     * The preset the merged config names, as a {@code followup.mail} layer; empty for {@code custom} or a name that
     * is not a preset (reported where the provider is read).
     */
    static Config of(Config merged) {
        String name;
        try {
            name = merged.getString(PATH).strip().toLowerCase(Locale.ROOT);
        } catch (ConfigException e) {
            return ConfigFactory.empty();
        }
        Config all = all();
        if (name.isEmpty() || name.contains(".") || name.contains("\"") || !all.hasPath(name)) {
            return ConfigFactory.empty();
        }
        return all.getConfig(name).atPath("followup.mail");
    }
}
