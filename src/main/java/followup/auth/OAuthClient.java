package followup.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import followup.config.Secret;
import followup.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The HTTP side of OAuth2 with the user's own client: the device authorization request (RFC 8628), the token
 * requests (device code, authorization code with PKCE, refresh token). Form-encoded POSTs with the JDK's
 * {@link HttpClient}, JSON answers read with Jackson. Nothing here logs; errors carry the endpoint's error code and
 * description, never a token or the client secret: whatever the endpoint says goes into an {@link OAuthError} with
 * every secret of the request and of the answer replaced by {@code (hidden)} ({@link #hide}), since an endpoint may
 * repeat the request in its {@code error_description}.
 */
public final class OAuthClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Settings.OAuth2 settings;
    private final HttpClient http;

    public OAuthClient(Settings.OAuth2 settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    OAuthClient(Settings.OAuth2 settings, HttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = Objects.requireNonNull(http, "http");
    }

    public Settings.OAuth2 settings() {
        return settings;
    }

    /** What the device authorization endpoint gave: the codes, where to enter the user code, how often to poll. */
    public record DeviceCode(Secret deviceCode, String userCode, String verificationUri,
                             String verificationUriComplete, Duration interval, Duration expiresIn) {
    }

    /**
     * A token answer.
     *
     * @param refresh a new refresh token, or null when the endpoint keeps the old one
     */
    public record Tokens(Secret access, Secret refresh, Duration expiresIn) {
    }

    public DeviceCode deviceAuthorization() throws OAuthError {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", settings.clientId());
        form.put("scope", String.join(" ", settings.scopes()));
        JsonNode n = post(settings.deviceAuthorization(), form);
        String device = text(n, "device_code");
        String user = text(n, "user_code");
        String uri = text(n, "verification_uri") != null ? text(n, "verification_uri") : text(n, "verification_url");
        if (device == null || user == null || uri == null) {
            throw new OAuthError(OAuthError.UNREACHABLE, settings.deviceAuthorization() + " answered without a"
                    + " device_code, user_code and verification_uri");
        }
        return new DeviceCode(Secret.of(device), user, uri, text(n, "verification_uri_complete"),
                Duration.ofSeconds(n.path("interval").asLong(5)), Duration.ofSeconds(n.path("expires_in").asLong(900)));
    }

    /** One poll of the token endpoint for a device code; {@code authorization_pending} and the rest are thrown. */
    public Tokens deviceToken(DeviceCode code) throws OAuthError {
        Map<String, String> form = base("urn:ietf:params:oauth:grant-type:device_code");
        form.put("device_code", code.deviceCode().reveal());
        return tokens(post(settings.token(), form));
    }

    /** The authorization code of the loopback flow, with the PKCE verifier its challenge was made from. */
    public Tokens authorizationCode(String code, String verifier, URI redirect) throws OAuthError {
        Map<String, String> form = base("authorization_code");
        form.put("code", code);
        form.put("code_verifier", verifier);
        form.put("redirect_uri", redirect.toString());
        return tokens(post(settings.token(), form));
    }

    public Tokens refresh(Secret refreshToken) throws OAuthError {
        Map<String, String> form = base("refresh_token");
        form.put("refresh_token", refreshToken.reveal());
        if (settings.provider() == Settings.IdentityProvider.MICROSOFT) {
            form.put("scope", String.join(" ", settings.scopes()));
        }
        return tokens(post(settings.token(), form));
    }

    private Map<String, String> base(String grant) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grant);
        form.put("client_id", settings.clientId());
        if (settings.clientSecret() != null && !settings.clientSecret().isEmpty()) {
            form.put("client_secret", settings.clientSecret().reveal());
        }
        return form;
    }

    private Tokens tokens(JsonNode n) throws OAuthError {
        String access = text(n, "access_token");
        if (access == null) {
            throw new OAuthError(OAuthError.UNREACHABLE, settings.token() + " answered without an access_token");
        }
        String refresh = text(n, "refresh_token");
        return new Tokens(Secret.of(access), refresh == null ? null : Secret.of(refresh),
                Duration.ofSeconds(n.path("expires_in").asLong(3600)));
    }

    /** The fields of a request or an answer that hold a secret: never shown, whoever repeats them. */
    private static final List<String> SECRET_FIELDS = List.of("client_secret", "refresh_token", "access_token",
            "id_token", "device_code", "code", "code_verifier");

    private JsonNode post(URI endpoint, Map<String, String> form) throws OAuthError {
        List<Secret> secrets = new ArrayList<>();
        for (String field : SECRET_FIELDS) {
            String value = form.get(field);
            if (value != null && !value.isEmpty()) {
                secrets.add(Secret.of(value));
                secrets.add(Secret.of(enc(value)));   // as the request's body had it
            }
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OAuthError(OAuthError.UNREACHABLE, "cannot reach " + endpoint + " (" + e.getClass()
                    .getSimpleName() + (e.getMessage() == null ? "" : ": " + hide(e.getMessage(), secrets)) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthError(OAuthError.UNREACHABLE, "interrupted while waiting for " + endpoint);
        }
        JsonNode n;
        try {
            n = JSON.readTree(response.body());
        } catch (IOException e) {
            n = null;
        }
        if (n != null && text(n, "error") != null) {
            for (String field : SECRET_FIELDS) {     // an error that comes with tokens anyway
                String value = text(n, field);
                if (value != null) {
                    secrets.add(Secret.of(value));
                }
            }
            String error = hide(text(n, "error"), secrets);
            String description = text(n, "error_description");
            throw new OAuthError(error, endpoint + " answered " + oneLine(error)
                    + (description == null ? "" : " (" + oneLine(hide(description, secrets)) + ")"));
        }
        if (response.statusCode() / 100 != 2 || n == null || !n.isObject()) {
            throw new OAuthError(OAuthError.UNREACHABLE, endpoint + " answered HTTP " + response.statusCode()
                    + " without an OAuth2 answer");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /**
     * {@code text} with each of {@code secrets} replaced by {@code (hidden)}, as SMTP and IMAP replies are: what an
     * endpoint says may repeat the request (the client secret, the refresh token, the device code).
     */
    static String hide(String text, List<Secret> secrets) {
        String hidden = text;
        for (Secret secret : secrets) {
            hidden = secret.redact(hidden);
        }
        return hidden;
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
