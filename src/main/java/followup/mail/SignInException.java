package followup.mail;

import followup.FollowupException;

/**
 * No secret to sign in with: the OAuth2 sign-in is missing or no longer works (a refresh token revoked or expired,
 * {@code invalid_grant}), or the token endpoint cannot be reached. The message says what to do; it never holds a
 * token or a secret.
 *
 * @see Login#secret()
 */
public class SignInException extends FollowupException {
    private final boolean needsLogin;

    /** @param needsLogin true when only {@code followup login} can fix it; false for a passing failure (network) */
    public SignInException(String message, boolean needsLogin) {
        super(message);
        this.needsLogin = needsLogin;
    }

    /** True when the user must sign in again; false when a later try may work by itself. */
    public boolean needsLogin() {
        return needsLogin;
    }
}
