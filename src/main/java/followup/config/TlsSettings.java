package followup.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads {@code followup.mail.tls}: the trust store for mail servers with a private CA or a self-signed
 * certificate. The PKCS12 file is opened once, here, and its certificates are kept in {@link Settings.Tls}; its
 * password comes from the environment only, like the mail passwords.
 */
final class TlsSettings {
    static final String ENV = "FOLLOWUP_TRUST_STORE_PASSWORD";
    private static final String STORE = "trust-store";
    private static final String PASSWORD = "trust-store-password";
    private static final String HOW = "create it with keytool -importcert -alias my-ca -file ca.pem -keystore"
            + " private-ca.p12 -storetype PKCS12";

    private TlsSettings() {
    }

    /**
     * @param base the config file's directory: a relative {@code trust-store} is resolved against it
     * @return the settings, or null after recording a problem in {@code f}
     */
    static Settings.Tls read(Fields f, Path base) {
        boolean literal = refuseLiteralPassword(f);
        if (!f.has(STORE)) {
            return literal ? null : Settings.Tls.JDK_DEFAULT;
        }
        String name = f.line(STORE, false, "\"private-ca.p12\"");
        if (name == null) {
            return null;
        }
        if (name.isBlank()) {
            f.problem(STORE, "is empty (a valid value names a PKCS12 file, relative to this config file: "
                    + STORE + " = \"private-ca.p12\"; or leave it out to trust the public CAs only)");
            return null;
        }
        Path path = base.resolve(name).normalize();
        if (!Files.isRegularFile(path)) {
            f.problem(STORE, "\"" + name + "\" does not exist" + (path.toString().equals(name) ? "" : " (looked for "
                    + path + ")") + "; it must name a PKCS12 file holding your mail server's CA certificate, relative"
                    + " to this config file (" + HOW + ")");
            return null;
        }
        if (literal) {
            return null;
        }
        Secret password = f.has(PASSWORD) ? f.secret(PASSWORD) : null;
        if (password == null && !f.secretsNeeded()) {
            // a command that never signs in, run where the password is not (the daemon's service environment):
            // the store stays unread, and these settings sign in to no server
            return Settings.Tls.JDK_DEFAULT;
        }
        List<X509Certificate> trusted = certificates(f, name, path, password);
        return trusted == null ? null : new Settings.Tls(path, password, trusted);
    }

    /** A password written into the config file is refused: it must come from the environment. */
    private static boolean refuseLiteralPassword(Fields f) {
        if (f.writtenInFile(PASSWORD)) {
            f.problem(PASSWORD, "is written into the config file; put it in the environment variable " + ENV + " ("
                    + PASSWORD + " = ${?" + ENV + "}), never in the config");
            return true;
        }
        return false;
    }

    /** The certificates the store trusts, or null after recording why it cannot be used. */
    private static List<X509Certificate> certificates(Fields f, String name, Path path, Secret password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(path)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password == null ? null : password.reveal().toCharArray());
        } catch (AccessDeniedException e) {
            f.problem(STORE, "\"" + name + "\" cannot be read (permission denied)");
            return null;
        } catch (IOException | GeneralSecurityException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                f.problem(STORE, "\"" + name + "\" cannot be opened with the password in " + ENV
                        + " (the password is wrong); set " + ENV + " to the trust store's password");
            } else {
                f.problem(STORE, "\"" + name + "\" is not a PKCS12 trust store (" + describe(e) + "); " + HOW);
            }
            return null;
        }
        List<X509Certificate> trusted = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.isKeyEntry(alias) ? first(store.getCertificateChain(alias))
                        : store.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    trusted.add(x);
                }
            }
        } catch (GeneralSecurityException e) {
            f.problem(STORE, "\"" + name + "\" cannot be read (" + describe(e) + ")");
            return null;
        }
        if (trusted.isEmpty()) {
            f.problem(STORE, password == null
                    ? "\"" + name + "\" cannot be read without its password: set the environment variable " + ENV
                    : "\"" + name + "\" holds no certificate; import your CA's: " + HOW);
            return null;
        }
        return trusted;
    }

    private static Certificate first(Certificate[] chain) {
        return chain == null || chain.length == 0 ? null : chain[0];
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
