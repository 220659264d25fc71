package followup.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./followup} with its class-data archive, run from a copy of the project's layout (the script
 * and {@code target/followup.jar}): the first run makes the archive, later runs use it, a rebuilt jar gets a new
 * one, and an archive the JVM cannot use (damaged, or for another jar) changes nothing a user sees: {@code --json}
 * stays one JSON document on stdout, with nothing on stderr.
 */
class LauncherIT {
    @TempDir
    Path home;
    private Path config;

    @BeforeEach
    void layout() throws IOException {
        PackagedJar.requireBuilt();
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("followup"), home.resolve("followup"));
        Files.copy(PackagedJar.JAR, home.resolve("target/followup.jar"));
        Path records = Files.createDirectories(home.resolve("conf/interviews"));
        config = Files.writeString(home.resolve("conf/application.conf"), """
                followup { sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" } }
                """);
        Files.writeString(records.resolve("acme.conf"), """
                company  = "Acme"
                position = "Platform Engineer"
                at       = "2031-05-06T10:00"
                zone     = "America/New_York"
                interviewers = [ { name = "Jane Doe", email = "jane@acme.example", topics = ["on-call"] } ]
                """);
    }

    @Test
    void theFirstRunMakesTheArchiveAndLaterRunsKeepIt() throws Exception {
        assertPlanIsClean(run());
        Path archive = archive();
        assertTrue(Files.size(archive) > 1_000_000, "an archive of the loaded classes: " + Files.size(archive));
        FileTime made = Files.getLastModifiedTime(archive);

        assertPlanIsClean(run());
        assertEquals(made, Files.getLastModifiedTime(archive), "a second run must not make the archive again");
    }

    @Test
    void theCommandLineLibraryComesFromTheArchiveToo() throws Exception {
        assertPlanIsClean(run());
        // the java launcher reads JDK_JAVA_OPTIONS (and says so on stderr): the class loading is logged to a file
        Path loaded = home.resolve("loaded.txt");
        Result r = run("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + loaded);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(loaded);
        assertTrue(lines.stream().anyMatch(l -> l.contains("followup.cli.PlanCommand source: shared objects file")),
                "the command's own classes are mapped from the archive");
        // picocli's class files predate Java 6: only an archive of all the classes (not one on top of the JDK's) holds
        // them, and they are a good part of a short command's start-up
        assertTrue(lines.stream().anyMatch(l -> l.contains("picocli.CommandLine source: shared objects file")),
                "picocli is mapped from the archive: " + lines.stream().filter(l -> l.contains("picocli.CommandLine "))
                        .toList());
    }

    @Test
    void aRebuiltJarGetsANewArchive() throws Exception {
        assertPlanIsClean(run());
        Path archive = archive();
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(120)));
        Path tried = archive.resolveSibling(archive.getFileName() + ".tried");
        assertTrue(Files.exists(tried), "the launcher notes that it tried, so that a failure is not tried again");
        Files.setLastModifiedTime(tried, FileTime.from(Instant.now().minusSeconds(120)));
        FileTime old = Files.getLastModifiedTime(archive);
        Files.setLastModifiedTime(home.resolve("target/followup.jar"), FileTime.from(Instant.now().minusSeconds(60)));

        assertPlanIsClean(run());
        assertNotEquals(old, Files.getLastModifiedTime(archive), "the jar is newer than its archive: made again");
    }

    @Test
    void anArchiveTheJvmRefusesLeavesStdoutToTheCommand() throws Exception {
        assertPlanIsClean(run());
        Path archive = archive();
        // the jar is not the one the archive was made for (the JVM compares its time), yet the archive is newer: the
        // launcher passes it on, and the JVM refuses it (and would say so on stdout, where the JSON goes)
        Files.setLastModifiedTime(home.resolve("target/followup.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));

        Result refused = run();
        assertPlanIsClean(refused);
        assertEquals("", refused.err(), "nothing about the archive on stderr either");
    }

    @Test
    void aDamagedArchiveChangesNothingForTheUser() throws Exception {
        assertPlanIsClean(run());
        Path archive = archive();
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]);

        Result damaged = run();
        assertPlanIsClean(damaged);
        assertEquals("", damaged.err(), "nothing about the archive on stderr either");
    }

    @Test
    void withJavaOptionsOfItsOwnNoArchiveIsMade() throws Exception {
        Result r = run("FOLLOWUP_JAVA_OPTS", "-Xmx128m");
        assertPlanIsClean(r);
        try (Stream<Path> files = Files.list(home.resolve("target"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".jsa")),
                    "the archive is made for the default options only");
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static void assertPlanIsClean(Result r) throws IOException {
        assertEquals(0, r.code(), r.err());
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertEquals("acme", plan.get("interviews").get(0).get("id").asText(), r.out());
        assertTrue(r.out().startsWith("{"), "stdout holds the document and nothing before it: " + r.out());
    }

    /** The one archive the launcher made. */
    private Path archive() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("target"))) {
            List<Path> archives = files.filter(p -> p.getFileName().toString().matches("followup-\\d+\\.jsa"))
                    .toList();
            assertEquals(1, archives.size(), "one archive for this JVM: " + archives);
            return archives.get(0);
        }
    }

    /** {@code ./followup plan --json} with this JVM's java first on the PATH and {@code env} (name, value) set. */
    private Result run(String... env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("followup").toString(), "plan", "--json", "--config",
                config.toString()).directory(home.toFile());
        pb.environment().remove("FOLLOWUP_JAVA_OPTS");
        pb.environment().remove("FOLLOWUP_NO_ARCHIVE");
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + pb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("./followup did not end within 2 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
