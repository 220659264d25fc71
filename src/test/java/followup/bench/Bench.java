package followup.bench;

import java.util.List;

/**
 * One benchmark: a class named {@code ...Bench} in this package with a public no-argument constructor. It measures
 * followup and its baseline on this machine in the same run and returns the rows of the table that
 * {@code ./bench/run} prints. Benchmarks are not tests: {@code mvn verify} never runs them.
 */
public interface Bench {
    List<Row> run() throws Exception;

    /** One line of the table: what was measured, followup's figure, the baseline's, and followup against it. */
    record Row(String what, String followup, String baseline, String ratio) {
    }
}
