package followup.mail;

import followup.config.Secret;

/**
 * How the SMTP and IMAP connections sign in: a password, or an OAuth2 access token (SASL {@code XOAUTH2}) that the
 * {@code auth} package keeps fresh. The secret goes to the server only; it never appears in a result, an exception
 * or a log line.
 */
public interface Login {
    /** The SASL mechanism to use, {@code XOAUTH2}; null for the server's password mechanisms. */
    String mechanism();

    /**
     * The password, or an access token valid for a while yet; null when there is nothing to sign in with.
     *
     * @throws SignInException when no token can be had (the sign-in must be renewed with {@code followup login})
     */
    Secret secret();

    /**
     * Called after a server refused {@link #secret()}: true when a fresh one was obtained and one more try is worth
     * it (an OAuth2 token refreshed), false for a password.
     *
     * @throws SignInException when refreshing showed that the sign-in no longer works
     */
    boolean renew();

    /**
     * Signs in with this password (null: none, the server is not logged in to). A password from a {@code
     * password-file} is read again when a server refuses it ({@link #renew()}): a password the user fixed in the
     * file is used from the next sign-in on, without a restart.
     */
    static Login password(Secret password) {
        return new PasswordLogin(password);
    }
}
