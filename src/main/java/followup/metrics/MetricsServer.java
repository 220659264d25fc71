package followup.metrics;

import com.sun.net.httpserver.HttpServer;
import followup.FollowupException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * {@code GET /metrics} (and {@code HEAD}) on the JDK's own small HTTP server, one thread; nothing else is served:
 * another path is 404, another method 405.
 */
public final class MetricsServer implements AutoCloseable {
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final HttpServer server;
    private final String bind;

    private MetricsServer(HttpServer server, String bind) {
        this.server = server;
        this.bind = bind;
    }

    /**
     * Listens on {@code bind:port} (port 0: any free one); a port already taken, or an address that is not this
     * machine's, is a runtime failure naming the key to change and, by {@code where} (a key under {@code followup},
     * such as {@code metrics.port}, to its {@code file:line}), where it is set.
     */
    public static MetricsServer start(String bind, int port, PrometheusMeters meters, UnaryOperator<String> where) {
        HttpServer server;
        InetSocketAddress address = new InetSocketAddress(bind, port);
        String bindKey = "followup.metrics.bind \"" + bind + "\" (" + where.apply("metrics.bind") + ")";
        if (address.isUnresolved()) {
            throw new FollowupException("cannot serve metrics on " + bind + ":" + port + ": " + bindKey
                    + " is not a name this machine can resolve; " + BIND_ADVICE);
        }
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            if (!onThisMachine(address.getAddress())) {
                throw new FollowupException("cannot serve metrics on " + bind + ":" + port + " (" + e.getMessage()
                        + "): " + bindKey + " is not an address of this machine; " + BIND_ADVICE);
            }
            throw new FollowupException("cannot serve metrics on " + bind + ":" + port + " (" + e.getMessage()
                    + "): choose another followup.metrics.port (" + where.apply("metrics.port")
                    + "), or stop what listens there");
        }
        // the JDK's server hands every path that starts with the context's to it: /metricsx, /metrics/a are not it
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getRawPath().equals("/metrics")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body;
                try {
                    body = meters.scrape().getBytes(StandardCharsets.UTF_8);
                } catch (RuntimeException e) { // the store unreadable for a moment: say so, keep serving
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
                exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
                if (!exchange.getRequestMethod().equals("HEAD")) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "followup-metrics");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new MetricsServer(server, bind);
    }

    private static final String BIND_ADVICE = "set it to one of this machine's addresses (a valid value looks like"
            + " metrics.bind = \"127.0.0.1\", or \"0.0.0.0\" for every interface)";

    private static boolean onThisMachine(InetAddress address) {
        try {
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true;     // cannot tell: the port is the likelier cause
        }
    }

    /** The port it listens on (the one chosen when configured as 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code bind:port} as a URL writes it: the address as configured ({@code 0.0.0.0}), an IPv6 one in brackets. */
    public String address() {
        return (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
