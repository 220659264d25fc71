package followup.bench;

import java.util.Locale;

/** One line of a benchmark table: {@code | what | followup | baseline | ratio |}. */
record Row(String what, String followup, String baseline, String ratio) {
    static void header() {
        System.out.println("| what | followup | baseline | ratio |");
        System.out.println("|---|---|---|---|");
    }

    void print() {
        System.out.println("| " + what + " | " + followup + " | " + baseline + " | " + ratio + " |");
    }

    static String ratio(double followup, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", followup / baseline);
    }

    static String num(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
