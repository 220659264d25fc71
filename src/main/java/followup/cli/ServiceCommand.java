package followup.cli;

import com.typesafe.config.ConfigFactory;
import followup.config.Deployment;
import followup.config.Display;
import followup.config.Settings;
import followup.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code followup service install | uninstall}: a systemd user unit that runs the daemon and restarts it after a
 * failure, with the secrets in an environment file only you can read.
 */
@Command(name = "service", mixinStandardHelpOptions = true, description = "Install or remove a systemd user unit"
        + " that runs the daemon.", subcommands = {ServiceCommand.Install.class, ServiceCommand.Uninstall.class})
final class ServiceCommand implements Runnable {
    static final String UNIT = "followup.service";

    @ParentCommand
    Main main;

    @Spec
    private CommandSpec spec;

    /** {@code followup service} alone is an incomplete command line: exit 2 with the usage, as {@code followup} is. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say install or uninstall: followup service install"
                + " | uninstall [--config FILE]");
    }

    /** {@code $XDG_CONFIG_HOME} or {@code ~/.config}. */
    static Path configHome(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    }

    @Command(name = "install", mixinStandardHelpOptions = true, description = "Write the systemd user unit and its"
            + " environment file, and print the commands that enable and start it.")
    static final class Install implements Callable<Integer> {
        @ParentCommand
        private ServiceCommand service;

        @Mixin
        private ConfigOption config;

        @Override
        public Integer call() throws IOException {
            Main main = service.main;
            Path configFile = config.file.toAbsolutePath().normalize();
            // a unit for a broken config would only fail; its passwords go in the env file written below, not yet in
            // this shell's environment
            Settings settings = SettingsLoader.load(configFile, ConfigFactory.empty(), false);
            Path home = configHome(main.env);
            Path unit = home.resolve("systemd/user").resolve(UNIT);
            Path envFile = home.resolve("followup/followup.env");
            Files.createDirectories(unit.getParent());
            Files.createDirectories(envFile.getParent());
            if (!Files.exists(envFile)) {
                Files.createFile(envFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
                Files.writeString(envFile, settings.hasCandidates() ? deploymentSecrets(settings.candidates()) : """
                        # Secrets for followup, read by systemd (EnvironmentFile=); readable by you only (chmod 600).
                        # Uncomment and fill in what your config uses:
                        # FOLLOWUP_SMTP_PASSWORD=
                        # FOLLOWUP_IMAP_PASSWORD=
                        # FOLLOWUP_OAUTH_CLIENT_SECRET=
                        # FOLLOWUP_TRUST_STORE_PASSWORD=
                        # FOLLOWUP_STORE_PASSWORD=
                        """);
            }
            Files.writeString(unit, unit(configFile, envFile, Path.of("").toAbsolutePath(), command(main.env)));
            main.out.println("Wrote " + Display.path(unit) + " and " + Display.path(envFile)
                    + " (put your secrets there). Enable and start it with:");
            main.out.println("  systemctl --user daemon-reload");
            main.out.println("  systemctl --user enable --now " + UNIT);
            main.out.println("To keep it running while you are logged out: loginctl enable-linger $USER. Its log:"
                    + " journalctl --user -u " + UNIT);
            return 0;
        }
    }

    /** {@code ${?NAME}} or {@code ${NAME}} in a config file: a variable of the environment it reads. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\??\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    /**
     * The environment file of a deployment of candidates: the mail passwords of the FOLLOWUP_ variables are never a
     * candidate's, so it offers the variables their candidate.conf files name, and the store's password.
     */
    static String deploymentSecrets(Path candidates) throws IOException {
        Set<String> named = new LinkedHashSet<>();
        List<Path> folders = List.of();
        if (Files.isDirectory(candidates)) {
            try (Stream<Path> list = Files.list(candidates)) {
                folders = list.filter(Files::isDirectory).sorted().toList();
            }
        }
        for (Path folder : folders) {
            Path conf = folder.resolve(Deployment.CANDIDATE_FILE);
            if (Files.isRegularFile(conf)) {
                Matcher m = VARIABLE.matcher(Files.readString(conf));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        StringBuilder out = new StringBuilder("""
                # Secrets for followup, read by systemd (EnvironmentFile=); readable by you only (chmod 600).
                # Each candidate's mail passwords are their own: a password-file in their folder, or a variable their
                # candidate.conf names (smtp { password = ${?ALICE_SMTP_PASSWORD} }); FOLLOWUP_SMTP_PASSWORD and
                # FOLLOWUP_IMAP_PASSWORD are never a candidate's. Uncomment and fill in what the configs use:
                # FOLLOWUP_STORE_PASSWORD=
                """);
        named.forEach(name -> out.append("# ").append(name).append("=\n"));
        return out.toString();
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove the systemd user unit.")
    static final class Uninstall implements Callable<Integer> {
        @ParentCommand
        private ServiceCommand service;

        @Override
        public Integer call() throws IOException {
            Main main = service.main;
            Path dir = configHome(main.env).resolve("systemd/user");
            Path wants = dir.resolve("default.target.wants").resolve(UNIT);
            if (Files.isSymbolicLink(wants)) {
                Files.delete(wants);
            }
            boolean removed = Files.deleteIfExists(dir.resolve(UNIT));
            main.out.println(removed ? "Removed " + Display.path(dir.resolve(UNIT)) + ". Stop it and forget it with:"
                    : "No " + UNIT + " in " + Display.path(dir) + "; nothing removed. If one still runs:");
            main.out.println("  systemctl --user stop " + UNIT);
            main.out.println("  systemctl --user daemon-reload");
            main.out.println("The environment file with your secrets is kept: " + Display.path(configHome(main.env)
                    .resolve("followup/followup.env")));
            return 0;
        }
    }

    /** The command that runs the daemon: this Java and this jar (FOLLOWUP_JAR names another). */
    static List<String> command(Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = env.get("FOLLOWUP_JAR");
        if (jar == null) {
            Path here = Path.of(ServiceCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            jar = here.toString().endsWith(".jar") ? here.toString()
                    : here.getParent().resolve("followup.jar").toString();   // target/classes: the packaged jar
        }
        return List.of(java, "-jar", Path.of(jar).toAbsolutePath().toString());
    }

    static String unit(Path config, Path envFile, Path workingDirectory, List<String> command) {
        String exec = command.stream().map(ServiceCommand::quote).collect(Collectors.joining(" "));
        return """
                [Unit]
                Description=followup: thank-you and follow-up emails after job interviews
                Wants=network-online.target
                After=network-online.target

                [Service]
                Type=simple
                WorkingDirectory=%s
                EnvironmentFile=%s
                ExecStart=%s run --config %s
                Restart=on-failure
                RestartSec=30

                [Install]
                WantedBy=default.target
                """.formatted(quote(workingDirectory.toString()), quote(envFile.toString()), exec,
                quote(config.toString()));
    }

    /** A systemd unit argument: quoted when it has spaces, with % and the quotes escaped. */
    private static String quote(String s) {
        String escaped = s.replace("%", "%%").replace("\\", "\\\\").replace("\"", "\\\"");
        return escaped.contains(" ") ? "\"" + escaped + "\"" : escaped;
    }
}
