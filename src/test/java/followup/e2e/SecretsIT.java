package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.daemon.DaemonHarness;
import followup.daemon.LiveConfig;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passwords' full cycle through the packaged daemon ({@code target/followup.jar} as a process, live mode, debug
 * logging): given in the environment ({@code FOLLOWUP_SMTP_PASSWORD}, {@code FOLLOWUP_IMAP_PASSWORD}) or in
 * {@code password-file}s, through a refused IMAP login (GreenMail with another password for a while), refused SMTP
 * logins whose 535 echoes the password (plain, and base64-encoded as AUTH PLAIN sent it), and a refused recipient
 * whose 550 echoes it too. Then {@code plan},
 * {@code plan --json}, {@code status}, {@code status --json} and {@code validate} run, and neither password may
 * appear in the daemon's log, in those outputs, in the H2 database files, nor in the messages that went out (the
 * notice to self about the failure quotes the server's reply).
 */
class SecretsIT {
    private static final String SENDER = DaemonHarness.SENDER;
    private static final String SMTP_PASSWORD = "Smtp-7d3f91c2-Secret";
    private static final String IMAP_PASSWORD = "Imap-2b8e40a6-Secret";
    private static final String OLD_IMAP_PASSWORD = "Imap-old-0c55-password";
    private static final String ACCEPTED = "jane.doe@acme.example";
    private static final String REFUSED = "raj@acme.example";
    private static final int LOGINS_TO_REFUSE = 1;
    private static final ZoneId ZONE = DaemonHarness.ZONE;
    private static final Duration WAIT = Duration.ofSeconds(60);
    static final Figures.Tally TALLY = new Figures.Tally(
            "secrets: password searched in logs, plan, status, errors (packaged daemon)", SecretsIT.class);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** Kept when the test fails: the daemon's log, the command outputs and the H2 files. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final PackagedJar jar = new PackagedJar();

    private enum Source { ENVIRONMENT, PASSWORD_FILE }

    /** What the daemon serves and how it logs: the defaults, or JSON lines with the metrics port and the page read. */
    private enum Outputs { TEXT_LOG, JSON_LOG_METRICS_AND_PAGE }

    private static final Pattern METRICS_AT = Pattern.compile("Metrics on http://([^/\\s\"]+)/metrics");

    /** What a process printed: stdout and stderr. */
    private record Output(int exit, String stdout, String stderr) {
        String both() {
            return stdout + "\n" + stderr;
        }
    }

    @AfterEach
    void killEveryProcessStarted() throws InterruptedException {
        jar.close();
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void passwords_from_the_environment_appear_in_no_log_output_or_database_file() throws Exception {
        cycle(Source.ENVIRONMENT, Outputs.TEXT_LOG);
    }

    /**
     * The same cycle with the JSON log and the metrics port on, and the page read while the daemon runs: the
     * overview, its live part and every message's preview (the page shows the failures with the server's reply,
     * which echoed the password). Neither the passwords nor the page's own token may be on any of them.
     */
    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void passwords_appear_neither_on_the_page_nor_on_metrics_nor_in_the_json_log() throws Exception {
        cycle(Source.ENVIRONMENT, Outputs.JSON_LOG_METRICS_AND_PAGE);
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void passwords_from_password_files_appear_in_no_log_output_or_database_file() throws Exception {
        cycle(Source.PASSWORD_FILE, Outputs.TEXT_LOG);
    }

    private void cycle(Source source, Outputs served) throws Exception {
        PackagedJar.requireBuilt();
        GreenMailUser mailbox = greenMail.setUser(SENDER, SENDER, OLD_IMAP_PASSWORD);
        Map<String, String> outputs = new LinkedHashMap<>();
        Path config;
        List<String> accepted;
        try (EchoingSmtpServer smtp = new EchoingSmtpServer(LOGINS_TO_REFUSE, REFUSED)) {
            config = writeConfig(source, smtp.port());
            if (served == Outputs.JSON_LOG_METRICS_AND_PAGE) {
                Files.writeString(config, "followup.log.format = json\nfollowup.metrics.port = 0\n",
                        StandardOpenOption.APPEND);
            }
            writeRecord();
            Process daemon = launch(config, source, root.resolve("daemon.log"), "-Dfollowup.log.level=DEBUG", "run");
            awaitLog(daemon, "followup running", "the daemon to start");
            awaitLog(daemon, "refused the login of " + SENDER, "the IMAP login to be refused");
            // a refused SMTP login fails the message at once: the promise reminder takes the refused login while
            // the IMAP login (which the thank-yous wait for) is still refused (no notice is tried on that login)
            awaitWhileAlive(daemon, "the SMTP logins to be refused", () -> smtp.loginsRefused() == LOGINS_TO_REFUSE);
            mailbox.setPassword(IMAP_PASSWORD);
            awaitWhileAlive(daemon, "the thank-yous and the notice to be settled", this::settled);
            if (served == Outputs.JSON_LOG_METRICS_AND_PAGE) {
                served(config, source, outputs);
            }
            daemon.destroy();
            assertTrue(daemon.waitFor(30, TimeUnit.SECONDS), "the daemon did not stop within 30s of SIGTERM");
            TALLY.crashes(daemon.exitValue() == 0 ? 0 : 1);
            assertEquals(0, daemon.exitValue(), "exit code after SIGTERM\n" + read(root.resolve("daemon.log")));

            assertEquals(LOGINS_TO_REFUSE, smtp.loginsRefused(), "the SMTP logins refused with the password echoed");
            assertTrue(smtp.loginsAccepted() >= 1);
            assertTrue(smtp.recipientsRefused() >= 1, "the 550 that echoes the password was given");
            accepted = smtp.accepted();
        }
        String log = read(root.resolve("daemon.log"));
        outputs.put("daemon log (stdout and stderr of run, DEBUG)", log);
        Map<String, Output> commands = new LinkedHashMap<>();
        for (List<String> command : List.of(List.of("plan"), List.of("plan", "--json"), List.of("status"),
                List.of("status", "--json"), List.of("validate"))) {
            Output out = command(config, source, command);
            commands.put(String.join(" ", command), out);
            outputs.put("`" + String.join(" ", command) + "` stdout and stderr", out.both());
        }
        String database = databaseFiles();
        outputs.put("H2 database files", database);
        for (int i = 0; i < accepted.size(); i++) {
            outputs.put("message " + (i + 1) + " sent (decoded)", decoded(accepted.get(i)));
        }
        long janeCopies = accepted.stream()
                .filter(d -> d.lines().anyMatch(l -> l.startsWith("To:") && l.contains(ACCEPTED))).count();
        TALLY.cases(outputs.size()).lost(janeCopies == 0 ? 1 : 0).duplicates(Math.max(0, janeCopies - 1));

        List<String> leaks = new ArrayList<>();
        String smtpLogin = java.util.Base64.getEncoder().encodeToString(
                ("\0" + SENDER + "\0" + SMTP_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        outputs.forEach((name, text) -> {
            for (String secret : List.of(SMTP_PASSWORD, IMAP_PASSWORD, smtpLogin)) {
                if (text.contains(secret)) {
                    leaks.add(name + " contains the " + (secret.equals(IMAP_PASSWORD) ? "IMAP" : "SMTP") + " password"
                            + (secret.equals(smtpLogin) ? " (base64, as AUTH PLAIN sends it)" : ""));
                }
            }
        });
        if (!leaks.isEmpty()) {
            fail(source + ": " + String.join("; ", leaks) + " (outputs kept in " + root + ")");
        }

        // what was searched held what it should: the secrets were really echoed, and then hidden
        if (served == Outputs.JSON_LOG_METRICS_AND_PAGE) {
            assertTrue(outputs.get("the page").contains("Recipient address rejected")
                            && outputs.get("the page").contains("(you logged in with (hidden))"),
                    "the page shows the failure with the server's 550, the password hidden:\n"
                            + outputs.get("the page"));
            assertTrue(outputs.get("/metrics").contains("followup_sends_total"), outputs.get("/metrics"));
            assertTrue(log.lines().allMatch(l -> l.startsWith("{")), "every line of the log is JSON:\n" + log);
        }
        assertTrue(log.contains("535 5.7.8 Authentication failed for " + SENDER + " with password (hidden)"
                + " (AUTH PLAIN (hidden))"), "the echoed 535 reached the log, redacted");
        commands.forEach((command, out) -> assertEquals(0, out.exit(), command + " exit code\n" + out.both()));
        String status = commands.get("status").stdout();
        assertTrue(status.contains("Recipient address rejected") && status.contains("(you logged in with (hidden))"),
                "status shows the server's 550, the password hidden:\n" + status);
        assertTrue(commands.get("status --json").stdout().contains("(you logged in with (hidden))"));
        assertTrue(database.contains("Recipient address rejected"),
                "the search must be able to see text in the H2 files: the 550 reply is stored there");
        assertTrue(accepted.stream().anyMatch(d -> d.contains("refused by the server")),
                "the notice to self about the refused recipient went out");
        assertEquals(1, janeCopies, "the thank-you to " + ACCEPTED + " went out exactly once");
    }

    /** The page's token, once `web-url` gave it: searched for in every output but that command's own. */
    private String pageToken;

    /**
     * While the daemon runs: the page (its address from {@code web-url}, the token then kept in its cookie, as a
     * browser does), its live part, every message's preview, and {@code /metrics}.
     */
    private void served(Path config, Source source, Map<String, String> outputs) throws Exception {
        Output url = command(config, source, List.of("web-url"));
        assertEquals(0, url.exit(), url.both());
        outputs.put("`web-url` stdout and stderr", url.both());
        URI address = URI.create(url.stdout().strip());
        pageToken = address.getQuery().substring("token=".length());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(20))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, first.statusCode(), first::body);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String base = "http://" + address.getRawAuthority();
        StringBuilder page = new StringBuilder();
        for (String target : List.of("/", "/fragment", "/preview?id=acme")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + target))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), () -> target + "\n" + r.body());
            page.append(r.headers().map()).append('\n').append(r.body()).append('\n');
        }
        outputs.put("the page", page.toString());
        String metricsAt = read(root.resolve("daemon.log")).lines().map(SecretsIT::formattedMessage)
                .map(METRICS_AT::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no metrics address logged"));
        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create("http://" + metricsAt + "/metrics"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scrape.statusCode());
        outputs.put("/metrics", scrape.body());
    }

    /** A JSON log line's message, as logged (the JSON escapes {@code /}). */
    private static String formattedMessage(String jsonLine) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLine).path("formattedMessage")
                    .asText();
        } catch (IOException e) {
            throw new AssertionError("a log line that is not JSON: " + jsonLine, e);
        }
    }

    // ---- the daemon and the commands as processes --------------------------------------------------------------

    private Process launch(Path config, Source source, Path log, String jvmOption, String... args)
            throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        ProcessBuilder pb = PackagedJar.command(List.of(jvmOption), all).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        environment(pb, source);
        return jar.start(pb);
    }

    private Output command(Path config, Source source, List<String> args) throws Exception {
        String name = String.join("-", args).replace("--", "");
        Path out = root.resolve(name + ".out");
        Path err = root.resolve(name + ".err");
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--config", config.toString()));
        ProcessBuilder pb = PackagedJar.command(List.of(), all).directory(root.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        environment(pb, source);
        Process p = jar.start(pb);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            fail(String.join(" ", args) + " did not finish within 60s");
        }
        return new Output(p.exitValue(), read(out), read(err));
    }

    /** The passwords in the environment, or (password files) no password variable at all. */
    private static void environment(ProcessBuilder pb, Source source) {
        Map<String, String> env = pb.environment();
        env.remove("FOLLOWUP_SMTP_PASSWORD");
        env.remove("FOLLOWUP_IMAP_PASSWORD");
        env.remove("FOLLOWUP_NOW");
        if (source == Source.ENVIRONMENT) {
            env.put("FOLLOWUP_SMTP_PASSWORD", SMTP_PASSWORD);
            env.put("FOLLOWUP_IMAP_PASSWORD", IMAP_PASSWORD);
        }
    }

    private void awaitLog(Process p, String text, String what) throws Exception {
        awaitWhileAlive(p, what, () -> read(root.resolve("daemon.log")).contains(text));
    }

    private void awaitWhileAlive(Process p, String what, BooleanSupplier condition) {
        PackagedJar.awaitWhileAlive(p, what, WAIT, condition, this::tail);
    }

    /** The thank-you to Jane sent, the one to Raj failed, and the notice to self about it sent. */
    private boolean settled() {
        List<StoredMessage> all;
        try (Database db = Database.open(storeUrl())) {
            all = new MessageStore(db).all();
        }
        return state(all, "acme/thank-you/" + ACCEPTED).equals(Optional.of(State.SENT))
                && state(all, "acme/thank-you/" + REFUSED).equals(Optional.of(State.FAILED))
                && all.stream().anyMatch(m -> m.isNotice() && m.key().contains("failed:")
                && m.state() == State.SENT);
    }

    private static Optional<State> state(List<StoredMessage> all, String key) {
        return all.stream().filter(m -> m.key().equals(key)).map(StoredMessage::state).findFirst();
    }

    private String tail() {
        List<String> lines = read(root.resolve("daemon.log")).lines().toList();
        return "--- last lines of " + root.resolve("daemon.log") + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Every file of the H2 database (and its trace file, if any), as bytes read as Latin-1 text. */
    private String databaseFiles() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(root.resolve("data"))) {
            for (Path f : files.toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    /** The message as sent and its text decoded (a quoted-printable line break could split a password). */
    private static String decoded(String data) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
        return data + "\n" + text(m.getContent());
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                b.append(text(part.getContent())).append('\n');
            }
            return b.toString();
        }
        return String.valueOf(content);
    }

    // ---- the workspace ----------------------------------------------------------------------------------------

    private String storeUrl() {
        return LiveConfig.storeUnder(root);
    }

    private Path writeConfig(Source source, int smtpPort) throws IOException {
        String smtpAuth = "";
        String imapAuth = "";
        if (source == Source.PASSWORD_FILE) {
            smtpAuth = LiveConfig.passwordFile(LiveConfig.secretFile(root.resolve("smtp-password"),
                    SMTP_PASSWORD + "\n"));
            imapAuth = LiveConfig.passwordFile(LiveConfig.secretFile(root.resolve("imap-password"),
                    IMAP_PASSWORD + "\n"));
        }
        return new LiveConfig(smtpPort, smtpAuth, greenMail.getImap().getPort(), imapAuth, "",
                LiveConfig.THANK_YOUS_ONLY + "promise-reminder { after = 0s }\n", LiveConfig.projectTemplates(),
                storeUrl())
                .writeTo(root.resolve("conf/application.conf"));
    }

    /**
     * One interview, due now: the promise reminder goes first (its SMTP login refused), Jane's thank-you goes out,
     * Raj's is refused with a 550.
     */
    private void writeRecord() throws IOException {
        String at = LocalDateTime.now(ZONE).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
        Files.writeString(root.resolve("conf/interviews/acme.conf"), """
                company  = "Acme"
                position = "Platform Engineer"
                at       = "%s"
                zone     = "%s"
                interviewers = [
                  { name = "Jane Doe", email = "%s" }
                  { name = "Raj Patel", email = "%s" }
                ]
                promised-by-me = ["two writing samples"]
                """.formatted(at, ZONE.getId(), ACCEPTED, REFUSED));
    }
}
