package followup.auth;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Settings;
import followup.mail.SignInException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followup login} against a test OAuth2 server: the device authorization grant (RFC 8628) with its polling
 * rules, the loopback flow with PKCE, and the token file it leaves behind.
 */
class OAuthLoginTest {
    @TempDir
    Path tmp;

    private TestOAuthServer server;
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new TestOAuthServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DeviceLogin device(TokenFile file) {
        OAuthClient client = new OAuthClient(server.client(Settings.IdentityProvider.MICROSOFT, file.path()));
        return new DeviceLogin(client, file, err, pauses::add, Clock.systemUTC());
    }

    private void assertNoSecretIn(String output) {
        for (String secret : server.secrets()) {
            assertFalse(output.contains(secret), "the output shows " + secret + ":\n" + output);
        }
    }

    @Test
    void device_login_polls_at_the_interval_slows_down_when_told_and_keeps_the_refresh_token() throws Exception {
        server.devicePolls("authorization_pending", "slow_down", "authorization_pending", "token");
        TokenFile file = new TokenFile(tmp.resolve("conf/oauth-token.json"));

        device(file).run();

        assertTrue(text.toString().contains("open https://login.example.test/device in a browser and enter the code "
                + TestOAuthServer.USER_CODE), text.toString());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(6),
                Duration.ofSeconds(6)), pauses, "1s as told, then 5s more after slow_down");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertTrue(file.read().reveal().startsWith("Refresh-"));
        assertNoSecretIn(text.toString());
    }

    /**
     * A poll that meets a gateway's 503 (or a timeout) while the user is still entering the code: RFC 8628 has the
     * client back off and poll on. Before, the login ended at once with "sign-in failed", and the code the user was
     * typing was lost.
     */
    @Test
    void device_login_backs_off_and_polls_on_after_a_poll_the_endpoint_could_not_answer() throws Exception {
        server.devicePolls("authorization_pending", "http-503", "authorization_pending", "token");
        TokenFile file = new TokenFile(tmp.resolve("conf/oauth-token.json"));

        device(file).run();

        assertTrue(file.read().reveal().startsWith("Refresh-"));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2)), pauses, "the interval doubled after the 503");
        assertNoSecretIn(text.toString());
    }

    @Test
    void device_login_gives_up_on_expired_token_with_what_to_do() {
        server.devicePolls("authorization_pending", "expired_token");
        TokenFile file = new TokenFile(tmp.resolve("oauth-token.json"));

        SignInException e = assertThrows(SignInException.class, () -> device(file).run());

        assertEquals("the code " + TestOAuthServer.USER_CODE + " expired before the sign-in was finished: run"
                + " `followup login` again", e.getMessage());
        assertFalse(Files.exists(file.path()));
    }

    @Test
    void device_login_gives_up_when_the_user_declines() {
        server.devicePolls("access_denied");

        SignInException e = assertThrows(SignInException.class,
                () -> device(new TokenFile(tmp.resolve("oauth-token.json"))).run());

        assertTrue(e.getMessage().startsWith("the sign-in was declined (access_denied)"), e.getMessage());
    }

    @Test
    void an_endpoint_that_repeats_the_request_in_its_error_has_the_client_secret_and_device_code_hidden() {
        server.repeatingTheRequestInErrors().devicePolls("server_error");

        SignInException e = assertThrows(SignInException.class,
                () -> device(new TokenFile(tmp.resolve("oauth-token.json"))).run());

        assertTrue(e.getMessage().contains("answered server_error (Bad request: grant_type="), e.getMessage());
        assertTrue(e.getMessage().contains("client_secret=(hidden)") && e.getMessage().contains("device_code=(hidden)"),
                e.getMessage());
        assertNoSecretIn(e.getMessage());
        assertNoSecretIn(text.toString());
    }

    @Test
    void loopback_login_sends_a_pkce_challenge_and_the_server_verifies_the_verifier() throws Exception {
        TokenFile file = new TokenFile(tmp.resolve("oauth-token.json"));
        OAuthClient client = new OAuthClient(server.client(Settings.IdentityProvider.GOOGLE, file.path()));
        LoopbackLogin login = new LoopbackLogin(client, file, err, Duration.ofMinutes(1), Clock.systemUTC());
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                login.run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/authorize\\?\\S+)");
        String printed = await().atMost(Duration.ofSeconds(10)).until(text::toString, t -> url.matcher(t).find());
        Matcher m = url.matcher(printed);
        assertTrue(m.find());
        Map<String, String> query = LoopbackLogin.parse(URI.create(m.group(1)).getRawQuery());
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals("code", query.get("response_type"));
        assertEquals(TestOAuthServer.CLIENT_ID, query.get("client_id"));
        URI redirect = URI.create(query.get("redirect_uri"));
        assertEquals("127.0.0.1", redirect.getHost());
        String code = server.authorize(query.get("code_challenge"));

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirect
                + "?code=" + code + "&state=" + query.get("state"))).build(), HttpResponse.BodyHandlers.ofString());
        done.get();

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("sign-in received"));
        assertNotNull(file.read());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertNoSecretIn(text.toString());
    }

    @Test
    void a_token_file_that_others_can_read_is_refused() throws Exception {
        TokenFile file = new TokenFile(tmp.resolve("oauth-token.json"));
        file.write(followup.config.Secret.of("Refresh-0-abc"), java.time.Instant.EPOCH);
        Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-r--r--"));

        SignInException e = assertThrows(SignInException.class, file::read);

        assertTrue(e.getMessage().contains("can be read by other users, so it is not used: run chmod 600"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Refresh-0-abc"));
    }
}
