package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.daemon.DaemonHarness;
import followup.daemon.LiveConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged daemon with {@code followup.log.format = json} and {@code followup.metrics.port = 0}: every line it
 * logs is one JSON object, the send is logged with its message's MDC fields, and {@code /metrics} counts the send.
 */
class OperationsIT {
    private static final String JANE = "jane.doe@acme.example";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern METRICS_AT = Pattern.compile("Metrics on http://([^/\\s\"]+)/metrics");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final PackagedJar jar = new PackagedJar();

    @AfterEach
    void killEveryProcessStarted() throws InterruptedException {
        jar.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void json_log_lines_carry_the_message_context_and_metrics_count_the_send() throws Exception {
        PackagedJar.requireBuilt();
        greenMail.setUser(DaemonHarness.SENDER, DaemonHarness.SENDER, DaemonHarness.PASSWORD);
        Path password = LiveConfig.secretFile(root.resolve("password"), DaemonHarness.PASSWORD);
        String auth = LiveConfig.passwordFile(password);
        Path config = new LiveConfig(greenMail.getSmtp().getPort(), auth, greenMail.getImap().getPort(), auth, "",
                LiveConfig.THANK_YOUS_ONLY, LiveConfig.projectTemplates(), LiveConfig.storeUnder(root))
                .writeTo(root.resolve("conf/application.conf"));
        Files.writeString(config, "followup.log.format = json\nfollowup.metrics.port = 0\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(root.resolve("conf/interviews/acme.conf"), """
                company  = "Acme"
                position = "Platform Engineer"
                at       = "%s"
                zone     = "%s"
                interviewers = [ { name = "Jane Doe", email = "%s" } ]
                """.formatted(LocalDateTime.now(DaemonHarness.ZONE).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS),
                DaemonHarness.ZONE.getId(), JANE));
        Path log = root.resolve("daemon.log");
        Path err = root.resolve("daemon.err");
        Process p = jar.start(PackagedJar.command(List.of(), List.of("run", "--config", config.toString()))
                .directory(root.toFile()).redirectOutput(log.toFile()).redirectError(err.toFile()));

        PackagedJar.awaitWhileAlive(p, "the thank-you to be sent", WAIT,
                () -> messagesSoFar(log).stream().anyMatch(m -> m.startsWith("Sent acme/thank-you/" + JANE)),
                () -> read(log) + read(err));

        List<JsonNode> events = new ArrayList<>();
        for (String line : lines(log)) {
            JsonNode event = JSON.readTree(line); // fails on a line that is not one JSON object
            assertTrue(event.isObject(), line);
            for (String field : List.of("timestamp", "level", "loggerName", "formattedMessage")) {
                assertTrue(event.has(field), () -> "no " + field + " in " + line);
            }
            events.add(event);
        }
        JsonNode sent = events.stream().filter(e -> e.get("formattedMessage").asText()
                .startsWith("Sent acme/thank-you/" + JANE)).findFirst().orElseThrow();
        assertEquals("INFO", sent.get("level").asText());
        assertEquals("followup.daemon.Dispatcher", sent.get("loggerName").asText());
        assertEquals("acme", sent.at("/mdc/interview").asText(), sent::toString);
        assertEquals("thank-you", sent.at("/mdc/step").asText(), sent::toString);
        assertEquals("acme/thank-you/" + JANE, sent.at("/mdc/key").asText(), sent::toString);

        String address = events.stream().map(e -> METRICS_AT.matcher(e.get("formattedMessage").asText()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
        assertTrue(address.startsWith("127.0.0.1:"), "loopback by default: " + address);
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + address + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.body().contains("followup_sends_total{outcome=\"sent\"} 1.0"), scrape::body);
        assertTrue(scrape.body().contains("followup_messages{state=\"sent\"} 1"), scrape::body);

        p.destroy(); // SIGTERM: finishes and exits 0
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> read(log) + read(err));
        for (String line : lines(log)) {
            assertTrue(JSON.readTree(line).isObject(), line);
        }
        assertFalse((read(log) + read(err) + scrape.body()).contains(DaemonHarness.PASSWORD),
                "the password is in neither the log nor /metrics");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void a_daemon_that_cannot_start_says_why_in_one_json_log_line_and_nothing_on_stderr() throws Exception {
        PackagedJar.requireBuilt();
        Path password = LiveConfig.secretFile(root.resolve("password"), DaemonHarness.PASSWORD);
        String auth = LiveConfig.passwordFile(password);
        Path config = new LiveConfig(greenMail.getSmtp().getPort(), auth, greenMail.getImap().getPort(), auth, "",
                LiveConfig.THANK_YOUS_ONLY, LiveConfig.projectTemplates(), LiveConfig.storeUnder(root))
                .writeTo(root.resolve("conf/application.conf"));
        Path log = root.resolve("daemon.log");
        Path err = root.resolve("daemon.err");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Files.writeString(config, "followup.log.format = json\nfollowup.metrics.port = " + taken.getLocalPort()
                    + "\n", java.nio.file.StandardOpenOption.APPEND);
            Process p = jar.start(PackagedJar.command(List.of(), List.of("run", "--config", config.toString()))
                    .directory(root.toFile()).redirectOutput(log.toFile()).redirectError(err.toFile()));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), () -> read(log) + read(err));
            assertEquals(1, p.exitValue(), () -> read(log) + read(err));
        }
        assertEquals("", read(err), "a log read as JSON has no line of text beside it");
        List<String> lines = lines(log);
        JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("ERROR", last.get("level").asText(), last::toString);
        assertTrue(last.get("formattedMessage").asText().contains("choose another followup.metrics.port"),
                last::toString);
        for (String line : lines) {
            assertTrue(JSON.readTree(line).isObject(), line);
        }
    }

    /** The messages of the complete lines written so far (the last one may be half written). */
    private static List<String> messagesSoFar(Path log) {
        List<String> out = new ArrayList<>();
        for (String line : lines(log)) {
            try {
                out.add(JSON.readTree(line).path("formattedMessage").asText());
            } catch (IOException e) {
                // still being written; the assertions below read every line once it is complete
            }
        }
        return out;
    }

    private static List<String> lines(Path file) {
        return read(file).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
