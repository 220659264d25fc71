package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import followup.config.Settings;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that starts a request and never finishes its headers, or announces a body and never sends it, holds a
 * worker of the page only for a moment.
 */
class PageSlowClientTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);

    /** Nothing to show: the test is about who gets an answer, not what it says. */
    private static final Desk EMPTY = new Desk() {
        @Override
        public Overview overview(String candidate) {
            return new Overview(ZoneOffset.UTC, List.of(), List.of(), List.of(), false, List.of(), null);
        }

        @Override
        public List<Preview> previews(String id, String key) {
            return List.of();
        }

        @Override
        public Timeline timeline(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String hold(String id, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String resume(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Added add(String fileName, byte[] content, String id, String candidate) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void requestsThatStopHalfwayThroughTheirHeadersAreClosedAndThePageAnswersOthers(@TempDir Path tmp)
            throws IOException {
        AccessToken token = AccessToken.loadOrCreate(tmp);
        List<Socket> half = new ArrayList<>();
        try (WebServer page = WebServer.start(new Settings.Web(true, "127.0.0.1", 0), token, EMPTY, LIMIT)) {
            int port = page.port();
            // more than the page has workers: each sends a request line and a header, then nothing
            for (int i = 0; i < WebServer.WORKERS + 2; i++) {
                Socket s = new Socket("127.0.0.1", port);
                half.add(s);
                s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: x=")
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
            // every worker has taken one of them before the real request comes
            Awaitility.await("every worker busy with a half request").atMost(Duration.ofSeconds(10))
                    .until(() -> workers(port) == WebServer.WORKERS);

            RawHttp.Response answer = assertTimeoutPreemptively(LIMIT.multipliedBy(5), () -> RawHttp.get(port,
                    "/state", Map.of("Cookie", Guard.cookieName(port) + "=" + token.reveal())),
                    "the page answers while half requests wait");
            assertEquals(200, answer.status(), answer::toString);

            for (Socket s : half) {
                s.setSoTimeout((int) LIMIT.multipliedBy(5).toMillis());
                try {
                    assertEquals(-1, s.getInputStream().read(), "a half request gets no answer, only its end");
                } catch (SocketTimeoutException e) {
                    fail("a half request is still open after " + LIMIT.multipliedBy(5));
                } catch (SocketException e) {
                    // reset: closed by the page too
                }
            }
        } finally {
            for (Socket s : half) {
                s.close();
            }
        }
    }

    @Test
    void requestsThatAnnounceABodyAndNeverSendItAreClosedAndThePageAnswersOthers(@TempDir Path tmp)
            throws IOException {
        AccessToken token = AccessToken.loadOrCreate(tmp);
        List<Socket> stalled = new ArrayList<>();
        try (WebServer page = WebServer.start(new Settings.Web(true, "127.0.0.1", 0), token, EMPTY, LIMIT)) {
            int port = page.port();
            String host = "Host: 127.0.0.1:" + port + "\r\n";
            String cookie = "Cookie: " + Guard.cookieName(port) + "=" + token.reveal() + "\r\n";
            // whole headers that promise a body, then nothing: refused ones (no token), a page asked for with the
            // token, and a change from the page itself; more of them than the page has workers
            List<String> heads = List.of(
                    "POST /hold HTTP/1.1\r\n" + host,
                    "POST /add HTTP/1.1\r\n" + host + "Content-Type: multipart/form-data; boundary=x\r\n",
                    "GET / HTTP/1.1\r\n" + host,
                    "GET / HTTP/1.1\r\n" + host + cookie,
                    "POST /hold HTTP/1.1\r\n" + host + cookie + "Origin: http://127.0.0.1:" + port + "\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n",
                    "POST /resume HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n");
            for (String head : heads) {
                Socket s = new Socket("127.0.0.1", port);
                stalled.add(s);
                String length = head.contains("chunked") ? "" : "Content-Length: 100000\r\n";
                s.getOutputStream().write((head + length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
            Awaitility.await("every worker busy with a stalled request").atMost(Duration.ofSeconds(10))
                    .until(() -> workers(port) == WebServer.WORKERS);

            RawHttp.Response answer = assertTimeoutPreemptively(LIMIT.multipliedBy(5), () -> RawHttp.get(port,
                    "/state", Map.of("Cookie", Guard.cookieName(port) + "=" + token.reveal())),
                    "the page answers while requests wait for bodies that never come");
            assertEquals(200, answer.status(), answer::toString);

            for (Socket s : stalled) {
                s.setSoTimeout((int) LIMIT.multipliedBy(5).toMillis());
                try {
                    // a refused one may have had its refusal first; then the connection ends
                    while (s.getInputStream().read() != -1) {
                        // the refusal
                    }
                } catch (SocketTimeoutException e) {
                    fail("a request whose body never came is still open after " + LIMIT.multipliedBy(5));
                } catch (SocketException e) {
                    // reset: closed by the page too
                }
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    /** The page's worker threads on {@code port} there are. */
    private static long workers(int port) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().matches("followup-web-" + port + "-[0-9]+")).count();
    }
}
