package followup.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import followup.config.BadInputException;
import followup.config.Settings;
import followup.http.HeaderDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The local page, on the JDK's HTTP server: server-rendered HTML, one stylesheet and one small script from the jar,
 * nothing from outside. Every request passes the {@link Guard}; GET never changes anything. This class listens, lets
 * a request in (or refuses it), keeps the token out of the address bar, and hands the request to its page
 * ({@link Routes}).
 */
public final class WebServer implements AutoCloseable {
    /** An upload larger than this is not an invitation. */
    private static final int MAX_BODY = 6_000_000;
    /** The requests answered at once; one more waits for a worker. */
    static final int WORKERS = 4;
    /** How long a client has to send its request line and headers once a worker has taken the request up. */
    private static final Duration HEADER_LIMIT = Duration.ofSeconds(10);

    private final HttpServer server;
    private final HeaderDeadline threads;
    private final Guard guard;
    /** What each page answers, once the guard let its request in. */
    private final Routes routes;

    private WebServer(HttpServer server, HeaderDeadline threads, Desk desk, AccessToken token, Guard guard) {
        this.server = server;
        this.threads = threads;
        this.guard = guard;
        this.routes = new Routes(desk, token);
    }

    /**
     * Listens on {@code web.bind}:{@code web.port} (0: any free port) and serves {@code desk}.
     *
     * @param where a key under {@code followup} ({@code web.port}) to the {@code file:line} that sets it, for the
     *              failure to listen
     */
    public static WebServer start(Settings.Web web, AccessToken token, Desk desk, UnaryOperator<String> where) {
        return start(web, token, desk, HEADER_LIMIT, where);
    }

    /** @param headerLimit how long a request's line and headers may take: past it the connection is closed */
    static WebServer start(Settings.Web web, AccessToken token, Desk desk, Duration headerLimit) {
        return start(web, token, desk, headerLimit, key -> "the config file");
    }

    private static WebServer start(Settings.Web web, AccessToken token, Desk desk, Duration headerLimit,
                                   UnaryOperator<String> where) {
        HttpServer server = PageAddress.listen(web, where);
        AtomicInteger n = new AtomicInteger();
        int port = server.getAddress().getPort();
        HeaderDeadline threads = new HeaderDeadline(Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "followup-web-" + port + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }), headerLimit, "followup-web-deadline-" + port);
        WebServer page = new WebServer(server, threads, new StateWatch(desk), token,
                new Guard(token, web.bind(), server.getAddress().getPort()));
        server.createContext("/", page::handle);
        server.setExecutor(threads);
        server.start();
        return page;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open, with the token: for the user, never for the log of anyone else. */
    public static String url(Settings.Web web, int port, AccessToken token) {
        String host = web.bind().equals("0.0.0.0") || web.bind().equals("::") ? "127.0.0.1"
                : web.bind().contains(":") && !web.bind().startsWith("[") ? "[" + web.bind() + "]" : web.bind();
        return "http://" + host + ":" + port + "/?token=" + token.reveal();
    }

    private void handle(HttpExchange ex) throws IOException {
        if (!HeaderDeadline.headersRead()) {
            ex.close();                         // too late: the time limit has closed the connection, or is closing it
            return;
        }
        try {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            Map<String, String> query = params(ex.getRequestURI().getRawQuery());
            if (path.equals("/app.css") || path.equals("/app.js")) {
                // the stylesheet and the script hold nothing private; they load before the token cookie is checked
                asset(ex, path.substring(1));
                return;
            }
            // who may ask is told from the headers, before any body is read or parsed
            Optional<Guard.Refusal> refused = guard.checkHeaders(method, ex.getRequestHeaders(), query);
            if (refused.isPresent()) {
                Answers.send(ex, refused.get().status(), "text/html", Pages.refusal(refused.get().why()));
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                Answers.send(ex, 405, "text/html", Pages.refusal("method " + method + " is not allowed"));
                return;
            }
            Map<String, String> form = null;
            byte[] body = null;
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (method.equals("POST")) {
                body = readBody(ex.getRequestBody());
                if (body == null) {
                    Answers.send(ex, 413, "text/html", Pages.refusal("the upload is too large for an invitation"));
                    return;
                }
                form = type != null && type.startsWith("multipart/form-data") ? Uploads.fields(body, type)
                        : params(new String(body, StandardCharsets.ISO_8859_1));
                refused = guard.checkForm(form);
                if (refused.isPresent()) {
                    Answers.send(ex, refused.get().status(), "text/html", Pages.refusal(refused.get().why()));
                    return;
                }
            }
            if (query.containsKey("token") && method.equals("GET")) {
                // keep the token in the cookie of this page's port, and take it out of the address bar; an old token
                // the cookie let in (the guard) is only taken out, never kept
                if (guard.addressHasToken(query)) {
                    ex.getResponseHeaders().add("Set-Cookie", guard.cookieFor(query.get("token")));
                }
                String rest = withoutToken(ex.getRequestURI().getRawQuery());
                Answers.redirect(ex, path + (rest.isEmpty() ? "" : "?" + rest));
                return;
            }
            routes.route(ex, method, path, query, form, body, type);
        } catch (BadInputException e) {
            // the config or a template went bad while the daemon runs: say where, as validate would
            Answers.answerFailure(ex, 500, "text/html", Pages.problems("followup cannot read its input",
                    e.problems()));
        } catch (RuntimeException e) {
            Failures.answer(ex, e);
        } finally {
            // closing reads what is left of an announced body: a client that never sends it is cut off at the limit
            HeaderDeadline.limited(() -> {
                ex.close();
                return null;
            });
        }
    }

    /** The raw query without any {@code token} pair, whichever way its name is written ({@code %74oken}). */
    static String withoutToken(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (pair.isEmpty() || params(name).containsKey("token")) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "&").append(pair);
        }
        return out.toString();
    }

    private static void asset(HttpExchange ex, String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("/followup/web/" + name)) {
            if (in == null) {
                Answers.send(ex, 404, "text/plain", "missing " + name);
                return;
            }
            Answers.send(ex, 200, name.endsWith(".css") ? "text/css" : "text/javascript", new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    /** The body, read under the page's time limit for a request; null when it is too large. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = HeaderDeadline.limited(() -> in.readNBytes(MAX_BODY + 1));
        return body.length > MAX_BODY ? null : body;
    }

    static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v,
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the pair is ignored
            }
        }
        return out;
    }


    @Override
    public void close() {
        server.stop(0);
        threads.close();
    }
}
