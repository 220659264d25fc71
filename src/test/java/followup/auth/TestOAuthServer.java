package followup.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import followup.config.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A small OAuth2 server for the tests, on 127.0.0.1: a device authorization endpoint and a token endpoint (device
 * code, refresh token, authorization code with PKCE). Device polls are answered from a script; each token issued is
 * handed to {@link #onAccessToken} (the tests make it the GreenMail user's password, as GreenMail checks an XOAUTH2
 * token as the password).
 */
public final class TestOAuthServer implements AutoCloseable {
    public static final String CLIENT_ID = "followup-test-client";
    public static final String CLIENT_SECRET = "Client-Secret-5e2b77";
    public static final String USER_CODE = "WDJB-MJHT";
    public static final String DEVICE_CODE = "Device-Code-91c3ff0e";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer http;
    private final Deque<String> deviceAnswers = new ArrayDeque<>();
    private final Map<String, String> challenges = new ConcurrentHashMap<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile String validRefresh;
    private volatile boolean revoked;
    private volatile long expiresIn = 3600;
    private volatile Consumer<String> onAccessToken = t -> { };
    private volatile boolean secretRequired = true;
    private volatile boolean clientRefused;
    private volatile boolean repeatRequest;
    /** The body of the request being answered, for {@link #repeatingTheRequestInErrors}. */
    private volatile String request = "";

    public TestOAuthServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/devicecode", this::device);
        http.createContext("/token", this::token);
        http.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }

    /** The client settings of a Microsoft-like (device flow) or Google-like (loopback) provider here. */
    public Settings.OAuth2 client(Settings.IdentityProvider provider, Path tokenFile) {
        return new Settings.OAuth2(provider, CLIENT_ID, followup.config.Secret.of(CLIENT_SECRET),
                provider == Settings.IdentityProvider.GOOGLE ? null : uri("/devicecode"), uri("/token"),
                uri("/authorize"), List.of("imap", "smtp", "offline_access"), tokenFile);
    }

    /**
     * The answers to the next device-code polls: an OAuth2 error code each, "token" for the tokens, or "http-503"
     * for a gateway's error page.
     */
    public TestOAuthServer devicePolls(String... answers) {
        deviceAnswers.addAll(List.of(answers));
        return this;
    }

    public TestOAuthServer expiresIn(long seconds) {
        expiresIn = seconds;
        return this;
    }

    public TestOAuthServer onAccessToken(Consumer<String> c) {
        onAccessToken = c;
        return this;
    }

    /** A public client (as Microsoft's): the token endpoint takes requests without the client secret. */
    public TestOAuthServer publicClient() {
        secretRequired = false;
        return this;
    }

    /** From now on, refuses the app itself (invalid_client), as when its client secret expired in the console. */
    public TestOAuthServer refuseClient() {
        clientRefused = true;
        return this;
    }

    /**
     * Every error answer's {@code error_description} repeats the request, as some endpoints do: its form-encoded
     * body and the values decoded (the client secret, the refresh token, the device code).
     */
    public TestOAuthServer repeatingTheRequestInErrors() {
        repeatRequest = true;
        return this;
    }

    /** The refresh token stops working: every refresh is answered invalid_grant, until the next sign-in. */
    public void revoke() {
        revoked = true;
    }

    /** The user signed in through the browser: the code the authorization endpoint would redirect with. */
    public String authorize(String codeChallenge) {
        String code = "Auth-Code-" + counter.incrementAndGet();
        challenges.put(code, codeChallenge);
        return code;
    }

    public int refreshes() {
        return refreshes.get();
    }

    /** Every token and code issued, to be searched for in outputs. */
    public List<String> secrets() {
        List<String> all = new java.util.ArrayList<>(issued);
        all.add(CLIENT_SECRET);
        all.add(DEVICE_CODE);
        return all;
    }

    public String lastAccessToken() {
        for (int i = issued.size() - 1; i >= 0; i--) {
            if (issued.get(i).startsWith("Access-")) {
                return issued.get(i);
            }
        }
        return null;
    }

    private void device(HttpExchange ex) throws IOException {
        request = body(ex);
        Map<String, String> form = LoopbackLogin.parse(request);
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            send(ex, 400, Map.of("error", "invalid_client"));
            return;
        }
        send(ex, 200, Map.of("device_code", DEVICE_CODE, "user_code", USER_CODE,
                "verification_uri", "https://login.example.test/device", "interval", 1, "expires_in", 900));
    }

    private void token(HttpExchange ex) throws IOException {
        request = body(ex);
        Map<String, String> form = LoopbackLogin.parse(request);
        if (clientRefused || !CLIENT_ID.equals(form.get("client_id"))
                || secretRequired && !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(ex, 401, Map.of("error", "invalid_client"));
            return;
        }
        switch (String.valueOf(form.get("grant_type"))) {
            case "urn:ietf:params:oauth:grant-type:device_code" -> {
                String answer = deviceAnswers.isEmpty() ? "authorization_pending" : deviceAnswers.poll();
                if (!DEVICE_CODE.equals(form.get("device_code"))) {
                    send(ex, 400, Map.of("error", "invalid_grant"));
                } else if (answer.equals("token")) {
                    revoked = false;
                    send(ex, 200, tokens(true));
                } else if (answer.equals("http-503")) {         // a gateway's page, not an OAuth2 answer
                    byte[] page = "<html><body>Service Unavailable</body></html>".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(503, page.length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(page);
                    }
                } else {
                    send(ex, 400, Map.of("error", answer));
                }
            }
            case "refresh_token" -> {
                refreshes.incrementAndGet();
                if (revoked || !form.get("refresh_token").equals(validRefresh)) {
                    send(ex, 400, Map.of("error", "invalid_grant", "error_description",
                            "AADSTS70008: The refresh token has expired due to inactivity."));
                } else {
                    send(ex, 200, tokens(false));
                }
            }
            case "authorization_code" -> {
                String challenge = challenges.remove(String.valueOf(form.get("code")));
                String verifier = form.get("code_verifier");
                if (challenge == null || verifier == null || !challenge.equals(LoopbackLogin.challenge(verifier))) {
                    send(ex, 400, Map.of("error", "invalid_grant", "error_description", "PKCE verification failed"));
                } else {
                    send(ex, 200, tokens(true));
                }
            }
            default -> send(ex, 400, Map.of("error", "unsupported_grant_type"));
        }
    }

    private Map<String, Object> tokens(boolean withRefresh) {
        int n = counter.incrementAndGet();
        String access = "Access-" + n + "-7f00d1e5";
        issued.add(access);
        onAccessToken.accept(access);
        if (!withRefresh) {
            return Map.of("access_token", access, "token_type", "Bearer", "expires_in", expiresIn);
        }
        validRefresh = "Refresh-" + n + "-c0ffee42";
        issued.add(validRefresh);
        return Map.of("access_token", access, "token_type", "Bearer", "expires_in", expiresIn,
                "refresh_token", validRefresh);
    }

    private static String body(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private void send(HttpExchange ex, int status, Map<String, ?> json) throws IOException {
        if (repeatRequest && json.containsKey("error")) {
            json = Map.of("error", json.get("error"), "error_description", "Bad request: " + request + " ("
                    + LoopbackLogin.parse(request) + ")");
        }
        byte[] body = JSON.writeValueAsBytes(json);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
