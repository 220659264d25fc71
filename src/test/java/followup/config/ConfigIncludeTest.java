package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A config file that includes another beside it, named without a directory as `--config FILE` may be. */
class ConfigIncludeTest {
    @Test
    void aConfigNamedWithoutADirectoryIncludesTheFileBesideIt() throws Exception {
        // in the working directory, so that the name has no directory part: Typesafe Config looked such an include up
        // on the class path instead, found nothing, and the settings it held were missing
        String stem = "followup-include-" + UUID.randomUUID();
        Path shared = Path.of(stem + "-shared.conf");
        Path config = Path.of(stem + ".conf");
        try {
            Files.writeString(shared, """
                    followup {
                      sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                      templates = "templates"
                    }
                    """);
            Files.writeString(config, """
                    include "%s"
                    followup.web.enabled = false
                    """.formatted(shared));
            assertEquals(null, config.getParent());

            Settings settings = SettingsLoader.load(config);

            assertEquals("alex@example.com", settings.sender().email());
            assertEquals(false, settings.web().enabled());
            assertEquals("alex@example.com", Deployment.load(config).candidates().get(0).sender().email());
        } finally {
            Files.deleteIfExists(config);
            Files.deleteIfExists(shared);
        }
    }
}
