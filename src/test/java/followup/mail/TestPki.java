package followup.mail;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import followup.config.Secret;
import followup.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Certificates for TLS tests, made once per test JVM with the JDK's {@code keytool} in a temporary directory
 * (removed when the JVM exits):
 * <ul>
 * <li>{@link #serverKeystore()}: the key and self-signed certificate of a mail server on this machine
 * ({@code SAN ip:127.0.0.1,dns:localhost}); GreenMail's SMTPS and IMAPS servers present it;</li>
 * <li>{@link #otherHostKeystore()}: the same for {@code mail.other.example} only (a host-name mismatch);</li>
 * <li>{@link #trustStore()}: a PKCS12 trust store holding both certificates above;</li>
 * <li>{@link #unrelatedTrustStore()}: one holding only an unrelated certificate.</li>
 * </ul>
 * GreenMail reads its server keystore once per JVM, from the system property {@code greenmail.tls.keystore.file},
 * when its first SMTPS or IMAPS server starts. So every test class that starts one calls {@link #get()} first (a
 * static field declared before its GreenMail extension); {@link #get()} fails loudly if GreenMail was already set
 * up with another keystore.
 */
public final class TestPki {
    /** The password of both trust stores. */
    public static final String STORE_PASSWORD = "Trust-4c9e1b-store";
    private static final String SERVER_PASSWORD = "Server-7f3a2d-keys";
    private static final String SERVER = "followup-test-server";
    private static final String OTHER = "followup-test-other-host";
    private static final String UNRELATED = "followup-test-unrelated";
    private static TestPki instance;

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** The certificates, made on first use, with GreenMail's TLS servers set up to present {@link #serverKeystore}. */
    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("followup-test-pki");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                TestPki pki = new TestPki(dir);
                pki.make();
                pki.installInGreenMail();
                instance = pki;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException | InterruptedException e) {
                throw new IllegalStateException("cannot make the test certificates", e);
            }
        }
        return instance;
    }

    public Path serverKeystore() {
        return dir.resolve("server.p12");
    }

    public Path otherHostKeystore() {
        return dir.resolve("other-host.p12");
    }

    public Path trustStore() {
        return dir.resolve("trusted.p12");
    }

    public Path unrelatedTrustStore() {
        return dir.resolve("unrelated.p12");
    }

    /** The password of {@link #serverKeystore} and {@link #otherHostKeystore}. */
    public static char[] serverPassword() {
        return SERVER_PASSWORD.toCharArray();
    }

    /** The TLS settings for a trust store made here, as the settings loader would read them. */
    public Settings.Tls tls(Path trustStore) {
        try {
            KeyStore store = load(trustStore, STORE_PASSWORD.toCharArray());
            List<X509Certificate> trusted = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                trusted.add((X509Certificate) store.getCertificate(alias));
            }
            return new Settings.Tls(trustStore, Secret.of(STORE_PASSWORD), trusted);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void make() throws IOException, GeneralSecurityException, InterruptedException {
        List<Process> keytools = List.of(
                keytool(SERVER, "CN=localhost", "san=ip:127.0.0.1,dns:localhost", serverKeystore()),
                keytool(OTHER, "CN=mail.other.example", "san=dns:mail.other.example", otherHostKeystore()),
                keytool(UNRELATED, "CN=unrelated.example", "san=dns:unrelated.example", dir.resolve("unrelated-key.p12")));
        for (Process p : keytools) {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(p.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        trustStoreOf(trustStore(), certificate(serverKeystore(), SERVER), certificate(otherHostKeystore(), OTHER));
        trustStoreOf(unrelatedTrustStore(), certificate(dir.resolve("unrelated-key.p12"), UNRELATED));
    }

    /** {@code keytool -genkeypair}: a key and its self-signed certificate, valid from yesterday for a week. */
    private static Process keytool(String alias, String dname, String san, Path keystore) throws IOException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        return new ProcessBuilder(tool.toString(), "-genkeypair", "-alias", alias, "-keyalg", "EC",
                "-dname", dname, "-ext", san, "-startdate", "-1d", "-validity", "7", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", SERVER_PASSWORD, "-keypass", SERVER_PASSWORD)
                .redirectErrorStream(true).start();
    }

    private static Certificate certificate(Path keystore, String alias) throws IOException, GeneralSecurityException {
        return load(keystore, serverPassword()).getCertificate(alias);
    }

    private static void trustStoreOf(Path file, Certificate... certificates)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < certificates.length; i++) {
            store.setCertificateEntry("ca-" + i, certificates[i]);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, STORE_PASSWORD.toCharArray());
        }
    }

    /** A TLS context for a test server that presents the key and certificate of this PKCS12 keystore. */
    static SSLContext serverContext(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(keystore, password), password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** Points GreenMail at the server keystore and checks that its TLS servers present that certificate. */
    private void installInGreenMail() throws IOException, GeneralSecurityException {
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, serverKeystore().toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, SERVER_PASSWORD);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, SERVER_PASSWORD);
        KeyStore used = ((DummySSLServerSocketFactory) DummySSLServerSocketFactory.getDefault()).getKeyStore();
        if (!certificate(serverKeystore(), SERVER).equals(used.getCertificate(SERVER))) {
            throw new IllegalStateException("GreenMail's TLS servers were set up before TestPki.get() and present"
                    + " another certificate: call TestPki.get() before starting any SMTPS or IMAPS server (a static"
                    + " field declared before the GreenMail extension)");
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}
