package followup.cli;

import followup.FollowupException;
import followup.config.BadInputException;
import followup.config.Problem;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code followup} command line. Wires the objects once and maps failures to exit codes (2 bad input, 1 runtime). */
@Command(name = "followup", mixinStandardHelpOptions = true, version = "followup 0.1.0",
        description = "Sends the thank-you and follow-up emails after each job interview, and holds back when the"
                + " company replies.")
public final class Main implements Runnable {
    /** Set to an ISO instant to run with a fixed clock, for trying a plan at another moment. */
    public static final String NOW_VARIABLE = "FOLLOWUP_NOW";
    /** The commands, in the order the usage lists them (see {@link #commandLine} for which are set up). */
    private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, RunCommand.class, PlanCommand.class,
            PreviewCommand.class, ValidateCommand.class, HoldCommand.class, ResumeCommand.class, LogCommand.class,
            StatusCommand.class, LoginCommand.class, CheckCommand.class, ServiceCommand.class, AddCommand.class,
            WebUrlCommand.class, CommandLine.HelpCommand.class);

    final Clock clock;
    /** The environment: where {@code service install} writes (XDG_CONFIG_HOME, HOME). */
    Map<String, String> env = System.getenv();
    PrintWriter out;
    PrintWriter err;
    /** What {@code add} without a file reads its answers from. */
    BufferedReader in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public Main(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("demo"))) {
            System.setProperty("followup.log.target", "System.out");
        }
        if (args.length > 0 && args[0].equals("demo") && System.getProperty("followup.log.level") == null) {
            System.setProperty("followup.log.level", "WARN");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = execute(args, clockFromEnvironment(), out, err);
        } catch (BadInputException e) {
            printProblems(err, e);
            code = 2;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    static Clock clockFromEnvironment() {
        String now = System.getenv(NOW_VARIABLE);
        if (now == null || now.isBlank()) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.fixed(Instant.parse(now.strip()), ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            throw new BadInputException(NOW_VARIABLE, "\"" + now + "\" is not an instant (a valid value looks like"
                    + " 2026-11-20T19:00:00Z)");
        }
    }

    /** Runs one command line; returns its exit code. */
    public static int execute(String[] args, Clock clock, PrintWriter out, PrintWriter err) {
        return execute(args, clock, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
                err, System.getenv());
    }

    /** Runs one command line reading its answers from {@code in}; returns its exit code. */
    public static int execute(String[] args, Clock clock, BufferedReader in, PrintWriter out, PrintWriter err) {
        return execute(args, clock, in, out, err, System.getenv());
    }

    /** Runs one command line in the environment {@code env} (where {@code service install} writes). */
    public static int execute(String[] args, Clock clock, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return execute(args, clock, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
                err, env);
    }

    private static int execute(String[] args, Clock clock, BufferedReader in, PrintWriter out, PrintWriter err,
                               Map<String, String> env) {
        Main main = new Main(clock);
        main.env = env;
        main.out = out;
        main.err = err;
        main.in = in;
        CommandLine cmd = commandLine(main, args);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException bad) {
                printProblems(err, bad);
                return bad.exitCode();
            }
            if (e instanceof FollowupException f) {
                err.println("followup: " + f.getMessage());
                return f.exitCode();
            }
            err.println("followup: unexpected " + e.getClass().getName() + ": " + e.getMessage());
            if (System.getenv("FOLLOWUP_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line with the commands {@code args} can reach. Picocli reads each command's options from its
     * annotations and fields when the command is added, loading every class they name (mail, store, templates...):
     * for all the commands, a good part of a short command's start-up. When the first argument is a command's name,
     * that command alone is added, as nothing after its name can reach another; otherwise (no command, an option,
     * {@code help}, which looks the others up, or a name that is not a command) all of them, for the usage, help
     * and error messages.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cmd = new CommandLine(main);
        String first = args.length == 0 ? null : args[0];
        Class<?> named = COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class && names(c).contains(first))
                .findFirst().orElse(null);
        for (Class<?> command : COMMANDS) {
            if (named == null || command == named) {
                cmd.addSubcommand(command);
            }
        }
        withVersion(cmd, cmd.getCommandSpec().version());
        return cmd;
    }

    /** Every command's help offers -V, --version: each prints followup's version, not an empty line. */
    private static void withVersion(CommandLine cmd, String[] version) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommandSpec().version().length == 0) {
                sub.getCommandSpec().version(version);
            }
            withVersion(sub, version);
        }
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    static void printProblems(PrintWriter err, BadInputException e) {
        for (Problem p : e.problems()) {
            err.println(p);
        }
        int n = e.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " found.");
    }
}
