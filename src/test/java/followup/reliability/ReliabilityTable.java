package followup.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the reliability table ({@link Figures}) after each test run and writes it to
 * {@code target/reliability/table.md}. Registered through {@code META-INF/services}; the unit-test run starts the
 * table afresh ({@code -Dreliability.reset=true}, set by the pom for surefire).
 */
public final class ReliabilityTable implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (Boolean.getBoolean("reliability.reset")) {
            Figures.reset();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<Figures.Row> rows = Figures.rows();
        if (rows.isEmpty()) {
            return;
        }
        String table = markdown(rows);
        try {
            Files.writeString(Figures.DIR.resolve("table.md"), table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("\nReliability figures (scale " + Figures.scale() + "; " + Figures.DIR.resolve("table.md")
                + "):\n" + table);
    }

    static String markdown(List<Figures.Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| fault or input class | cases | messages lost | duplicates | crashes | test |\n");
        b.append("|---|---:|---:|---:|---:|---|\n");
        long cases = 0;
        long lost = 0;
        long dups = 0;
        long crashes = 0;
        for (Figures.Row r : rows) {
            b.append("| ").append(r.inputClass()).append(" | ").append(r.cases()).append(" | ").append(r.lost())
                    .append(" | ").append(r.duplicates()).append(" | ").append(r.crashes()).append(" | `")
                    .append(r.test()).append("` |\n");
            cases += r.cases();
            lost += r.lost();
            dups += r.duplicates();
            crashes += r.crashes();
        }
        b.append("| **all** | **").append(cases).append("** | **").append(lost).append("** | **").append(dups)
                .append("** | **").append(crashes).append("** | |\n");
        return b.toString();
    }
}
