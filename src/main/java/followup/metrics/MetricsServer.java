package followup.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import followup.FollowupException;
import followup.http.HeaderDeadline;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * {@code GET /metrics} (and {@code HEAD}) on the JDK's own small HTTP server, two workers; nothing else is served:
 * another path is 404, another method 405. A request that has not come whole within ten seconds is closed.
 */
public final class MetricsServer implements AutoCloseable {
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The requests answered at once; one more waits for a worker. */
    private static final int WORKERS = 2;
    /** How long a client has to send its request once a worker has taken it up. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private final HttpServer server;
    private final HeaderDeadline threads;
    private final String bind;

    private MetricsServer(HttpServer server, HeaderDeadline threads, String bind) {
        this.server = server;
        this.threads = threads;
        this.bind = bind;
    }

    /**
     * Listens on {@code bind:port} (port 0: any free one); a port already taken, or an address that is not this
     * machine's, is a runtime failure naming the key to change and, by {@code where} (a key under {@code followup},
     * such as {@code metrics.port}, to its {@code file:line}), where it is set.
     */
    public static MetricsServer start(String bind, int port, PrometheusMeters meters, UnaryOperator<String> where) {
        return start(bind, port, meters, where, LIMIT);
    }

    /** @param limit how long a request may take to come whole: past it the connection is closed */
    static MetricsServer start(String bind, int port, PrometheusMeters meters, UnaryOperator<String> where,
                               Duration limit) {
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
        AtomicInteger n = new AtomicInteger();
        int bound = server.getAddress().getPort();
        // a request must come whole within the limit, so that a scraper whose connection dropped mid-request (or a
        // client that starts one and stops) holds a worker for a moment, not for as long as the connection stays open
        HeaderDeadline threads = new HeaderDeadline(Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "followup-metrics-" + bound + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }), limit, "followup-metrics-deadline-" + bound);
        server.createContext("/", exchange -> {
            if (!HeaderDeadline.headersRead()) {
                exchange.close();           // too late: the time limit has closed the connection, or is closing it
                return;
            }
            try {
                answer(exchange, meters);
            } finally {
                // closing reads what is left of an announced body: a client that never sends it is cut at the limit
                HeaderDeadline.limited(() -> {
                    exchange.close();
                    return null;
                });
            }
        });
        server.setExecutor(threads);
        server.start();
        return new MetricsServer(server, threads, bind);
    }

    /** {@code /metrics} to GET and HEAD, each answer under the time limit (its end reads what is left of the body). */
    private static void answer(HttpExchange exchange, PrometheusMeters meters) throws IOException {
        // the JDK's server hands every path that starts with the context's to it: /metricsx, /metrics/a are not it
        if (!exchange.getRequestURI().getRawPath().equals("/metrics")) {
            send(exchange, 404, null);
            return;
        }
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, null);
            return;
        }
        byte[] body;
        try {
            body = meters.scrape().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) { // the store unreadable for a moment: say so, keep serving
            send(exchange, 503, null);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        send(exchange, 200, exchange.getRequestMethod().equals("HEAD") ? null : body);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        HeaderDeadline.limited(() -> {
            exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            return null;
        });
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
        threads.close();
    }
}
