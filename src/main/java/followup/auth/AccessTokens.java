package followup.auth;

import followup.config.Secret;
import followup.config.Settings;
import followup.mail.Login;
import followup.mail.SignInException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 access tokens for SMTP and IMAP (XOAUTH2), from the refresh token in the {@link TokenFile}: refreshed when
 * less than {@link #MARGIN} of their life is left, and once more when a server refuses one. The token file is read
 * at every refresh, so a {@code followup login} while the daemon runs takes effect at its next connection.
 *
 * <p>A refresh token that no longer works ({@code invalid_grant}: revoked, expired, a password change) is logged
 * once, as an error naming the fix, and reported by {@link SignInException} to every connection until the sign-in
 * works again. Shared by the SMTP and IMAP connections of one mailbox; thread-safe.
 */
public final class AccessTokens implements Login {
    /** A token with less life left than this is refreshed before use. */
    public static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    private final OAuthClient client;
    private final TokenFile file;
    private final Clock clock;
    private Secret access;
    private Instant expires = Instant.MIN;
    private String problem;

    public AccessTokens(OAuthClient client, TokenFile file, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The tokens of this client, from its token file. */
    public static AccessTokens of(Settings.OAuth2 client, Clock clock) {
        return new AccessTokens(new OAuthClient(client), new TokenFile(client.tokenFile(), client.loginCommand()), clock);
    }

    /** How a mailbox signs in: its OAuth2 tokens (one for both servers), or each server's password. */
    public static Login forServer(Settings.Mail mail, Settings.Server server, AccessTokens tokens) {
        return mail.auth() == Settings.Auth.OAUTH2 && tokens != null ? tokens : Login.password(server.password());
    }

    @Override
    public String mechanism() {
        return "XOAUTH2";
    }

    @Override
    public synchronized Secret secret() {
        if (access == null || !clock.instant().isBefore(expires.minus(MARGIN))) {
            refresh();
        }
        return access;
    }

    @Override
    public synchronized boolean renew() {
        refresh();
        return true;
    }

    private void refresh() {
        access = null;
        Secret refreshToken;
        try {
            refreshToken = file.read();
        } catch (SignInException e) {
            throw report(e);
        }
        Instant asked = clock.instant();
        OAuthClient.Tokens tokens;
        try {
            tokens = client.refresh(refreshToken);
        } catch (OAuthError e) {
            boolean app = e.code().equals("invalid_client") || e.code().equals("unauthorized_client");
            boolean dead = app || e.code().equals("invalid_grant");
            // invalid_client: the provider refused the app itself (a wrong client id, an expired or mistyped client
            // secret), which signing in again cannot mend; invalid_grant: the refresh token, which it can
            throw report(new SignInException(app
                    ? "the OAuth2 provider refused followup's app registration (" + e.getMessage() + "): check"
                    + " mail.oauth2.client-id and the client secret (mail.oauth2.client-secret, or"
                    + " FOLLOWUP_OAUTH_CLIENT_SECRET; a secret made in the provider's console expires) against the"
                    + " app registration; signing in again does not help until they are right"
                    : dead ? "the OAuth2 sign-in no longer works (" + e.getMessage() + "): run `"
                    + client.settings().loginCommand() + "` again"
                    : "the OAuth2 access token could not be refreshed (" + e.getMessage() + ")", dead));
        }
        access = tokens.access();
        expires = asked.plus(tokens.expiresIn());
        if (tokens.refresh() != null && !tokens.refresh().equals(refreshToken)) {
            try {
                file.write(tokens.refresh(), asked);        // a rotated refresh token replaces the old one
            } catch (IOException e) {
                LOG.warn("Could not keep the new refresh token in {} ({}); the old one is kept",
                        file.path(), e.getClass().getSimpleName());
            }
        }
        if (problem != null) {
            LOG.info("OAuth2 sign-in works again");
            problem = null;
        }
    }

    /** Logs a sign-in problem once (and again only when it changes). */
    private SignInException report(SignInException e) {
        if (!e.getMessage().equals(problem)) {
            problem = e.getMessage();
            if (e.needsLogin()) {
                LOG.error("Nothing can be sent or checked: {}", e.getMessage());
            } else {
                LOG.warn("{}", e.getMessage());
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return "AccessTokens[" + file.path() + "]";
    }
}
