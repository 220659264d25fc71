package followup.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * The embedded PostgreSQL binaries from Maven Central, with {@code initdb} and {@code pg_ctl} behind a small shell
 * script, so that PostgreSQL runs when the tests run as root (CI containers do; PostgreSQL refuses to run as root).
 * Started by root, the script gives the data directory to the unprivileged user {@code nobody} (uid 65534) and runs
 * the real program as that user with {@code setpriv} (util-linux, on every Debian); started by anyone else, or
 * inside the user namespace that zonky's own {@code unshare -U} opens where the kernel allows it, it runs the real
 * program as it is. The postmaster inherits the user from {@code pg_ctl}.
 *
 * <p>The repacked archive is written once per binaries version to the temporary directory.
 */
public final class UnprivilegedPostgres implements PgBinaryResolver {
    public static final UnprivilegedPostgres INSTANCE = new UnprivilegedPostgres();
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String WRAPPER = """
            #!/bin/sh
            # PostgreSQL refuses to run as root: as root, run the real program as nobody (uid 65534), owning the
            # data directory given with -D; as anyone else, run it as it is.
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then
              exec "$real" "$@"
            fi
            data=""
            prev=""
            for arg in "$@"; do
              if [ "$prev" = "-D" ]; then data="$arg"; fi
              prev="$arg"
            done
            if [ -n "$data" ]; then
              mkdir -p "$data" && chown -R 65534:65534 "$data" || exit 1
            fi
            if ! command -v setpriv >/dev/null 2>&1; then
              echo "cannot run PostgreSQL as root and setpriv (util-linux) is missing" >&2
              exit 1
            fi
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            """;

    private UnprivilegedPostgres() {
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (original == null || !system.equals("Linux")) {
            return original;
        }
        byte[] bytes;
        try (original) {
            bytes = original.readAllBytes();
        }
        Path repacked = Path.of(System.getProperty("java.io.tmpdir"), "followup-postgres-" + digest(bytes) + ".txz");
        if (!Files.exists(repacked)) {
            Path tmp = Files.createTempFile(repacked.getParent(), "followup-postgres-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                repack(bytes, out);
            }
            Files.move(tmp, repacked, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(repacked);
    }

    private static void repack(byte[] txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZCompressorInputStream(
                new ByteArrayInputStream(txz)));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZCompressorOutputStream(target, 0))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName().startsWith("./") ? e.getName().substring(2) : e.getName();
                if (WRAPPED.contains(name) && e.isFile()) {
                    TarArchiveEntry real = new TarArchiveEntry(name + ".real");
                    real.setMode(e.getMode());
                    real.setSize(e.getSize());
                    real.setModTime(e.getModTime());
                    out.putArchiveEntry(real);
                    in.transferTo(out);
                    out.closeArchiveEntry();
                    byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    wrapper.setMode(0100755);
                    wrapper.setSize(script.length);
                    wrapper.setModTime(e.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    out.putArchiveEntry(e);
                    if (e.isFile()) {
                        in.transferTo(out);
                    }
                    out.closeArchiveEntry();
                }
            }
        }
    }

    private static String digest(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes);
            sha.update(WRAPPER.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
