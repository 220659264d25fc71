package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers()::toString);
        return r.body();
    }

    /** The value of one sample line, {@code name{labels} value}; fails when it is missing. */
    static double sample(String body, String nameAndLabels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + " (\\S+)$").matcher(body);
        assertTrue(m.find(), () -> "no " + nameAndLabels + " in\n" + body);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void metrics_count_the_sends_their_lateness_and_the_messages_by_state_after_two_thank_yous() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.policy(LiveConfig.THANK_YOUS_ONLY).settingsPlus("followup.metrics.port = 0");
            h.record("acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE + "\n" + DaemonHarness.RAJ,
                    ""));
            h.start();
            int port = h.daemon().metricsPort().orElseThrow();
            h.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            h.awaitPolls(1);

            String body = scrape(port);
            assertEquals(2, sample(body, "followup_sends_total{outcome=\"sent\"}"), body);
            double sent = 2;
            assertEquals(sent, sample(body, "followup_send_lateness_seconds_count"), body);
            assertEquals(sent, sample(body, "followup_send_duration_seconds_count"), body);
            assertEquals(sent, sample(body, "followup_messages{state=\"sent\"}"), body);
            assertEquals(0, sample(body, "followup_failures_total{kind=\"permanent\"}"), body);
            assertEquals(0, sample(body, "followup_sends_total{outcome=\"temporary\"}"), body);
            int planned = h.store().counts().get(State.PLANNED);
            assertTrue(planned > 0, "the follow-ups wait");
            assertEquals(planned, sample(body, "followup_messages{state=\"planned\"}"), body);
            assertTrue(sample(body, "followup_poll_duration_seconds_count") >= 1, body);
            assertTrue(body.contains("followup_send_lateness_seconds{quantile=\"0.99\"}"), body);
            assertFalse(body.contains(DaemonHarness.PASSWORD), "no secret on /metrics");
            assertFalse(body.contains("acme.example"), "no address on /metrics");
        }
    }

    @Test
    void metrics_are_off_unless_a_port_is_set() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.start();
            assertTrue(h.daemon().metricsPort().isEmpty());
        }
    }

    @Test
    void run_with_the_metrics_port_taken_exits_1_naming_the_key_and_the_line_of_the_config_that_sets_it()
            throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.settingsPlus("followup.metrics.port = " + taken.getLocalPort());
            h.record("acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
            Path config = h.config();
            java.util.List<String> lines = java.nio.file.Files.readAllLines(config);
            int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("followup.metrics.port")).findFirst()
                    .orElseThrow());

            DaemonHarness.CliResult run = h.cli("run");

            assertEquals(1, run.code(), run::toString);
            assertTrue(run.err().contains("choose another followup.metrics.port (") && run.err().contains(
                    config.getFileName() + ":" + line + "), or stop what listens there"), run::toString);
            assertEquals(0, greenMail.getReceivedMessages().length, "nothing is sent by a daemon that did not start");
        }
    }
}
