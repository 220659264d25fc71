package followup.web;

import com.sun.net.httpserver.HttpExchange;
import followup.http.HeaderDeadline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's answers: each with the same protective headers, and each sent under the request's time limit
 * ({@link HeaderDeadline#limited}), since ending an answer makes the server read what is left of the request's body.
 */
final class Answers {
    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private Answers() {
    }

    /** Answers a request that failed, unless an answer was begun already (then the connection just ends). */
    static void answerFailure(HttpExchange ex, int status, String type, String text) {
        if (ex.getResponseCode() != -1) {
            return;
        }
        try {
            send(ex, status, type, text);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Page: the answer to a failed request could not be sent: {}", e.toString());
        }
    }

    /**
     * {@code {"problems": ["FILE:LINE: KEY: what is wrong", ...]}}: why the page cannot be brought up to date, for its
     * script to say.
     */
    static void problems(HttpExchange ex, int status, java.util.List<followup.config.Problem> problems)
            throws IOException {
        send(ex, status, "application/json", problemsJson(problems.stream().map(Object::toString).toList()));
    }

    /** {@code {"problems": [...]}}, as {@link #problems} answers it. */
    static String problemsJson(java.util.List<String> problems) {
        return json("problems", problems);
    }

    /** {@code {"name": value}}, of a string or a list of them. */
    static String json(String name, Object value) {
        try {
            return JSON.writeValueAsString(java.util.Map.of(name, value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a string or a list of them is always JSON", e);
        }
    }

    /** A 303 to {@code location}. */
    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        headers(ex);
        // an answer without a body ends at once, which reads what is left of the request's: under the time limit
        HeaderDeadline.limited(() -> {
            ex.sendResponseHeaders(303, -1);
            return null;
        });
    }

    /** {@code text} as {@code type} (UTF-8), or only its headers for HEAD. */
    static void send(HttpExchange ex, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        headers(ex);
        boolean head = ex.getRequestMethod().equals("HEAD");
        // the end of the answer reads what is left of the request's body (a refused request's too): under the limit
        HeaderDeadline.limited(() -> {
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
            return null;
        });
    }

    /** No script, style or frame from anywhere else; nothing cached; no address leaks to other sites. */
    private static void headers(HttpExchange ex) {
        var h = ex.getResponseHeaders();
        h.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin");
        h.set("Cache-Control", "no-store");
    }
}
