package followup.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.FollowupException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Why the metrics cannot be served says which key to change: the port, or the address it listens on. */
class MetricsServerTest {
    private static final PrometheusMeters METERS = new PrometheusMeters(Map::of, false);

    @Test
    void a_port_in_use_names_the_port() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FollowupException e = assertThrows(FollowupException.class,
                    () -> MetricsServer.start("127.0.0.1", taken.getLocalPort(), METERS));
            assertTrue(e.getMessage().contains("choose another followup.metrics.port"), e.getMessage());
            assertFalse(e.getMessage().contains("metrics.bind"), e.getMessage());
        }
    }

    @Test
    void an_address_of_another_machine_names_the_bind_address_not_the_port() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): no machine has it
        FollowupException e = assertThrows(FollowupException.class,
                () -> MetricsServer.start("192.0.2.1", 0, METERS));
        assertTrue(e.getMessage().contains("followup.metrics.bind \"192.0.2.1\" is not an address of this machine;"
                + " set it to one of this machine's addresses (a valid value looks like metrics.bind = \"127.0.0.1\","
                + " or \"0.0.0.0\" for every interface)"), e.getMessage());
        assertFalse(e.getMessage().contains("metrics.port"), e.getMessage());
    }

    @Test
    void a_name_that_does_not_resolve_names_the_bind_address() {
        FollowupException e = assertThrows(FollowupException.class,
                () -> MetricsServer.start("no-such-host.invalid", 0, METERS));
        assertTrue(e.getMessage().contains("followup.metrics.bind \"no-such-host.invalid\" is not a name this machine"
                + " can resolve"), e.getMessage());
        assertFalse(e.getMessage().contains("metrics.port"), e.getMessage());
    }
}
