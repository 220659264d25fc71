package followup.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line in-process, from the project's base directory, with a clock before the sample interviews. */
final class Cli {
    static final Clock BEFORE_INTERVIEWS = Clock.fixed(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC);

    private Cli() {
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }

        /** Bad input is reported as problems, never as a Java stack trace. */
        Result assertNoStackTrace() {
            assertFalse(err.contains("Exception"), () -> "a Java exception on stderr:\n" + this);
            assertFalse(err.contains("\tat "), () -> "a stack trace on stderr:\n" + this);
            assertFalse(out.contains("\tat "), () -> "a stack trace on stdout:\n" + this);
            return this;
        }
    }

    static Result run(String... args) {
        return run(BEFORE_INTERVIEWS, args);
    }

    static Result run(Clock clock, String... args) {
        return answering("", clock, args);
    }

    /** Runs a command that reads its answers from {@code input} (one answer a line). */
    static Result answering(String input, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(args, clock, new BufferedReader(new StringReader(input)), o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
