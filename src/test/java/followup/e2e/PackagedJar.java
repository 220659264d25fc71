package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * {@code target/followup.jar} run as separate processes by the process-level tests: builds the command line
 * ({@code java [JVM options] -jar followup.jar ARGS}) and kills whatever is still running when the test ends.
 */
final class PackagedJar implements AutoCloseable {
    static final Path JAR = Path.of("target/followup.jar").toAbsolutePath();

    private final List<Process> launched = new ArrayList<>();

    /** Fails the test unless the jar was packaged (failsafe runs after {@code package}). */
    static void requireBuilt() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run `mvn package` (failsafe runs after it)");
    }

    /** {@code java JVM-OPTIONS -jar followup.jar ARGS}, with this test JVM's java. */
    static ProcessBuilder command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /**
     * Waits until {@code condition} holds, checking every 100 ms. Fails at the deadline, or as soon as the process
     * exits, with {@code output} (what the process wrote) in the message.
     */
    static void awaitWhileAlive(Process p, String what, Duration within, BooleanSupplier condition,
            Supplier<String> output) {
        try {
            Awaitility.await(what).atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .pollInSameThread().failFast(() -> !p.isAlive()).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            fail("timed out after " + within.toSeconds() + "s waiting for " + what + "\n" + output.get());
        } catch (TerminalFailureException e) {
            fail("the daemon exited with " + p.exitValue() + " while waiting for " + what + "\n" + output.get());
        }
    }

    /** Starts the process and remembers it, so that {@link #close()} can kill it. */
    Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.start();
        launched.add(p);
        return p;
    }

    /** Kills every process started that is still running (call it from {@code @AfterEach}). */
    @Override
    public void close() throws InterruptedException {
        for (Process p : launched) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        launched.clear();
    }
}
