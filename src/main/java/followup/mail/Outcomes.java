package followup.mail;

import followup.config.Secret;
import followup.config.Settings;
import followup.mail.TrackingTransport.Phase;
import followup.mail.TrackingTransport.Reply;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Maps a failed SMTP attempt to a {@link SendResult}, from how far the message got (the transport's phase) and the
 * replies the server gave. Server replies are kept verbatim; everything else says where and what happened.
 */
final class Outcomes {
    private static final String NESTED = ";\n  nested exception is:";

    private Outcomes() {
    }

    /**
     * The result of an attempt that ended with {@code failure}.
     *
     * @param transport the transport of the attempt, or null if none was created
     * @param server    the server, named in messages that are not a server reply
     */
    static SendResult failed(Exception failure, TrackingTransport transport, Settings.Server server) {
        String where = server.host() + ":" + server.port();
        Phase phase = transport == null ? Phase.CONNECTING : transport.phase();
        if (phase == Phase.CONNECTING) { // TLS and STARTTLS are negotiated here; later failures keep their meaning
            Optional<String> tls = TlsTrust.explain(failure, server, "SMTP");
            if (tls.isPresent()) {
                return new SendResult.Temporary(tls.get());
            }
        }
        if (phase.dataSent()) {
            return afterData(failure, transport.endOfData(), where);
        }
        Reply reply = smtpReply(failure);
        if (reply == null && transport != null && transport.lastReply() != null && transport.lastReply().isError()) {
            reply = transport.lastReply();
        }
        if (failure instanceof AuthenticationFailedException && transport != null
                && transport.mechanismNotOffered() != null) {
            return SendResult.Permanent.mechanismNotOffered(where, transport.mechanismNotOffered(),
                    transport.offeredMechanisms());
        }
        if (failure instanceof AuthenticationFailedException && transport != null
                && transport.noPasswordMechanismOffered()) {
            return SendResult.Permanent.noPasswordSignIn(where, transport.authOffered());
        }
        if (failure instanceof AuthenticationFailedException && !connectionLost(failure, transport)) {
            return SendResult.Permanent.refusedLogin(where, server.username(),
                    reply != null ? reply.text() : summary(failure));
        }
        if (reply != null) {
            return byCode(reply);
        }
        String advice = phase == Phase.CONNECTING ? SmtpCheck.portAndSecurity(server, "smtp").map(a -> " (" + a + ")")
                .orElse("") : "";
        return new SendResult.Temporary("SMTP " + where + " " + describe(phase) + ": " + summary(failure) + advice);
    }

    /** Replaces every occurrence of the password (or access token) in the result's text. */
    static SendResult redact(SendResult result, Secret password) {
        if (password == null || password.isEmpty()) {
            return result;
        }
        if (result instanceof SendResult.Accepted a) {
            return new SendResult.Accepted(password.redact(a.reply()), a.refusedCopies().stream()
                    .map(r -> new SendResult.Refused(r.address(), r.code(), password.redact(r.reply()))).toList());
        }
        if (result instanceof SendResult.Temporary t) {
            return new SendResult.Temporary(password.redact(t.reply()));
        }
        if (result instanceof SendResult.Permanent p) {
            return new SendResult.Permanent(password.redact(p.reply()));
        }
        SendResult.Uncertain u = (SendResult.Uncertain) result;
        return new SendResult.Uncertain(password.redact(u.why()));
    }

    /** A server response without its trailing line end ("" for null). */
    static String strip(String response) {
        return response == null ? "" : response.stripTrailing();
    }

    private static SendResult afterData(Exception failure, Reply endOfData, String where) {
        if (endOfData != null && endOfData.code() == 250) {
            return new SendResult.Accepted(endOfData.text(), refused(failure));
        }
        if (endOfData != null && endOfData.isError()) {
            return byCode(endOfData);
        }
        if (endOfData != null && endOfData.code() >= 0) {
            return new SendResult.Uncertain("SMTP " + where + ": the server answered the end of the message data"
                    + " with an unexpected reply (" + endOfData.text() + "); the message may or may not have been"
                    + " delivered");
        }
        return new SendResult.Uncertain("SMTP " + where + ": the connection failed after the message data was sent"
                + " and before the server's reply to it was read (" + summary(failure)
                + "); the message may or may not have been delivered");
    }

    /** The recipients refused at RCPT of a message the server took for the others (a partial send). */
    private static List<SendResult.Refused> refused(Exception failure) {
        List<SendResult.Refused> out = new ArrayList<>();
        for (Throwable t : chain(failure)) {
            if (t instanceof SMTPAddressFailedException e && e.getAddress() != null) {
                out.add(new SendResult.Refused(e.getAddress().getAddress(), e.getReturnCode(), strip(ownMessage(e))));
            }
        }
        return out;
    }

    private static SendResult byCode(Reply reply) {
        return reply.code() >= 500 ? new SendResult.Permanent(reply.text()) : new SendResult.Temporary(reply.text());
    }

    /** The worst 4xx/5xx reply carried by an Angus SMTP exception in the chain (5xx before 4xx), or null. */
    private static Reply smtpReply(Throwable failure) {
        Reply found = null;
        for (Throwable t : chain(failure)) {
            int code = code(t);
            if (code >= 400 && code <= 599 && (found == null || found.code() < 500 && code >= 500)) {
                found = new Reply(code, strip(ownMessage(t)));
            }
        }
        return found;
    }

    private static int code(Throwable t) {
        if (t instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        return -1;
    }

    private static boolean connectionLost(Exception failure, TrackingTransport transport) {
        if (transport == null || transport.lastReply() == null || transport.lastReply().code() < 0) {
            return true;
        }
        return chain(failure).stream().anyMatch(IOException.class::isInstance);
    }

    private static String describe(Phase phase) {
        return switch (phase) {
            case CONNECTING -> "while connecting";
            case CONNECTED, ENVELOPE, DATA_COMMAND -> "before the message data was sent";
            case MESSAGE, ACCEPTED -> "after the message data was sent";
        };
    }

    /** The failure's own message and, if it adds something, its root cause's. */
    static String summary(Throwable failure) {
        List<Throwable> chain = chain(failure);
        String own = ownMessage(failure);
        if ("[EOF]".equals(strip(own))) {
            own = "the server closed the connection";
        }
        Throwable root = chain.get(chain.size() - 1);
        String rootText = root == failure ? null : ownMessage(root);
        if (rootText == null || rootText.isBlank()) {
            rootText = root == failure ? null : root.getClass().getSimpleName();
        }
        String text = own == null || own.isBlank() ? failure.getClass().getSimpleName() : strip(own);
        return rootText == null || text.contains(rootText) ? text : text + ": " + strip(rootText);
    }

    /** A MessagingException's message without the "nested exception is" tail jakarta.mail appends. */
    private static String ownMessage(Throwable t) {
        String m = t.getMessage();
        if (m != null && t instanceof MessagingException) {
            int i = m.indexOf(NESTED);
            if (i >= 0) {
                m = m.substring(0, i);
            }
        }
        return m;
    }

    /** The failure, its next exceptions and causes, each once. */
    static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> out = new ArrayList<>();
        Throwable t = failure;
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            out.add(t);
            Throwable next = t instanceof MessagingException m ? m.getNextException() : null;
            t = next != null ? next : t.getCause();
        }
        return out;
    }
}
