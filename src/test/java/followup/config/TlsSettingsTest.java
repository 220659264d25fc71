package followup.config;

import static followup.config.Corpus.assertHasProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import followup.mail.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followup.mail.tls}: the trust store is read once into the settings, relative to the config file, with
 * its password from the environment (here: an override without a file, as an environment variable would be).
 */
class TlsSettingsTest {
    private static final TestPki PKI = TestPki.get();

    @TempDir
    Path tmp;

    /** conf/application.conf with {@code tls { ... }}; the trust store, if given, copied to conf/ca/trusted.p12. */
    private Path config(String tls, Path store) throws IOException {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        if (store != null) {
            Files.copy(store, Files.createDirectories(conf.resolve("ca")).resolve("trusted.p12"));
        }
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail {
                    tls { %s }
                  }
                }
                """.formatted(tls));
        return config;
    }

    private static Config password(String value) {
        return ConfigFactory.parseMap(Map.of("followup.mail.tls.trust-store-password", value));
    }

    private static List<Problem> refused(Path config, Config overrides) {
        try {
            SettingsLoader.load(config, overrides);
        } catch (BadInputException e) {
            return e.problems();
        }
        throw new AssertionError(config + " was accepted");
    }

    @Test
    void without_a_trust_store_both_servers_use_the_jdk_default_trust() throws IOException {
        Settings settings = SettingsLoader.load(config("", null));

        assertSame(Settings.Tls.JDK_DEFAULT, settings.mail().smtp().tls());
        assertSame(Settings.Tls.JDK_DEFAULT, settings.mail().imap().server().tls());
    }

    @Test
    void the_trust_store_is_read_relative_to_the_config_file_for_both_servers() throws IOException {
        Path config = config("trust-store = \"ca/trusted.p12\"", PKI.trustStore());

        Settings settings = SettingsLoader.load(config, password(TestPki.STORE_PASSWORD));

        Settings.Tls tls = settings.mail().smtp().tls();
        assertEquals(config.getParent().resolve("ca/trusted.p12").toAbsolutePath().normalize(), tls.trustStore());
        assertEquals(2, tls.trusted().size(), "the server certificate and the other host's");
        assertEquals(tls, settings.mail().imap().server().tls());
        assertTrue(tls.toString().contains("password=(hidden)"), tls.toString());
        assertFalse(settings.toString().contains(TestPki.STORE_PASSWORD), settings.toString());
    }

    @Test
    void a_wrong_password_is_a_problem_at_the_trust_store_line_without_the_password() throws IOException {
        Path config = config("trust-store = \"ca/trusted.p12\"", PKI.trustStore());

        List<Problem> problems = refused(config, password("Wrong-3e8a-password"));

        assertHasProblem(problems, "application.conf", 4, "followup.mail.tls.trust-store",
                "\"ca/trusted.p12\" cannot be opened with the password in FOLLOWUP_TRUST_STORE_PASSWORD (the password"
                        + " is wrong)");
        problems.forEach(p -> assertFalse(p.toString().contains("Wrong-3e8a"), p::toString));
    }

    @Test
    void a_missing_password_says_which_environment_variable_to_set() throws IOException {
        Path config = config("trust-store = \"ca/trusted.p12\"", PKI.trustStore());

        List<Problem> problems = refused(config, ConfigFactory.parseMap(Map.of()));

        assertHasProblem(problems, "application.conf", 4, "followup.mail.tls.trust-store",
                "cannot be read without its password: set the environment variable FOLLOWUP_TRUST_STORE_PASSWORD");
    }

    @Test
    void a_trust_store_without_a_certificate_is_refused() throws IOException, GeneralSecurityException {
        Path empty = tmp.resolve("empty.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (OutputStream out = Files.newOutputStream(empty)) {
            store.store(out, TestPki.STORE_PASSWORD.toCharArray());
        }
        Path config = config("trust-store = \"ca/trusted.p12\"", empty);

        List<Problem> problems = refused(config, password(TestPki.STORE_PASSWORD));

        assertHasProblem(problems, "application.conf", 4, "followup.mail.tls.trust-store",
                "holds no certificate; import your CA's: create it with keytool -importcert");
    }

    @Test
    void a_server_keystore_is_trusted_for_the_certificate_it_holds() throws IOException {
        Path config = config("trust-store = \"ca/trusted.p12\"", PKI.serverKeystore());

        Settings settings = SettingsLoader.load(config, password(new String(TestPki.serverPassword())));

        assertEquals(1, settings.mail().smtp().tls().trusted().size());
    }
}
