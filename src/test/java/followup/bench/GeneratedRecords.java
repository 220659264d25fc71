package followup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A workspace of N generated interview records shaped like the README's sample (three interviewers, topics,
 * promises, notes), spread over zones and dates, with an application.conf and the project's templates.
 */
public final class GeneratedRecords {
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "America/Los_Angeles",
            "Asia/Tokyo", "Europe/London", "Australia/Sydney");

    private GeneratedRecords() {
    }

    /** {@code GeneratedRecords DIR COUNT}: writes a workspace to look at or time by hand. */
    public static void main(String[] args) throws IOException {
        System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1])));
    }

    /** Writes the workspace into {@code dir}; returns the config file. */
    static Path write(Path dir, int count) throws IOException {
        Path interviews = Files.createDirectories(dir.resolve("interviews"));
        Path config = dir.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  interviews = "interviews"
                  templates = "%s"
                  store { url = "jdbc:h2:file:%s" }
                }
                """.formatted(Path.of("templates").toAbsolutePath(), dir.resolve("data/followup").toAbsolutePath()));
        LocalDateTime first = LocalDateTime.of(2027, 1, 4, 9, 0);
        for (int i = 0; i < count; i++) {
            Files.writeString(interviews.resolve(String.format("company-%06d.conf", i)), record(i,
                    first.plusHours(i % 2000 * 7L)));
        }
        return config;
    }

    private static String record(int i, LocalDateTime at) {
        String domain = "company" + i + ".example";
        return """
                # generated interview %1$d
                company  = "Company %1$d"
                position = "Platform Engineer %1$d"
                at       = "%2$s"
                zone     = "%3$s"
                interviewers = [
                  { name = "Jane Doe %1$d", title = "Engineering Manager", email = "jane@%4$s",
                    topics = ["the migration to Kubernetes", "on-call rotations"] }
                  { name = "Raj Patel %1$d", title = "Staff Engineer", email = "raj@%4$s",
                    topics = ["the incident review process"], zone = "Europe/Berlin" }
                  { name = "Maria Lopez %1$d", title = "VP Engineering", handwritten = true,
                    address = "Company %1$d\\n100 Harbor Street\\nBoston, MA 02110", topics = ["mentoring"] }
                ]
                contact        = "jane@%4$s"
                phone          = "+1 555 0199"
                next-step-by   = "%5$s"
                promised-by-me = ["two writing samples"]
                promised-to-me = ["the client case studies"]
                notes          = \"\"\"They need someone to own the CI pipeline; the current owner leaves in March.
                Raj pushed hard on incident handling.\"\"\"
                """.formatted(i, at, ZONES.get(i % ZONES.size()), domain, at.toLocalDate().plusDays(8));
    }
}
