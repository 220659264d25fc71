package followup.config;

import static followup.config.Corpus.assertHasProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import followup.config.Settings.Auth;
import followup.config.Settings.Security;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code followup.mail.provider}: each preset expands to the hosts, ports, security, auth and save-sent the README
 * documents; a key set by hand wins; and {@code followup.mail.oauth2} gets its provider's endpoints and scopes.
 */
class ProviderPresetsTest {
    @TempDir
    Path tmp;

    private Path config(String mail) throws IOException {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail {
                %s
                  }
                }
                """.formatted(mail));
        return config;
    }

    /** Passwords from the environment, as FOLLOWUP_SMTP_PASSWORD and FOLLOWUP_IMAP_PASSWORD would give them. */
    private static Settings load(Path config) {
        return SettingsLoader.load(config, ConfigFactory.parseMap(Map.of("followup.mail.smtp.password", "pw",
                "followup.mail.imap.password", "pw")));
    }

    private static List<Problem> refused(Path config) {
        try {
            load(config);
        } catch (BadInputException e) {
            return e.problems();
        }
        throw new AssertionError(config + " was accepted");
    }

    @ParameterizedTest(name = "{0}: SMTP {1}:{2} {3}, IMAP {4}:{5} {6}, auth {7}, save-sent {8}")
    @CsvSource({
            "gmail,     smtp.gmail.com,        465, SSL,      imap.gmail.com,        993, SSL, PASSWORD, false",
            "outlook,   smtp-mail.outlook.com, 587, STARTTLS, outlook.office365.com, 993, SSL, OAUTH2,   false",
            "office365, smtp.office365.com,    587, STARTTLS, outlook.office365.com, 993, SSL, OAUTH2,   false",
            "fastmail,  smtp.fastmail.com,     465, SSL,      imap.fastmail.com,     993, SSL, PASSWORD, true",
            "icloud,    smtp.mail.me.com,      587, STARTTLS, imap.mail.me.com,      993, SSL, PASSWORD, true",
            "yahoo,     smtp.mail.yahoo.com,   465, SSL,      imap.mail.yahoo.com,   993, SSL, PASSWORD, true"})
    void a_preset_expands_to_the_documented_hosts_ports_security_and_auth(String provider, String smtpHost,
            int smtpPort, Security smtpSecurity, String imapHost, int imapPort, Security imapSecurity, Auth auth,
            boolean saveSent) throws IOException {
        Settings.Mail mail = load(config("mode = live, provider = " + provider
                + ", oauth2 { client-id = \"my-app\" }")).mail();

        assertEquals(List.of(smtpHost, smtpPort, smtpSecurity), List.of(mail.smtp().host(), mail.smtp().port(),
                mail.smtp().security()));
        Settings.Server imap = mail.imap().server();
        assertEquals(List.of(imapHost, imapPort, imapSecurity), List.of(imap.host(), imap.port(), imap.security()));
        assertEquals(auth, mail.auth());
        assertEquals(saveSent, mail.imap().saveSent());
        assertEquals("alex@example.com", mail.smtp().username(), "the user name defaults to the sender's address");
        assertEquals("alex@example.com", imap.username());
        assertNull(mail.imap().sentFolder(), "the sent folder is found on the server");
    }

    @Test
    void every_preset_of_providers_conf_is_a_provider_and_tested_here() {
        List<String> presets = Presets.all().root().keySet().stream().sorted().toList();
        List<String> providers = java.util.Arrays.stream(Settings.Provider.values())
                .filter(p -> p != Settings.Provider.CUSTOM).map(p -> p.name().toLowerCase()).sorted().toList();
        assertEquals(providers, presets);
    }

    @Test
    void a_key_set_by_hand_wins_over_the_preset() throws IOException {
        Settings.Mail mail = load(config("""
                mode = live, provider = gmail
                smtp { port = 587, security = starttls, username = "alex.morgan@gmail.com" }
                imap { save-sent = true, sent-folder = "[Gmail]/Gesendet" }
                """)).mail();

        assertEquals("smtp.gmail.com", mail.smtp().host());
        assertEquals(587, mail.smtp().port());
        assertEquals(Security.STARTTLS, mail.smtp().security());
        assertEquals("alex.morgan@gmail.com", mail.smtp().username());
        assertTrue(mail.imap().saveSent());
        assertEquals("[Gmail]/Gesendet", mail.imap().sentFolder());
    }

    @Test
    void custom_is_the_default_and_keeps_todays_keys() throws IOException {
        Settings.Mail mail = load(config("""
                mode = live
                smtp { host = "mail.example.org", username = "alex" }
                imap { host = "mail.example.org", username = "alex" }
                """)).mail();

        assertEquals(Settings.Provider.CUSTOM, mail.provider());
        assertEquals(Auth.PASSWORD, mail.auth());
        assertEquals(587, mail.smtp().port());
        assertEquals(Security.STARTTLS, mail.smtp().security());
        assertEquals(993, mail.imap().server().port());
        assertTrue(mail.imap().saveSent());
        assertNull(mail.oauth2());
    }

    @Test
    void an_unknown_provider_is_refused_at_its_line_with_the_choices() throws IOException {
        Path config = config("mode = live\nprovider = hotmail");

        assertHasProblem(refused(config), "application.conf", 5, "followup.mail.provider",
                "\"hotmail\" is not one of gmail | outlook | office365 | fastmail | icloud | yahoo | custom");
    }

    @Test
    void microsoft_gets_the_tenants_endpoints_and_the_imap_smtp_and_offline_scopes() throws IOException {
        Settings.OAuth2 oauth = load(config("""
                mode = live, provider = office365
                oauth2 { client-id = "my-app", tenant = "contoso.onmicrosoft.com" }
                """)).mail().oauth2();

        assertEquals(Settings.IdentityProvider.MICROSOFT, oauth.provider());
        assertEquals(URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode"),
                oauth.deviceAuthorization());
        assertEquals(URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"),
                oauth.token());
        assertEquals(List.of("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send",
                "offline_access"), oauth.scopes());
        assertFalse(oauth.loopbackLogin());
        assertEquals(tmp.resolve("conf/oauth-token.json"), oauth.tokenFile(), "relative to the config file");
        assertNull(load(config("mode = live, provider = office365, oauth2 { client-id = \"my-app\" }"))
                .mail().smtp().password(), "signed in with a token, no password");
    }

    @Test
    void google_signs_in_through_the_browser_with_the_mail_scope() throws IOException {
        Settings.OAuth2 oauth = load(config("""
                mode = live, provider = gmail, auth = oauth2
                oauth2 { client-id = "123.apps.googleusercontent.com" }
                """)).mail().oauth2();

        assertEquals(Settings.IdentityProvider.GOOGLE, oauth.provider());
        assertEquals(URI.create("https://oauth2.googleapis.com/token"), oauth.token());
        assertEquals(URI.create("https://accounts.google.com/o/oauth2/v2/auth"), oauth.authorization());
        assertEquals(List.of("https://mail.google.com/"), oauth.scopes());
        assertTrue(oauth.loopbackLogin());
    }

    @Test
    void a_custom_oauth_provider_needs_its_token_endpoint_and_a_client_secret_in_the_file_is_refused()
            throws IOException {
        List<Problem> problems = refused(config("""
                mode = live, auth = oauth2
                smtp { host = "mail.example.org" }
                imap { host = "mail.example.org" }
                oauth2 {
                  client-id = "my-app"
                  client-secret = "s3cret-in-the-file"
                  device-authorization-endpoint = "https://login.example.org/device"
                }
                """));

        assertHasProblem(problems, "application.conf", 9, "followup.mail.oauth2.client-secret",
                "is written into the config file; put it in the environment variable FOLLOWUP_OAUTH_CLIENT_SECRET");
        assertFalse(problems.toString().contains("s3cret-in-the-file"));
    }

    @Test
    void an_endpoint_must_be_https() throws IOException {
        List<Problem> problems = refused(config("""
                mode = live, auth = oauth2
                smtp { host = "mail.example.org" }
                imap { host = "mail.example.org" }
                oauth2 { client-id = "my-app", token-endpoint = "http://login.example.org/token",
                         device-authorization-endpoint = "https://login.example.org/device" }
                """));

        assertHasProblem(problems, "application.conf", 7, "followup.mail.oauth2.token-endpoint",
                "\"http://login.example.org/token\" is not an https URL");
    }

    @Test
    void a_custom_oauth_provider_without_a_token_endpoint_is_refused() throws IOException {
        List<Problem> problems = refused(config("""
                mode = live, auth = oauth2
                smtp { host = "mail.example.org" }
                imap { host = "mail.example.org" }
                oauth2 { client-id = "my-app", device-authorization-endpoint = "https://login.example.org/device" }
                """));

        assertHasProblem(problems, "application.conf", 7, "followup.mail.oauth2.token-endpoint",
                "missing: with provider = custom, set token-endpoint");
    }
}
