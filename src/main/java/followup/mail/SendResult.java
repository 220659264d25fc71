package followup.mail;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one SMTP attempt, as {@link SmtpSender#send} reports it. The four cases map onto the delivery
 * guarantees: only {@link Accepted} may be recorded as sent; {@link Temporary} is retried with back-off;
 * {@link Permanent} fails at once; {@link Uncertain} must be resolved (sent folder lookup) before any resend.
 * No text in a result ever contains the SMTP password.
 */
public sealed interface SendResult {

    /**
     * The server answered 250 to the end of DATA. reply = the server's last response line, e.g. "250 OK queued as
     * 12345". refusedCopies = the Cc addresses the server refused at RCPT while it took the message for the others
     * (the debrief's friend, unknown to the server): the message went out without them.
     */
    record Accepted(String reply, List<Refused> refusedCopies) implements SendResult {
        public Accepted {
            Objects.requireNonNull(reply, "reply");
            refusedCopies = List.copyOf(refusedCopies);
        }

        public Accepted(String reply) {
            this(reply, List.of());
        }
    }

    /**
     * A recipient the server refused at RCPT, its reply code and its reply, e.g. 550 and "550 5.1.1 <x>: Recipient
     * address rejected".
     */
    record Refused(String address, int code, String reply) {
        public Refused {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reply, "reply");
        }

        /** A 5xx: the address is refused for good (a 4xx may be taken another time). */
        public boolean permanent() {
            return code >= 500;
        }
    }

    /**
     * Certainly not delivered, worth retrying: a 4xx reply, or a connection failure before the message data was sent
     * (connect refused, timeout during greeting/EHLO/AUTH/MAIL/RCPT, dropped connection before DATA).
     */
    record Temporary(String reply) implements SendResult {
        public Temporary {
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * Certainly not delivered, not worth retrying: a 5xx reply (to MAIL, RCPT or end of DATA), or an authentication
     * failure (535) — the reply is kept verbatim (it is shown to the user).
     */
    record Permanent(String reply) implements SendResult {
        /** What the text of a refused login says, after "SMTP host:port" ({@link #refusedLogin}). */
        private static final String REFUSED_LOGIN = " refused the login of ";
        /** What the text says when the server does not offer the mechanism ({@link #mechanismNotOffered}). */
        private static final String NOT_OFFERED = " does not offer ";
        /** What the text says when the server offers no mechanism a password signs in with. */
        private static final String NO_PASSWORD_SIGN_IN = " offers no sign-in followup can use with a password";

        public Permanent {
            Objects.requireNonNull(reply, "reply");
        }

        /** The server refused the login of {@code username}: {@code why} is its reply, or what went wrong. */
        static Permanent refusedLogin(String where, String username, String why) {
            return new Permanent("SMTP " + where + REFUSED_LOGIN + username + ": " + why);
        }

        /**
         * The server does not offer {@code mechanism} (XOAUTH2), the only one the login may use: no credentials were
         * sent. {@code offered} is what its EHLO offered for AUTH ("" for nothing).
         */
        static Permanent mechanismNotOffered(String where, String mechanism, String offered) {
            return new Permanent("SMTP " + where + NOT_OFFERED + mechanism + " (OAuth2) sign-in"
                    + (offered.isEmpty() ? " nor any other" : " (it offers " + offered + ")")
                    + ", so the access token was not sent");
        }

        /**
         * The server offers AUTH, but only mechanisms a password cannot sign in with (CRAM-MD5, say): the password
         * was not sent. {@code offered} is what its EHLO offered for AUTH.
         */
        static Permanent noPasswordSignIn(String where, String offered) {
            return new Permanent("SMTP " + where + NO_PASSWORD_SIGN_IN + " (it offers only " + (offered.isEmpty()
                    ? "an empty AUTH" : offered) + "; followup signs in with PLAIN, LOGIN, DIGEST-MD5 or NTLM),"
                    + " so the password was not sent");
        }

        /** True when the server offers no mechanism a password signs in with ({@link #noPasswordSignIn}). */
        public boolean noPasswordSignIn() {
            return reply.startsWith("SMTP ") && reply.contains(NO_PASSWORD_SIGN_IN);
        }

        /**
         * True when the server refused the login, not the message (530, 534 or 535 to AUTH), or does not offer the
         * way this login signs in ({@link #mechanismNotOffered()}).
         */
        public boolean loginRefused() {
            return reply.startsWith("SMTP ") && (reply.contains(REFUSED_LOGIN) || reply.contains(NOT_OFFERED)
                    || reply.contains(NO_PASSWORD_SIGN_IN));
        }

        /** True when the server does not offer OAuth2 sign-in (XOAUTH2), which this login must use. */
        public boolean mechanismNotOffered() {
            return reply.startsWith("SMTP ") && reply.contains(NOT_OFFERED);
        }
    }

    /**
     * Unknown: the connection failed after the message data was (partly) sent but before the server's reply to the
     * end of DATA was read. The message may or may not have been delivered.
     */
    record Uncertain(String why) implements SendResult {
        public Uncertain {
            Objects.requireNonNull(why, "why");
        }
    }
}
