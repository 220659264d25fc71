package followup.cli;

import followup.FollowupException;
import followup.config.BadInputException;
import followup.config.Display;
import followup.mail.Composer;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Step;
import followup.template.Rendered;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
    private static final List<String> HEADERS = List.of("Date", "From", "To", "Cc", "Subject", "Message-ID",
            "In-Reply-To", "References");

    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

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
        Workspace ws = Workspace.open(config.file, main.clock);
        Interview interview = ws.interview(id);
        List<PlannedMessage> plan = ws.planner().plan(interview);
        List<PlannedMessage> shown = plan.stream().filter(PlannedMessage::applies)
                .filter(m -> only == null || m.step() == only).toList();
        if (shown.isEmpty()) {
            throw new BadInputException(Display.path(ws.records().files().get(id)), "interview " + id
                    + (only == null ? " has no messages to send" : " has no " + only.id() + " message")
                    + " (see followup plan " + id + " for why)");
        }
        Composer composer = new Composer(ws.settings().sender());
        if (outDir != null) {
            createDir();
        }
        for (PlannedMessage m : shown) {
            Rendered rendered = ws.templates().render(interview, ws.settings().sender(), m, plan);
            MimeMessage mime = composer.compose(m, rendered, m.due());
            if (outDir != null) {
                main.out.println(write(m, mime));
            } else {
                print(m, mime, rendered);
            }
        }
        return 0;
    }

    private void createDir() {
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

    private void print(PlannedMessage m, MimeMessage mime, Rendered rendered) {
        main.out.println("==== " + m.key() + " (" + m.state().label() + ", " + (m.estimated() ? "about " : "")
                + PlanView.WHEN.format(m.due().atZone(m.to().zone())) + ") ====");
        try {
            for (String name : HEADERS) {
                String value = mime.getHeader(name, ", ");
                if (value != null) {
                    main.out.println(name + ": " + decode(name, value, rendered));
                }
            }
        } catch (MessagingException e) {
            throw new FollowupException("cannot read back the message " + m.key() + ": " + e.getMessage(), e);
        }
        main.out.println();
        main.out.println(rendered.body());
    }

    /** Headers as a person reads them: encoded words decoded (the .eml files keep the wire form). */
    private static String decode(String name, String value, Rendered rendered) {
        if (name.equals("Subject")) {
            return rendered.subject();
        }
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(jakarta.mail.internet.MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }
}
