package followup.mail;

import followup.config.Secret;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Login#password}: a password, read again from its {@code password-file} after a server refused it. */
final class PasswordLogin implements Login {
    private static final Logger LOG = LoggerFactory.getLogger(Login.class);
    private volatile Secret current;

    PasswordLogin(Secret password) {
        this.current = password;
    }

    @Override
    public String mechanism() {
        return null;
    }

    @Override
    public Secret secret() {
        return current;
    }

    /** True when the password's file now holds another password: the next sign-in uses it. */
    @Override
    public synchronized boolean renew() {
        Secret refused = current;
        if (refused == null) {
            return false;
        }
        Optional<Secret> fixed = refused.reread(problem -> LOG.warn("The server refused the password, and the {}",
                problem));
        if (fixed.isEmpty()) {
            return false;
        }
        current = fixed.get();
        LOG.info("The server refused the password; its password-file holds a new one, which is tried now");
        return true;
    }

    @Override
    public String toString() {
        return "Login[password " + (current == null ? "(none)" : "(hidden)") + "]";
    }
}
