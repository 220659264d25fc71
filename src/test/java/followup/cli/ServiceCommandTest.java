package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup service install | uninstall} for a temporary home directory. */
class ServiceCommandTest {
    @TempDir
    Path home;

    private String out;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        int code = Main.execute(args, Clock.systemUTC(), new PrintWriter(o, true), new PrintWriter(new StringWriter(),
                true), Map.of("HOME", home.toString(), "FOLLOWUP_JAR", home.resolve("app/followup.jar").toString()));
        out = o.toString();
        return code;
    }

    private Path config() throws Exception {
        Path conf = Files.createDirectories(home.resolve("work dir/conf"));
        Files.createDirectories(conf.resolve("interviews"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, "followup.sender { name = \"Alex\", email = \"alex@example.com\", zone = \"UTC\" }\n");
        return config;
    }

    @Test
    void install_writes_a_user_unit_that_restarts_on_failure_with_secrets_from_a_private_file() throws Exception {
        Path config = config();

        assertEquals(0, run("service", "install", "--config", config.toString()));

        Path unit = home.resolve(".config/systemd/user/followup.service");
        String text = Files.readString(unit);
        assertTrue(text.contains("ExecStart=" + Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
                + home.resolve("app/followup.jar") + " run --config \"" + config + "\"\n"), text);
        assertTrue(text.contains("Restart=on-failure\n"), text);
        assertTrue(text.contains("WantedBy=default.target\n"), text);
        Path env = home.resolve(".config/followup/followup.env");
        assertTrue(text.contains("EnvironmentFile=" + env + "\n"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        String secrets = Files.readString(env);
        for (String variable : List.of("FOLLOWUP_SMTP_PASSWORD", "FOLLOWUP_IMAP_PASSWORD",
                "FOLLOWUP_OAUTH_CLIENT_SECRET", "FOLLOWUP_TRUST_STORE_PASSWORD", "FOLLOWUP_STORE_PASSWORD")) {
            assertTrue(secrets.contains("# " + variable + "=\n"), () -> variable + " is not offered in\n" + secrets);
        }
        assertTrue(out.contains("systemctl --user daemon-reload\n  systemctl --user enable --now followup.service"),
                out);
        verifiedBySystemd(unit);

        assertEquals(0, run("service", "uninstall"));
        assertFalse(Files.exists(unit));
        assertTrue(Files.exists(env), "the secrets are kept");
    }

    /**
     * In a deployment of candidates the environment file offers the variables their candidate.conf files name, not
     * FOLLOWUP_SMTP_PASSWORD and FOLLOWUP_IMAP_PASSWORD, which are never a candidate's and would do nothing there.
     */
    @Test
    void a_deployments_environment_file_offers_the_variables_its_candidates_name() throws Exception {
        Path conf = Files.createDirectories(home.resolve("work/conf"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, "followup { candidates = \"candidates\" }\n");
        Path alice = Files.createDirectories(conf.resolve("candidates/alice/interviews")).getParent();
        Files.writeString(alice.resolve("candidate.conf"), """
                sender { name = "Alice Lee", email = "alice@example.com", zone = "Europe/Berlin" }
                mail {
                  mode = live
                  provider = fastmail
                  smtp { password = ${?ALICE_SMTP_PASSWORD} }
                  imap { password = ${?ALICE_IMAP_PASSWORD} }
                }
                """);
        Path bob = Files.createDirectories(conf.resolve("candidates/bob/interviews")).getParent();
        Files.writeString(bob.resolve("candidate.conf"), """
                sender { name = "Bob Roe", email = "bob@example.com", zone = "Europe/Berlin" }
                mail { mode = live, provider = fastmail, smtp { password-file = "pw" }, imap { password-file = "pw" } }
                """);

        assertEquals(0, run("service", "install", "--config", config.toString()));

        String env = Files.readString(home.resolve(".config/followup/followup.env"));
        assertTrue(env.contains("\n# ALICE_SMTP_PASSWORD=\n# ALICE_IMAP_PASSWORD=\n"), env);
        assertTrue(env.contains("\n# FOLLOWUP_STORE_PASSWORD=\n"), env);
        assertFalse(env.contains("# FOLLOWUP_SMTP_PASSWORD="), env);
        assertFalse(env.contains("# FOLLOWUP_IMAP_PASSWORD="), env);
        assertTrue(env.contains("a password-file in their folder"), env);
    }

    @Test
    void xdg_config_home_is_where_the_unit_goes_when_set() throws Exception {
        Path xdg = Files.createDirectories(home.resolve("xdg"));
        StringWriter o = new StringWriter();
        int code = Main.execute(new String[] {"service", "install", "--config", config().toString()},
                Clock.systemUTC(), new PrintWriter(o, true), new PrintWriter(new StringWriter(), true),
                Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", xdg.toString()));

        assertEquals(0, code);
        assertTrue(Files.exists(xdg.resolve("systemd/user/followup.service")));
    }

    /** systemd-analyze verify, where it exists: the unit must parse without a complaint about itself. */
    private void verifiedBySystemd(Path unit) throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (!Files.isExecutable(analyze)) {
            return;          // the content checks above stand alone
        }
        Files.createDirectories(home.resolve("app"));
        Files.writeString(home.resolve("app/followup.jar"), "");
        Process p = new ProcessBuilder(List.of(analyze.toString(), "verify", "--user", unit.toString()))
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String said = new String(p.getInputStream().readAllBytes());
        List<String> aboutUs = said.lines().filter(l -> l.contains("followup.service")).toList();
        assertEquals(List.of(), aboutUs, said);
    }
}
