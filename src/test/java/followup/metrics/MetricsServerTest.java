package followup.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.FollowupException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
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

    private static HttpResponse<String> request(MetricsServer server, String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + path)).timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
