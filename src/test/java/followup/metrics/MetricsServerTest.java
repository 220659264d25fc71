package followup.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import followup.FollowupException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Why the metrics cannot be served says which key to change: the port, or the address it listens on. */
class MetricsServerTest {
    private static final PrometheusMeters METERS = new PrometheusMeters(Map::of, false);
    /** Where the keys are set, as the settings say it. */
    private static final UnaryOperator<String> WHERE = key -> "conf/application.conf:"
            + (key.endsWith("port") ? 30 : 31);

    @Test
    void a_port_in_use_names_the_port() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FollowupException e = assertThrows(FollowupException.class,
                    () -> MetricsServer.start("127.0.0.1", taken.getLocalPort(), METERS, WHERE));
            assertTrue(e.getMessage().contains("choose another followup.metrics.port (conf/application.conf:30)"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("metrics.bind"), e.getMessage());
        }
    }

    @Test
    void an_address_of_another_machine_names_the_bind_address_not_the_port() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): no machine has it
        FollowupException e = assertThrows(FollowupException.class,
                () -> MetricsServer.start("192.0.2.1", 0, METERS, WHERE));
        assertTrue(e.getMessage().contains("followup.metrics.bind \"192.0.2.1\" (conf/application.conf:31) is not an"
                + " address of this machine;"
                + " set it to one of this machine's addresses (a valid value looks like metrics.bind = \"127.0.0.1\","
                + " or \"0.0.0.0\" for every interface)"), e.getMessage());
        assertFalse(e.getMessage().contains("metrics.port"), e.getMessage());
    }

    @Test
    void a_name_that_does_not_resolve_names_the_bind_address() {
        FollowupException e = assertThrows(FollowupException.class,
                () -> MetricsServer.start("no-such-host.invalid", 0, METERS, WHERE));
        assertTrue(e.getMessage().contains("followup.metrics.bind \"no-such-host.invalid\" (conf/application.conf:31)"
                + " is not a name this machine can resolve"), e.getMessage());
        assertFalse(e.getMessage().contains("metrics.port"), e.getMessage());
    }

    @Test
    void only_get_and_head_of_the_metrics_path_are_served_other_paths_are_not_found_and_other_methods_not_allowed()
            throws Exception {
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, METERS, WHERE)) {
            HttpResponse<String> get = request(server, "GET", "/metrics");
            assertEquals(200, get.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", get.headers().firstValue("Content-Type")
                    .orElse(""));
            HttpResponse<String> head = request(server, "HEAD", "/metrics");
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            for (String path : new String[] {"/metricsx", "/metrics/", "/metrics/x", "/", "/favicon.ico"}) {
                assertEquals(404, request(server, "GET", path).statusCode(), path);
            }
            HttpResponse<String> post = request(server, "POST", "/metrics");
            assertEquals(405, post.statusCode());
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""), "a 405 says what is allowed");
        }
    }

    @Test
    void the_address_it_logs_for_every_interface_is_one_a_url_can_hold() {
        try (MetricsServer any = MetricsServer.start("0.0.0.0", 0, METERS, WHERE)) {
            assertEquals("0.0.0.0:" + any.port(), any.address(), "not the JDK's 0:0:0:0:0:0:0:0, no URL's host");
        }
    }

    /**
     * A scraper on another machine whose connection drops in the middle of a request (or a client that starts one and
     * stops, or announces a body it never sends) leaves the server reading what never comes: the next scrapes are
     * still answered.
     */
    @Test
    void requests_that_stop_halfway_through_their_headers_are_closed_and_scrapes_are_answered() throws Exception {
        Duration limit = Duration.ofSeconds(1);
        List<Socket> half = new ArrayList<>();
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, METERS, WHERE, limit)) {
            for (int i = 0; i < 6; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                half.add(s);
                s.getOutputStream().write((i % 2 == 0 ? "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        : "POST /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
            Awaitility.await("a half request taken up").atMost(Duration.ofSeconds(10))
                    .until(() -> reading() > 0);

            HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + server.port() + "/metrics")).timeout(limit.multipliedBy(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode(), "a scrape is answered while half requests wait");

            for (Socket s : half) {
                s.setSoTimeout((int) limit.multipliedBy(5).toMillis());
                try {
                    // a refused POST may have had its 405 first; then the connection ends
                    while (s.getInputStream().read() != -1) {
                        // the refusal
                    }
                } catch (SocketTimeoutException e) {
                    fail("a half request is still open after " + limit.multipliedBy(5));
                } catch (SocketException e) {
                    // reset: closed by the server too
                }
            }
        } finally {
            for (Socket s : half) {
                s.close();
            }
        }
    }

    /** The metrics server's threads reading a request. */
    private static long reading() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("followup-metrics"))
                .filter(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("sun.net.httpserver.ServerImpl$Exchange")))
                .count();
    }

    private static HttpResponse<String> request(MetricsServer server, String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + path)).timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
