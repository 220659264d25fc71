package followup.auth;

import followup.mail.SignInException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code followup login} by the device authorization grant (RFC 8628), for Microsoft and custom providers: shows
 * where to sign in and the code to enter, polls the token endpoint every {@code interval} (five seconds more after
 * each {@code slow_down}), and keeps the refresh token once the user has signed in. Gives up on
 * {@code expired_token}, {@code access_denied} or when the code's lifetime is over.
 */
public final class DeviceLogin {
    private static final Duration SLOW_DOWN = Duration.ofSeconds(5);
    /** The longest pause between polls after polls the endpoint could not answer. */
    private static final Duration MAX_BACK_OFF = Duration.ofMinutes(1);
    /** Polls in a row the endpoint may leave unanswered before the login gives up. */
    private static final int MAX_UNANSWERED = 4;

    private final OAuthClient client;
    private final TokenFile file;
    private final PrintWriter err;
    private final Pause pause;
    private final Clock clock;

    public DeviceLogin(OAuthClient client, TokenFile file, PrintWriter err, Pause pause, Clock clock) {
        this.client = client;
        this.file = file;
        this.err = err;
        this.pause = pause;
        this.clock = clock;
    }

    /** Signs in; the refresh token is then in the token file. */
    public void run() throws InterruptedException {
        OAuthClient.DeviceCode code;
        try {
            code = client.deviceAuthorization();
        } catch (OAuthError e) {
            throw new SignInException("sign-in could not start: " + e.getMessage(), true);
        }
        err.println("To sign in, open " + code.verificationUri() + " in a browser and enter the code " + code.userCode());
        err.println("Waiting for you to sign in (the code is valid for " + code.expiresIn().toMinutes()
                + " minutes)...");
        err.flush();
        Duration interval = code.interval().isZero() ? SLOW_DOWN : code.interval();
        Instant deadline = clock.instant().plus(code.expiresIn());
        int unanswered = 0;
        while (clock.instant().isBefore(deadline)) {
            pause.pause(interval);
            try {
                keep(client.deviceToken(code));
                return;
            } catch (OAuthError e) {
                unanswered = e.code().equals(OAuthError.UNREACHABLE) ? unanswered + 1 : 0;
                switch (e.code()) {
                    case "authorization_pending" -> {
                    }
                    // a timeout or a gateway's 5xx while the user enters the code: back off and poll on (RFC 8628
                    // section 3.5), a few times in a row at most
                    case OAuthError.UNREACHABLE -> {
                        if (unanswered > MAX_UNANSWERED) {
                            throw new SignInException("sign-in failed: " + e.getMessage(), true);
                        }
                        interval = interval.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF
                                : interval.multipliedBy(2);
                    }
                    case "slow_down" -> interval = interval.plus(SLOW_DOWN);
                    case "expired_token" -> throw new SignInException("the code " + code.userCode() + " expired"
                            + " before the sign-in was finished: " + again(), true);
                    case "access_denied" -> throw new SignInException("the sign-in was declined (access_denied):"
                            + " " + again() + " and accept the permissions asked for", true);
                    default -> throw new SignInException("sign-in failed: " + e.getMessage(), true);
                }
            }
        }
        throw new SignInException("the code " + code.userCode() + " expired before the sign-in was finished: "
                + again(), true);
    }

    /** {@code run `followup login` again}, with the candidate who signs in. */
    private String again() {
        return "run `" + client.settings().loginCommand() + "` again";
    }

    private void keep(OAuthClient.Tokens tokens) {
        if (tokens.refresh() == null) {
            throw new SignInException("signed in, but no refresh token was given (the scope offline_access is"
                    + " needed): add it to " + client.settings().key("scopes") + " and " + again(), true);
        }
        try {
            file.write(tokens.refresh(), clock.instant());
        } catch (IOException e) {
            throw new SignInException("signed in, but the token file " + file.path() + " cannot be written ("
                    + e.getClass().getSimpleName() + ")", true);
        }
    }
}
