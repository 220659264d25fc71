package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.cli.Main;
import followup.config.Deployment;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job seeker who leaves a running deployment (their folder removed): what was pending for them is cancelled, so
 * {@code status} no longer counts it as planned and no trigger of theirs stays behind.
 */
class CandidateLeavesTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private Path config;

    /**
     * The daemon's directory watch may see the folder gone before the candidate's own record watch has looked twice
     * (it waits for two looks in a row before it takes a change): stopping her must still cancel her messages.
     */
    @Test
    void the_pending_messages_of_a_candidate_whose_folder_is_removed_are_cancelled_at_once() throws Exception {
        config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  policy { send-window { enabled = false }, self-window { enabled = false } }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                }
                """.formatted(LiveConfig.projectTemplates(), LiveConfig.storeUnder(root)));
        Path bob = candidate("bob", "bob@example.com");
        Path carol = candidate("carol", "carol@example.com");
        // two days ahead: everything of theirs is still planned
        Files.writeString(bob.resolve("interviews/acme.conf"),
                DaemonHarness.interview(Duration.ofDays(-2), DaemonHarness.RAJ, ""));
        Files.writeString(carol.resolve("interviews/globex.conf"),
                DaemonHarness.interview(Duration.ofDays(-2), DaemonHarness.JANE, ""));

        Deployment deployment = Deployment.load(config);
        try (Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(deployment.settings().store())) {
            MessageStore store = new MessageStore(db);
            assertTrue(of(store, "carol/").values().stream().allMatch(s -> s == State.PLANNED), of(store, "carol/")
                    .toString());

            Files.walk(carol).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            daemon.router().leave("carol");

            Map<String, State> hers = of(store, "carol/");
            assertFalse(hers.isEmpty());
            assertTrue(hers.values().stream().allMatch(s -> s == State.CANCELLED), hers.toString());
            Map<String, State> his = of(store, "bob/");
            assertTrue(his.values().stream().allMatch(s -> s == State.PLANNED), his.toString());
        }

        JsonNode status = new ObjectMapper().readTree(cli("status", "--json"));
        int bobsPlanned = status.path("candidates").path("bob").path("planned").asInt();
        assertTrue(bobsPlanned > 0, status.toString());
        assertEquals(bobsPlanned, status.path("counts").path("planned").asInt(),
                "everything status counts as planned is bob's: " + status);
        assertFalse(status.path("candidates").has("carol"), status.toString());
    }

    /**
     * Carol's folder removed while the daemon was stopped, and a message left from before the config had candidates:
     * the next start cancels both, which nobody would ever send, while dave, whose candidate.conf broke meanwhile,
     * keeps his (they wait until it is fixed).
     */
    @Test
    void the_next_start_cancels_what_waits_for_a_candidate_whose_folder_went_while_it_was_stopped() throws Exception {
        config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "candidates"
                  policy { send-window { enabled = false }, self-window { enabled = false } }
                  templates = "%s"
                  store { url = "%s" }
                  web { enabled = false }
                }
                """.formatted(LiveConfig.projectTemplates(), LiveConfig.storeUnder(root)));
        Path bob = candidate("bob", "bob@example.com");
        Path carol = candidate("carol", "carol@example.com");
        Path dave = candidate("dave", "dave@example.com");
        for (Path home : List.of(bob, carol, dave)) {
            Files.writeString(home.resolve("interviews/acme.conf"),
                    DaemonHarness.interview(Duration.ofDays(-2), DaemonHarness.JANE, ""));
        }
        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { })) {
            assertTrue(daemon.sandbox().isEmpty());
        }
        Deployment before = Deployment.load(config);
        try (Database db = Database.open(before.settings().store())) {
            // the one job seeker's thank-you, planned before the config had candidates (its id names nobody)
            MessageStore store = new MessageStore(db);
            followup.plan.PlannedMessage carols = store.all().stream().filter(m -> m.key().startsWith("carol/acme/"
                    + "thank-you")).findFirst().map(m -> new followup.plan.PlannedMessage("acme/thank-you/"
                    + m.recipient(), "acme", followup.plan.Step.THANK_YOU, new followup.plan.Recipient("Jane Doe",
                    m.recipient(), java.time.ZoneId.of("UTC")), List.of(), null, m.due(), m.latest(), false, true,
                    State.PLANNED, "interview + 3h", "<legacy-acme@example.com>", null)).orElseThrow();
            store.upsertPlanned(carols, java.time.Instant.now());
        }
        Files.walk(carol).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.writeString(dave.resolve("candidate.conf"), "sender { name = \"Dave\", email = \"dave at example.com\","
                + " zone = \"UTC\" }\n");

        Deployment deployment = Deployment.load(config);
        int davesWaiting;
        try (Listened log = Listened.to(LeftBehind.class);
             Listened started = Listened.to(Daemon.class);
             Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> { });
             Database db = Database.open(deployment.settings().store())) {
            // dave's broken candidate.conf: left out, with the file, line and key to fix
            List<String> leftOut = started.events().stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(e -> e.getFormattedMessage()).toList();
            assertEquals(1, leftOut.size(), leftOut.toString());
            assertTrue(leftOut.get(0).startsWith("Candidate left out until fixed: ") && leftOut.get(0).contains(
                    "dave/candidate.conf:1: sender.email: \"dave at example.com\" is not a valid email address"),
                    leftOut.get(0));
            // the log says so, once for carol and once for what had no candidate's name
            List<String> said = log.events().stream().map(e -> e.getFormattedMessage()).toList();
            assertEquals(2, said.size(), said.toString());
            assertTrue(said.stream().anyMatch(l -> l.startsWith("Candidate carol has no folder in ")
                    && l.contains("their 5 message(s) still to go are cancelled")), said.toString());
            assertTrue(said.stream().anyMatch(l -> l.startsWith("1 message(s) still to go from before this config"
                    + " had candidates")), said.toString());
            MessageStore store = new MessageStore(db);
            Map<String, State> hers = of(store, "carol/");
            assertFalse(hers.isEmpty());
            assertTrue(hers.values().stream().allMatch(s -> s == State.CANCELLED), hers.toString());
            assertEquals(State.CANCELLED, store.find("acme/thank-you/jane@acme.example").orElseThrow().state());
            Map<String, State> his = of(store, "dave/");
            assertTrue(his.values().stream().allMatch(s -> s == State.PLANNED), "dave's wait: " + his);
            davesWaiting = his.size();
        }
        JsonNode status = new ObjectMapper().readTree(cli("status", "--json"));
        boolean davesProblem = false;   // each problem an object: candidate, file, line, key, message
        for (JsonNode p : status.path("problems")) {
            davesProblem |= p.path("candidate").asText().equals("dave")
                    && p.path("file").asText().endsWith("dave/candidate.conf") && p.path("line").asInt() == 1;
        }
        assertTrue(davesProblem, status.toString());
        int bobsPlanned = status.path("candidates").path("bob").path("planned").asInt();
        assertEquals(bobsPlanned + davesWaiting, status.path("counts").path("planned").asInt(), "planned: bob's, and"
                + " dave's waiting for his fix: " + status);
    }

    private static Map<String, State> of(MessageStore store, String prefix) {
        List<StoredMessage> all = store.all();
        return all.stream().filter(m -> !m.isNotice() && m.key().startsWith(prefix))
                .collect(Collectors.toMap(StoredMessage::key, StoredMessage::state));
    }

    private Path candidate(String name, String email) throws IOException {
        greenMail.setUser(email, email, name + "'s password");
        Path dir = Files.createDirectories(root.resolve("candidates").resolve(name).resolve("interviews"))
                .getParent();
        Path secret = LiveConfig.secretFile(dir.resolve("mail-password"), name + "'s password");
        Files.writeString(dir.resolve("candidate.conf"), """
                sender { name = "%s Lee", email = "%s", zone = "America/New_York" }
                mail {
                  mode = live
                  smtp { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s" }
                  imap { host = "127.0.0.1", port = %d, security = plain, username = "%s", password-file = "%s" }
                }
                """.formatted(name, email, greenMail.getSmtp().getPort(), email, secret,
                greenMail.getImap().getPort(), email, secret));
        return dir;
    }

    private String cli(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            assertEquals(0, Main.execute(all, Clock.systemUTC(), o, e), err.toString());
        }
        return out.toString();
    }
}
