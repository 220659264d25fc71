package followup.web;

import followup.cli.LocalPage;
import followup.config.SettingsLoader;
import followup.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A workspace with the two sample interviews (conf/interviews) and its page on a free loopback port, without the
 * daemon: the page works from the records and the state database alone, as plan and status do.
 */
final class PageWorkspace implements AutoCloseable {
    static final Clock BEFORE_INTERVIEWS = Clock.fixed(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC);

    final Path root;
    final Path config;
    final LocalPage page;

    private PageWorkspace(Path root, Path config, LocalPage page) {
        this.root = root;
        this.config = config;
        this.page = page;
    }

    static PageWorkspace start(Path root) throws IOException {
        Path conf = root.resolve("conf");
        Files.createDirectories(conf.resolve("interviews"));
        try (Stream<Path> samples = Files.list(Path.of("conf/interviews"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".conf")).toList()) {
                Files.copy(p, conf.resolve("interviews").resolve(p.getFileName()));
            }
        }
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store { url = "jdbc:h2:file:%s" }
                  web { port = 0 }
                }
                """.formatted(Path.of("templates").toAbsolutePath(), root.resolve("data/followup")));
        stateOfARunningDaemon(root);
        LocalPage page = LocalPage.start(SettingsLoader.load(config), BEFORE_INTERVIEWS).orElseThrow();
        return new PageWorkspace(root, config, page);
    }

    /**
     * A deployment of two candidates, alice (New York) and bob (Berlin), each with a sample record of their own, and
     * its page: the upload form asks whose interview an invitation is.
     */
    static PageWorkspace startWithCandidates(Path root) throws IOException {
        Path conf = root.resolve("conf");
        for (String name : java.util.List.of("alice", "bob")) {
            Path dir = Files.createDirectories(conf.resolve("candidates").resolve(name).resolve("interviews"))
                    .getParent();
            Files.writeString(dir.resolve("candidate.conf"), """
                    sender { name = "%s Lee", email = "%s@example.com", zone = "%s" }
                    """.formatted(Character.toUpperCase(name.charAt(0)) + name.substring(1), name,
                    name.equals("bob") ? "Europe/Berlin" : "America/New_York"));
            Files.copy(Path.of("conf/interviews/acme-platform.conf"), dir.resolve("interviews/acme-platform.conf"));
        }
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  templates = "%s"
                  store { url = "jdbc:h2:file:%s" }
                  web { port = 0 }
                }
                """.formatted(Path.of("templates").toAbsolutePath(), root.resolve("data/followup")));
        stateOfARunningDaemon(root);
        LocalPage page = LocalPage.start(SettingsLoader.load(config), BEFORE_INTERVIEWS).orElseThrow();
        return new PageWorkspace(root, config, page);
    }

    /**
     * The state database, as the daemon that serves the page has made it before the page starts: a hold from the page
     * then finds it, as it does beside a running daemon, instead of saying on the console that it makes a new one.
     */
    private static void stateOfARunningDaemon(Path root) {
        Database.open("jdbc:h2:file:" + root.resolve("data/followup")).close();
    }

    int port() {
        return page.port();
    }

    /**
     * The page stopped, its token deleted (as README says to do for a new one) and the page started again on the same
     * port, as the daemon's next start serves it: a browser keeps the cookie of that port's page.
     */
    PageWorkspace restartWithNewToken() throws IOException {
        int port = port();
        page.close();
        Files.delete(root.resolve("data").resolve(AccessToken.FILE));
        Files.writeString(config, Files.readString(config).replace("web { port = 0 }", "web { port = " + port + " }"));
        LocalPage again = LocalPage.start(SettingsLoader.load(config), BEFORE_INTERVIEWS).orElseThrow();
        return new PageWorkspace(root, config, again);
    }

    String token() throws IOException {
        return Files.readString(root.resolve("data").resolve(AccessToken.FILE)).strip();
    }

    String cookie() throws IOException {
        return Guard.cookieName(port()) + "=" + token();
    }

    /** The form token the page puts in its forms. */
    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token in the page:\n" + html);
        }
        return m.group(1);
    }

    @Override
    public void close() {
        page.close();
    }
}
