package followup.auth;

/**
 * The token or device authorization endpoint answered with an OAuth2 error (RFC 6749 section 5.2, RFC 8628
 * section 3.5), or could not be reached. The message names the endpoint and the error, with what the endpoint said
 * about it; never a token or a secret (each is hidden there, see {@link OAuthClient}).
 *
 * @see #code()
 */
public final class OAuthError extends Exception {
    /** The error code when the endpoint could not be reached or gave no readable answer. */
    public static final String UNREACHABLE = "unreachable";

    private final String code;

    OAuthError(String code, String message) {
        super(message);
        this.code = code;
    }

    /** {@code authorization_pending}, {@code slow_down}, {@code invalid_grant}, ..., or {@link #UNREACHABLE}. */
    public String code() {
        return code;
    }
}
