package followup.cli;

import followup.FollowupException;
import followup.config.BadInputException;
import followup.config.Display;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Step;
import followup.store.Database;
import followup.store.Holds;
import followup.store.MessageStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The messages of one interview exactly as they would be sent: headers and body, or .eml files. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show the messages of one interview exactly as they would be sent"
        + " (headers and body), or write them as .eml files.")
final class PreviewCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Option(names = "--out", paramLabel = "DIR", description = "write each message as an .eml file into DIR")
    private Path outDir;

    @Parameters(index = "0", paramLabel = "ID", description = "the interview (its file name without .conf)")
    private String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STEP", completionCandidates = StepNames.class,
            description = "only this step, one of: ${COMPLETION-CANDIDATES}")
    private String step;

    /** The step names, for the help text. */
    static final class StepNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(Step.values()).map(Step::id).iterator();
        }
    }

    @Override
    public Integer call() {
        Step only = step == null ? null : Step.byId(step).orElseThrow(() -> new BadInputException("STEP",
                "\"" + step + "\" is not a step (steps: " + String.join(", ",
                        Arrays.stream(Step.values()).map(Step::id).toList()) + ")"));
        Workspace ws = Workspace.open(config, candidate, id, main.clock);
        Interview interview = ws.interview(id);
        List<Previews.Shown> shown = Previews.of(ws, interview, only);
        if (shown.isEmpty()) {
            throw new BadInputException(Display.path(ws.records().files().get(interview.id())), "interview " + id
                    + (only == null ? " has no messages to send" : " has no " + only.id() + " message")
                    + " (see followup plan " + id + " for why)");
        }
        if (outDir != null) {
            createDir();
        }
        Map<String, PlannedMessage> now = outDir != null ? Map.of() : asTheDaemonSees(ws, interview);
        List<followup.config.Problem> failed = new java.util.ArrayList<>();
        for (Previews.Shown s : shown) {
            if (s.failed() != null) {
                if (!failed.contains(s.failed())) {    // one template failing for each of a panel is one problem
                    failed.add(s.failed());
                }
            } else if (outDir != null) {
                main.out.println(write(s.message(), s.mime()));
            } else {
                print(s, now.getOrDefault(s.message().key(), s.message()));
            }
        }
        if (!failed.isEmpty()) {    // after the messages that could be written, each with its template's line
            throw new BadInputException(failed);
        }
        return 0;
    }

    private void createDir() {
        for (Path p = outDir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException("--out", Display.path(outDir) + ": " + (p.equals(outDir.toAbsolutePath())
                        ? "is a file, not a directory" : Display.path(p) + " is a file, not a directory")
                        + "; name a directory for the .eml files (it is made if missing)");
            }
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new FollowupException("cannot create " + outDir + ": " + e.getMessage(), e);
        }
    }

    private Path write(PlannedMessage m, MimeMessage mime) {
        Path file = outDir.resolve(m.key().replace('/', '_').replaceAll("[^A-Za-z0-9@._-]", "-") + ".eml");
        try (OutputStream os = Files.newOutputStream(file)) {
            java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
            mime.writeTo(wire);
            os.write(crlf(wire.toByteArray()));
        } catch (IOException | MessagingException e) {
            throw new FollowupException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Every line ending as CRLF, as on the wire and as mail clients expect of an .eml file. */
    static byte[] crlf(byte[] in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length + in.length / 32);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '\r') {
                out.write('\r');
                out.write('\n');
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
            } else if (b == '\n') {
                out.write('\r');
                out.write('\n');
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /**
     * The interview's messages with what the daemon's store knows of them laid over the plan (sent, held and why), as
     * {@code plan} shows them; the plan alone when nothing has run yet.
     */
    private static Map<String, PlannedMessage> asTheDaemonSees(Workspace ws, Interview interview) {
        Optional<Database> db = StoreView.existing(ws.settings());
        if (db.isEmpty()) {
            return Map.of();
        }
        try (Database d = db.get()) {
            MessageStore store = new MessageStore(d, ws.settings().candidate());
            Map<String, PlannedMessage> out = new java.util.HashMap<>();
            StateOverlay.plan(ws.planner(), interview, store, ws.records().interviews(), new Holds(d).reasons(),
                    StateOverlay.Answered.of(d, ws.settings().candidate(), ws.settings().sender().zone()))
                    .forEach(m -> out.put(m.key(), m));
            return out;
        }
    }

    private void print(Previews.Shown s, PlannedMessage now) {
        main.out.println("==== " + s.message().key() + " (" + PlanView.state(now) + ", " + s.when() + ") ====");
        for (String[] h : s.headers()) {
            main.out.println(h[0] + ": " + h[1]);
        }
        main.out.println();
        main.out.println(s.rendered().body());
    }
}
