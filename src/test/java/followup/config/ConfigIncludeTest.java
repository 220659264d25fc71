package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * A value set in an included file that is wrong was told at the line of the included file, but under the name of
     * the config: "application.conf:2: ...extra[0]: ... is not a date", where application.conf's line 2 was another
     * setting altogether. Told in the file that sets it.
     */
    @Test
    void aWrongValueOfAnIncludedFileIsToldInThatFile(@TempDir Path tmp) throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "templates"
                  include "mail"
                }
                include "policy.conf"
                """);
        Files.writeString(tmp.resolve("mail.conf"), """
                # the mail servers
                mail {
                  smtp.port = "five-eight-seven"
                }
                """);
        Files.writeString(tmp.resolve("policy.conf"), """
                followup.policy.send-window.holidays {
                  extra = ["2027-12-24", "2027-12-32"]
                }
                """);

        List<Problem> problems = assertThrows(BadInputException.class, () -> SettingsLoader.load(config)).problems();

        String mail = tmp.resolve("mail.conf").toString();
        String policy = tmp.resolve("policy.conf").toString();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(mail) && p.line() == 3
                && p.key().equals("followup.mail.smtp.port")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(policy) && p.line() == 2
                && p.key().equals("followup.policy.send-window.holidays.extra[1]")), problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.file().equals(config.toString())), problems::toString);
    }

    /**
     * {@code include file("policy.conf")} is read by the config library from the working directory, not beside the
     * config: a daemon started elsewhere (a service, in its data directory) skipped the file without a word, and the
     * check of includes, looking beside the config, found it there and said nothing: the holidays it held were simply
     * not read.
     */
    @Test
    void anIncludedFileNamedWithFileIsLookedForWhereTheLibraryReadsIt(@TempDir Path tmp) throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "templates"
                }
                include file("policy-%s.conf")
                """.formatted(tmp.getFileName()));
        Files.writeString(tmp.resolve("policy-" + tmp.getFileName() + ".conf"),
                "followup.policy.send-window.holidays.extra = [\"2027-12-24\"]\n");

        List<Problem> problems = assertThrows(BadInputException.class, () -> SettingsLoader.load(config)).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(5, problems.get(0).line(), problems::toString);
        assertTrue(problems.get(0).message().contains("looked for " + Path.of("policy-" + tmp.getFileName()
                + ".conf")), problems::toString);
        assertTrue(problems.get(0).message().contains("write include \"policy-" + tmp.getFileName() + ".conf\""),
                problems::toString);
    }
}
