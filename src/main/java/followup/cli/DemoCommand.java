package followup.cli;

import followup.FollowupException;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.daemon.Daemon;
import followup.daemon.DeliveryListener;
import followup.plan.State;
import followup.plan.Step;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * The whole timeline of a sample interview in well under a minute, on the sandbox mail server, with the policy
 * compressed into seconds: each message is printed as it goes out, then the company replies and the rest is held.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Play the timeline of a sample interview in about a minute on the embedded"
        + " sandbox mail server, then simulate a reply from the company.")
final class DemoCommand implements Callable<Integer> {
    private static final String ZONE = "America/New_York";
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @ParentCommand
    private Main main;

    private Instant started;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("followup-demo");
        try {
            return play(dir);
        } finally {
            deleteTree(dir);
        }
    }

    private int play(Path dir) throws Exception {
        Path config = writeFiles(dir);
        Settings settings = SettingsLoader.load(config);
        started = Instant.now();
        say("followup demo: an interview with Acme Corp just ended. The policy is compressed: hours and days are"
                + " seconds here.");
        say("Everything goes to an embedded sandbox mail server on 127.0.0.1; nothing leaves this machine.\n");
        DeliveryListener printer = new DeliveryListener() {
            @Override
            public void sent(StoredMessage message, MimeMessage mime) {
                printSent(message, mime);
            }

            @Override
            public void settled(String key, String state, String reason) {
                say(stamp() + " " + state + ": " + key + " (" + reason + ")");
            }
        };
        try (Daemon daemon = Daemon.start(settings, main.clock, printer); Database db = Database.open(
                settings.store())) {
            MessageStore store = new MessageStore(db);
            StoredMessage followUp = await("the follow-up to go out", () -> sent(store, Step.FOLLOW_UP), store);
            say(stamp() + " Jane Doe answers the follow-up. The next poll of the mailbox will see it.\n");
            Replies.deliver(daemon.sandbox().orElseThrow(), settings.sender().email(), "jane.doe@acme.example",
                    "Jane Doe", followUp);
            await("the reply to hold the rest", () -> held(store, Step.SECOND_FOLLOW_UP), store);
            await("the reply notice to go out", () -> store.all().stream()
                    .anyMatch(m -> m.isNotice() && m.key().endsWith("/notice/reply") && m.state() == State.SENT),
                    store);
            summary(store);
        }
        return 0;
    }

    private StoredMessage await(String what, BooleanSupplier done, MessageStore store) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                summary(store);
                throw new FollowupException("demo: gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
        return store.all().stream().filter(m -> m.step().equals(Step.FOLLOW_UP.id())).findFirst().orElse(null);
    }

    private static boolean sent(MessageStore store, Step step) {
        return store.all().stream().anyMatch(m -> m.step().equals(step.id()) && m.state() == State.SENT);
    }

    private static boolean held(MessageStore store, Step step) {
        return store.all().stream().anyMatch(m -> m.step().equals(step.id()) && m.state() == State.HELD);
    }

    private void printSent(StoredMessage message, MimeMessage mime) {
        try {
            StringBuilder b = new StringBuilder();
            b.append(stamp()).append(" sent ").append(message.isNotice() ? "a notice to self" : message.step())
                    .append('\n');
            b.append("    From: ").append(decode(mime.getHeader("From", ", "))).append('\n');
            b.append("    To: ").append(decode(mime.getHeader("To", ", "))).append('\n');
            b.append("    Subject: ").append(mime.getSubject()).append('\n');
            if (mime.getHeader("In-Reply-To") != null) {
                b.append("    In-Reply-To: ").append(mime.getHeader("In-Reply-To", ", ")).append('\n');
            }
            b.append('\n');
            for (String line : mime.getContent().toString().split("\n")) {
                b.append("    ").append(line).append('\n');
            }
            say(b.toString());
        } catch (MessagingException | IOException e) {
            say(stamp() + " sent " + message.key());
        }
    }

    private static String decode(String header) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(header);
        } catch (java.io.UnsupportedEncodingException e) {
            return header;
        }
    }

    private void summary(MessageStore store) {
        say("\nSummary:");
        List<StoredMessage> all = store.all();
        for (StoredMessage m : all) {
            say(String.format("  %-9s %-48s %s", m.state().label(), m.key(), m.state() == State.SENT ? ""
                    : "(" + m.reason() + ")"));
        }
        long sent = all.stream().filter(m -> m.state() == State.SENT).count();
        long held = all.stream().filter(m -> m.state() == State.HELD).count();
        say("\n" + sent + " sent, " + held + " held back after the company replied. Try it on your own interviews:"
                + " ./followup validate, ./followup plan, ./followup preview ID.");
    }

    private String stamp() {
        return String.format("[+%2ds]", Duration.between(started, Instant.now()).toSeconds());
    }

    private void say(String text) {
        main.out.println(text);
        main.out.flush();
    }

    private Path writeFiles(Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        List<String> files = new java.util.ArrayList<>();
        for (Step step : Step.values()) {
            files.add(step.id() + ".ftl");
        }
        // the card the handwritten-note reminder imports, and the answer drafted after a rejection
        files.add(followup.template.Templates.CARD);
        files.add(followup.template.Templates.REJECTION_REPLY);
        for (String file : files) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/followup/templates/" + file)) {
                if (in == null) {
                    throw new FollowupException("demo: the template " + file + " is missing from the jar");
                }
                Files.copy(in, templates.resolve(file));
            }
        }
        Path interviews = Files.createDirectories(dir.resolve("conf/interviews"));
        LocalDateTime at = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.SECONDS);
        Files.writeString(interviews.resolve("acme-demo.conf"), """
                company  = "Acme Corp"
                position = "Platform Engineer"
                at       = "%s"
                zone     = "%s"
                interviewers = [
                  { name = "Jane Doe", title = "Engineering Manager", email = "jane.doe@acme.example",
                    topics = ["the migration to Kubernetes"] }
                  { name = "Raj Patel", title = "Staff Engineer", email = "raj@acme.example",
                    topics = ["on-call practices"] }
                  { name = "Maria Lopez", title = "VP Engineering", handwritten = true,
                    address = "Acme Corp\\n100 Harbor Street\\nBoston, MA 02110" }
                ]
                contact        = "jane.doe@acme.example"
                phone          = "+1 555 0199"
                promised-by-me = ["two writing samples"]
                promised-to-me = ["the client case studies"]
                notes          = "They need someone to own the CI pipeline."
                """.formatted(at, ZONE));
        Path config = dir.resolve("conf/application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", phone = "+1 555 0100", zone = "%s" }
                  mail {
                    mode = sandbox
                    sandbox { smtp-port = 0, imap-port = 0 }
                    imap { poll-interval = 2s }
                    retry { first = 1s, max = 5s }
                  }
                  policy {
                    promise-reminder { after = 2s }
                    handwritten-note { after = 3s }
                    thank-you { after = 5s, latest = 60s }
                    debrief { after = 8s }
                    follow-up { after = 12s }
                    second-follow-up { after = 8s }
                    call-reminder { after = 4s }
                    missed-grace = 60s
                    send-window { enabled = false }
                    self-window { enabled = false }
                  }
                  templates = "../templates"
                  store { url = "jdbc:h2:file:%s" }
                }
                """.formatted(ZONE, dir.resolve("data/followup").toString().replace("\\", "/")));
        return config;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
