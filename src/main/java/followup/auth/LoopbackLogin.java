package followup.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import followup.mail.SignInException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * {@code followup login} for Google, whose device flow does not grant the mail scope: the authorization code flow
 * of a native app (RFC 8252) with PKCE (RFC 7636, S256). Listens on 127.0.0.1 on a free port, prints the address to
 * open, checks the {@code state} of the redirect, and trades the code and the verifier for the tokens.
 */
public final class LoopbackLogin {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final OAuthClient client;
    private final TokenFile file;
    private final PrintWriter err;
    private final Duration wait;
    private final Clock clock;

    /** @param wait how long to wait for the browser to come back */
    public LoopbackLogin(OAuthClient client, TokenFile file, PrintWriter err, Duration wait, Clock clock) {
        this.client = client;
        this.file = file;
        this.err = err;
        this.wait = wait;
        this.clock = clock;
    }

    public void run() throws InterruptedException {
        String verifier = random(48);
        String state = random(24);
        CompletableFuture<Map<String, String>> redirect = new CompletableFuture<>();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new SignInException("cannot listen on 127.0.0.1 for the browser's answer (" + e.getMessage() + ")",
                    true);
        }
        server.createContext("/", exchange -> answer(exchange, redirect));
        server.start();
        try {
            URI redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            err.println("To sign in, open this address in a browser on this machine:");
            err.println("  " + authorizationUrl(redirectUri, challenge(verifier), state));
            err.println("Waiting for the browser (" + wait.toMinutes() + " minutes at most)...");
            err.flush();
            Map<String, String> query = await(redirect);
            if (query.containsKey("error")) {
                throw new SignInException("the sign-in was declined (" + query.get("error") + "): " + again()
                        + " and accept the permissions asked for", true);
            }
            if (!state.equals(query.get("state")) || query.get("code") == null) {
                throw new SignInException("the browser came back without the expected answer (state or code"
                        + " missing or wrong): " + again(), true);
            }
            OAuthClient.Tokens tokens;
            try {
                tokens = client.authorizationCode(query.get("code"), verifier, redirectUri);
            } catch (OAuthError e) {
                throw new SignInException("sign-in failed: " + e.getMessage(), true);
            }
            if (tokens.refresh() == null) {
                throw new SignInException("signed in, but no refresh token was given: remove followup's access in"
                        + " your account's security settings and " + again(), true);
            }
            file.write(tokens.refresh(), clock.instant());
        } catch (IOException e) {
            throw new SignInException("signed in, but the token file " + file.path() + " cannot be written ("
                    + e.getClass().getSimpleName() + ")", true);
        } finally {
            server.stop(0);
        }
    }

    /** {@code run `followup login` again}, with the candidate who signs in. */
    private String again() {
        return "run `" + client.settings().loginCommand() + "` again";
    }

    private Map<String, String> await(CompletableFuture<Map<String, String>> redirect) throws InterruptedException {
        try {
            return redirect.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SignInException("no answer from the browser within " + wait.toMinutes() + " minutes: "
                    + again(), true);
        } catch (ExecutionException e) {
            throw new SignInException("the browser's answer could not be read: " + again(), true);
        }
    }

    private String authorizationUrl(URI redirect, String challenge, String state) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", client.settings().clientId());
        q.put("redirect_uri", redirect.toString());
        q.put("scope", String.join(" ", client.settings().scopes()));
        q.put("code_challenge", challenge);
        q.put("code_challenge_method", "S256");
        q.put("state", state);
        q.put("access_type", "offline");        // Google: a refresh token
        q.put("prompt", "consent");             // Google: a refresh token also on a second sign-in
        String base = client.settings().authorization().toString();
        return base + (base.contains("?") ? "&" : "?") + q.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static void answer(HttpExchange exchange, CompletableFuture<Map<String, String>> redirect)
            throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        boolean relevant = query.containsKey("code") || query.containsKey("error");
        byte[] page = (relevant ? "<html><body><p>followup: sign-in received. You can close this tab.</p></body></html>"
                : "<html><body><p>followup is waiting for the sign-in.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
        if (relevant) {
            redirect.complete(query);
        }
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static String challenge(String verifier) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
