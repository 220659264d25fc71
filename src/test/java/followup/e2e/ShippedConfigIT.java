package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-user {@code conf/application.conf} the project ships (the README's), with its two sample records and
 * the templates, copied unchanged into an empty directory: the packaged daemon runs on it from there as the README's
 * quick start runs it (sandbox mode, a state database under {@code data/}), {@code plan} and {@code status} answer
 * while it runs, and a SIGTERM stops it cleanly with exit 0. It holds the README's promise that a deployment without
 * {@code followup.candidates} works as before.
 */
class ShippedConfigIT {
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    private final PackagedJar jar = new PackagedJar();

    @AfterEach
    void kill() throws InterruptedException {
        jar.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void the_shipped_single_user_config_runs_unchanged() throws Exception {
        PackagedJar.requireBuilt();
        copy(Path.of("conf"), root.resolve("conf"));
        copy(Path.of("templates"), root.resolve("templates"));
        assertEquals(Files.readString(Path.of("conf/application.conf")),
                Files.readString(root.resolve("conf/application.conf")));
        Path log = root.resolve("daemon.log");
        Path err = root.resolve("daemon.err");
        Process p = jar.start(PackagedJar.command(List.of(), List.of("run")).directory(root.toFile())
                .redirectOutput(log.toFile()).redirectError(err.toFile()));

        PackagedJar.awaitWhileAlive(p, "the daemon to run with the two sample records", Duration.ofSeconds(60),
                () -> read(log).contains("followup running: 2 interview(s) from conf/interviews"),
                () -> read(log) + read(err));

        Result plan = command("plan");
        assertEquals(0, plan.code(), plan.toString());
        assertTrue(plan.out().contains("acme-platform") && plan.out().contains("nordlicht-data"), plan.toString());
        assertTrue(plan.out().contains("thank-you") && plan.out().contains("planned"), plan.toString());
        Result status = command("status");
        assertEquals(0, status.code(), status.toString());
        assertTrue(status.out().contains("planned"), status.toString());

        p.destroy();    // SIGTERM, as systemd and Ctrl-C stop it
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the daemon did not stop:\n" + read(log) + read(err));
        assertEquals(0, p.exitValue(), read(log) + read(err));
        assertTrue(read(log).contains("Stopped"), read(log));
        assertFalse(read(log).contains(" ERROR "), read(log));
        assertEquals("", read(err));
    }

    private record Result(int code, String out, String err) {
    }

    /** A command beside the running daemon, from the same directory, with the default config. */
    private Result command(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process c = jar.start(PackagedJar.command(List.of(), List.of(args)).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()));
        assertTrue(c.waitFor(60, TimeUnit.SECONDS), String.join(" ", args) + " did not end");
        return new Result(c.exitValue(), read(out), read(err));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : all.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
