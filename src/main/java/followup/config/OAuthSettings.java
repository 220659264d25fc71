package followup.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code followup.mail.oauth2}: the user's own OAuth2 client, with the endpoints and scopes of its provider
 * where the file sets none. The client secret comes from the environment only, like the mail passwords.
 */
final class OAuthSettings {
    static final String SECRET_ENV = "FOLLOWUP_OAUTH_CLIENT_SECRET";
    private static final String MICROSOFT = "https://login.microsoftonline.com/";
    private static final List<String> MICROSOFT_SCOPES = List.of("https://outlook.office.com/IMAP.AccessAsUser.All",
            "https://outlook.office.com/SMTP.Send", "offline_access");
    private static final URI GOOGLE_AUTHORIZATION = URI.create("https://accounts.google.com/o/oauth2/v2/auth");
    private static final URI GOOGLE_TOKEN = URI.create("https://oauth2.googleapis.com/token");
    private static final List<String> GOOGLE_SCOPES = List.of("https://mail.google.com/");

    private OAuthSettings() {
    }

    /**
     * @param base     the config file's directory: a relative {@code token-file} is resolved against it
     * @param required  true in live mode: then a client id must be set
     * @param candidate who signs in, named in the command that renews the sign-in
     * @return the client, or null after recording a problem in {@code f}
     */
    static Settings.OAuth2 read(Fields f, Path base, boolean required, String candidate) {
        Settings.IdentityProvider provider = f.choice("provider", Settings.IdentityProvider.class, true);
        String clientId = f.line("client-id", required, "\"00000000-0000-0000-0000-000000000000\"");
        Secret secret = null;
        if (f.writtenInFile("client-secret")) {
            f.problem("client-secret", "is written into the config file; put it in the environment variable "
                    + SECRET_ENV + " (client-secret = ${?" + SECRET_ENV + "}), never in the config");
        } else if (f.has("client-secret")) {
            secret = f.secret("client-secret");
        }
        String tenant = f.line("tenant", true, "\"common\"");
        if (tenant != null && !tenant.matches("[A-Za-z0-9.-]+")) {
            f.problem("tenant", "\"" + tenant + "\" is not a tenant (a valid value looks like tenant = \"common\","
                    + " \"consumers\", \"organizations\" or your directory's id)");
            tenant = null;
        }
        URI device = endpoint(f, "device-authorization-endpoint");
        URI token = endpoint(f, "token-endpoint");
        URI authorization = endpoint(f, "authorization-endpoint");
        List<String> scopes = f.lines("scopes", "[\"offline_access\"]");
        String tokenFile = f.line("token-file", true, "\"oauth-token.json\"");
        if (provider == null || tenant == null || tokenFile == null || !f.problems().isEmpty()) {
            return null;
        }
        switch (provider) {
            case MICROSOFT -> {
                String root = MICROSOFT + tenant + "/oauth2/v2.0/";
                device = device != null ? device : URI.create(root + "devicecode");
                token = token != null ? token : URI.create(root + "token");
                authorization = authorization != null ? authorization : URI.create(root + "authorize");
                scopes = scopes.isEmpty() ? MICROSOFT_SCOPES : scopes;
            }
            case GOOGLE -> {
                token = token != null ? token : GOOGLE_TOKEN;
                authorization = authorization != null ? authorization : GOOGLE_AUTHORIZATION;
                scopes = scopes.isEmpty() ? GOOGLE_SCOPES : scopes;
            }
            case CUSTOM -> {
                if (token == null) {
                    f.problem("token-endpoint", "missing: with provider = custom, set token-endpoint (a valid value"
                            + " looks like token-endpoint = \"https://login.example.com/oauth2/token\")");
                }
                if (device == null && authorization == null) {
                    f.problem("device-authorization-endpoint", "missing: with provider = custom, set"
                            + " device-authorization-endpoint (RFC 8628) or authorization-endpoint (a browser on"
                            + " this machine)");
                }
            }
        }
        if (clientId == null || token == null || device == null && authorization == null) {
            return null;
        }
        return new Settings.OAuth2(provider, clientId, secret, device, token, authorization, scopes,
                base.resolve(tokenFile).normalize(), candidate);
    }

    /** An https URL, or http to this machine (a test server); null when not set or bad. */
    private static URI endpoint(Fields f, String key) {
        String s = f.line(key, false, "\"https://login.example.com/oauth2/token\"");
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean local = uri.getHost() != null && MailSettings.isLoopback(uri.getHost());
            if (uri.getHost() != null && (scheme.equals("https") || scheme.equals("http") && local)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.problem(key, "\"" + s + "\" is not an https URL (a valid value looks like " + key
                + " = \"https://login.example.com/oauth2/token\"; http only to this machine)");
        return null;
    }
}
