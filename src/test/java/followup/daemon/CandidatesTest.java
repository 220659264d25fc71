package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.nio.file.StandardOpenOption.APPEND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.cli.Main;
import followup.config.Deployment;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.holiday.PublicHolidays;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.State;
import followup.store.Database;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many job seekers in one deployment ({@code followup.candidates}), each with their own GreenMail mailbox: one
 * candidate's refused password, another's broken {@code candidate.conf} and two who share a sender address never
 * hold back the messages of a candidate whose mailbox works, and every one of them is reported with its file and line.
 */
class CandidatesTest {
    private static final String RIGHT = "bob's own password";
    private static final Duration WAIT = Duration.ofSeconds(40);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private Path config;

    private void deployment() throws IOException {
        deployment(LiveConfig.THANK_YOUS_ONLY.replace("thank-you { after = 0s", "thank-you { after = 2s")
                + "promise-reminder { after = 1s }");
    }

    private void deployment(String policy) throws IOException {
        config = LiveConfig.deployment(root, policy);
    }

    /** A candidate whose mailbox is GreenMail's user {@code email}, logging in with {@code password}. */
    private Path candidate(String name, String email, String password) throws IOException {
        return LiveConfig.candidate(root, name, Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Lee",
                email, password, greenMail.getSmtp().getPort(), greenMail.getImap().getPort());
    }

    /**
     * Bob and carol, each with a mailbox that works and a thank-you due at once (bob's to Raj, hers to Jane at
     * {@code globex}); returns carol's folder.
     */
    private Path bobAndCarol() throws IOException {
        deployment();
        greenMail.setUser("bob@example.com", "bob@example.com", RIGHT);
        greenMail.setUser("carol@example.com", "carol@example.com", "carol's password");
        Path bob = candidate("bob", "bob@example.com", RIGHT);
        record(bob, "acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.RAJ, ""));
        Path carol = candidate("carol", "carol@example.com", "carol's password");
        record(carol, "globex", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        return carol;
    }

    private static void record(Path candidateDir, String id, String hocon) throws IOException {
        Files.writeString(candidateDir.resolve("interviews").resolve(id + ".conf"), hocon);
    }

    @Test
    void a_refused_password_and_broken_configs_hold_back_nobody_else() throws Exception {
        deployment();
        greenMail.setUser("alice@example.com", "alice@example.com", "alice's real password");
        greenMail.setUser("bob@example.com", "bob@example.com", RIGHT);
        Path alice = candidate("alice", "alice@example.com", "a password the server refuses");
        Path bob = candidate("bob", "bob@example.com", RIGHT);
        record(alice, "acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE,
                "promised-by-me = [\"the design doc\"]"));
        record(bob, "acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.RAJ, ""));
        Path carol = Files.createDirectories(root.resolve("candidates/carol/interviews")).getParent();
        Files.writeString(carol.resolve("candidate.conf"), """
                sender { name = "Carol Diaz", zone = "America/New_York",
                         email = "carol at example.com" }
                """);
        candidate("dave", "shared@example.com", "x");
        candidate("erin", "Shared@example.com", "x");

        Deployment deployment = Deployment.load(config);
        assertEquals(List.of("alice", "bob"), deployment.names());
        String problems = deployment.problems().toString();
        assertTrue(problems.contains("carol/candidate.conf:2: sender.email:"), problems);
        assertTrue(problems.contains("dave/candidate.conf:1: sender.email: \"shared@example.com\" is also the sender"
                + " of candidate erin"), problems);
        assertTrue(problems.contains("erin/candidate.conf:1"), problems);

        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        Instant started = Instant.now();
        try (Listened log = Listened.to(Dispatcher.class);
             Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Awaitility.await("bob's thank-you to Raj").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().equals("bob/acme/thank-you/raj@acme.example")));
            // the JSON log's fields of the line that says so name bob, his interview and the step
            Awaitility.await("the log line of bob's thank-you").atMost(WAIT).until(() -> log.events().stream()
                    .anyMatch(e -> e.getFormattedMessage().startsWith("Sent bob/acme/thank-you/raj@acme.example")));
            ch.qos.logback.classic.spi.ILoggingEvent line = log.events().stream().filter(e -> e.getFormattedMessage()
                    .startsWith("Sent bob/acme/thank-you/raj@acme.example")).findFirst().orElseThrow();
            assertEquals(java.util.Map.of("key", "bob/acme/thank-you/raj@acme.example", "candidate", "bob",
                    "interview", "bob/acme", "step", "thank-you"), line.getMDCPropertyMap());
            StoredMessage thanks = sent.stream().filter(m -> m.key().startsWith("bob/acme/thank-you")).findFirst()
                    .orElseThrow();
            // due 2 s after the interview; alice's refused logins ran beside it
            assertTrue(Duration.between(thanks.due(), thanks.sentAt()).compareTo(Duration.ofSeconds(10)) < 0,
                    "sent " + Duration.between(thanks.due(), thanks.sentAt()) + " after it was due");
            MimeMessage toRaj = inbox("raj@acme.example").get(0);
            assertEquals("bob@example.com", ((InternetAddress) toRaj.getFrom()[0]).getAddress());

            try (Database db = Database.open(deployment.settings().store())) {
                MessageStore store = new MessageStore(db);
                // her reminder to herself needs no reply check: the server refuses her login, and says where to fix it
                Awaitility.await("alice's refused reminder").atMost(WAIT).until(() -> store.find(
                        "alice/acme/promise-reminder/self").map(StoredMessage::state).orElse(null) == State.FAILED);
                String reason = store.find("alice/acme/promise-reminder/self").orElseThrow().reason();
                assertTrue(reason.contains("alice/candidate.conf:4"), reason);
                // her password is in her own file: the deployment's variable is never hers
                assertTrue(reason.contains("the password in password-file, or the variable named at password, in"
                        + " mail.smtp of their candidate.conf"), reason);
                assertFalse(reason.contains("FOLLOWUP_SMTP_PASSWORD"), reason);
                // her thank-you waits for a reply check her mailbox refuses: never sent unchecked
                StoredMessage thanksAlice = store.find("alice/acme/thank-you/jane@acme.example").orElseThrow();
                assertEquals(State.PLANNED, thanksAlice.state(), thanksAlice.toString());
                assertEquals(List.of(), inbox("jane@acme.example"), "nothing reached Jane from alice");
            }
            assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("alice/")), sent.toString());

            // the metrics say whose: bob sent his, the server refused alice's login
            String metrics = MetricsTest.scrape(daemon.metricsPort().orElseThrow());
            assertEquals(1, MetricsTest.sample(metrics, "followup_sends_total{candidate=\"bob\",outcome=\"sent\"}"),
                    metrics);
            assertEquals(0, MetricsTest.sample(metrics, "followup_sends_total{candidate=\"alice\",outcome=\"sent\"}"),
                    metrics);
            assertTrue(MetricsTest.sample(metrics, "followup_sends_total{candidate=\"alice\",outcome=\"login\"}") >= 1,
                    metrics);
            assertTrue(MetricsTest.sample(metrics, "followup_failures_total{candidate=\"alice\",kind=\"poll\"}")
                    >= 1, metrics);
            assertEquals(0, MetricsTest.sample(metrics, "followup_failures_total{candidate=\"bob\",kind=\"login\"}"),
                    metrics);
            assertEquals(1, MetricsTest.sample(metrics, "followup_messages{candidate=\"bob\",state=\"sent\"}"),
                    metrics);
            assertTrue(MetricsTest.sample(metrics, "followup_messages{candidate=\"alice\",state=\"failed\"}") >= 1,
                    metrics);
            assertFalse(metrics.contains("followup_sends_total{outcome="), "every send names its candidate:\n"
                    + metrics);
            assertFalse(metrics.contains("carol") || metrics.contains("dave"), "only candidates who run: " + metrics);
            assertFalse(metrics.contains("example.com"), "no address on /metrics");
        }
        assertTrue(Duration.between(started, Instant.now()).compareTo(WAIT.multipliedBy(2)) < 0);

        Cli status = cli("status");
        assertEquals(0, status.code(), status.toString());
        assertTrue(status.out().contains("carol/candidate.conf:2"), status.out());
        assertTrue(status.out().contains("mailbox-unreachable  alice/mailbox"), status.out());
        assertTrue(status.out().contains("alice/candidate.conf:6"), status.out());   // her imap block
        assertTrue(status.out().contains("alice/acme/promise-reminder/self: failed"), status.out());
        assertTrue(status.out().contains("  bob (bob@example.com): planned"), status.out());
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("  bob (bob@example.com): ")
                && l.contains("sent 1") && !l.contains("failed")), status.out());
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("  alice (alice@example.com): ")
                && l.contains("failed 1") && !l.contains("sent")), status.out());   // no notice tried: same login
        Cli statusJson = cli("status", "--json");
        JsonNode perCandidate = new ObjectMapper().readTree(statusJson.out()).get("candidates");
        assertEquals(1, perCandidate.get("bob").get("sent").asInt(), statusJson.out());
        assertEquals(0, perCandidate.get("alice").get("sent").asInt(), statusJson.out());
        Cli validate = cli("validate");
        assertEquals(2, validate.code(), validate.toString());
        assertTrue(validate.err().contains("carol/candidate.conf:2"), validate.err());
        Cli plan = cli("plan", "--json", "--candidate", "bob");
        assertEquals(0, plan.code(), plan.toString());
        JsonNode interviews = new ObjectMapper().readTree(plan.out()).get("interviews");
        assertEquals(1, interviews.size());
        assertEquals("bob/acme", interviews.get(0).get("id").asText());
        assertEquals("bob", interviews.get(0).get("candidate").asText());
        List<String> keys = new ArrayList<>();
        interviews.get(0).get("messages").forEach(m -> keys.add(m.get("key").asText()));
        assertTrue(keys.contains("bob/acme/thank-you/raj@acme.example"), keys.toString());
        assertEquals("sent", state(interviews.get(0), "bob/acme/thank-you/raj@acme.example"));
        Cli unnamed = cli("preview", "acme");
        assertEquals(2, unnamed.code(), unnamed.toString());
        assertTrue(unnamed.err().contains("several candidates have an interview acme (alice, bob): say whose, e.g."
                + " write alice/acme or add --candidate alice"), unnamed.err());
        Cli hold = cli("hold", "acme", "--candidate", "alice");
        assertEquals(0, hold.code(), hold.toString());
        assertTrue(hold.out().contains("Held alice/acme"), hold.out());
    }

    @Test
    void a_candidate_fixed_or_added_while_the_daemon_runs_starts_without_a_restart() throws Exception {
        deployment();
        greenMail.setUser("bob@example.com", "bob@example.com", RIGHT);
        greenMail.setUser("carol@example.com", "carol@example.com", "carol's password");
        greenMail.setUser("dave@example.com", "dave@example.com", "dave's password");
        Path bob = candidate("bob", "bob@example.com", RIGHT);
        record(bob, "acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.RAJ, ""));
        Path carol = Files.createDirectories(root.resolve("candidates/carol/interviews")).getParent();
        Files.writeString(carol.resolve("candidate.conf"), """
                sender { name = "Carol Diaz", zone = "America/New_York", email = "carol at example.com" }
                """);
        record(carol, "globex", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
        Deployment atStart = Deployment.load(config);
        assertEquals(List.of("bob"), atStart.names());

        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(atStart, Clock.systemUTC(), (m, mime) -> sent.add(m));
             Database db = Database.open(atStart.settings().store())) {
            Awaitility.await("bob's thank-you").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().equals("bob/acme/thank-you/raj@acme.example")));
            assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("carol/")), sent.toString());

            candidate("carol", "carol@example.com", "carol's password");   // her candidate.conf, fixed
            Awaitility.await("carol's thank-you, once her candidate.conf is fixed").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(50)).until(() -> sent.stream()
                            .anyMatch(m -> m.key().equals("carol/globex/thank-you/jane@acme.example")));
            MimeMessage toJane = inbox("jane@acme.example").get(0);
            assertEquals("carol@example.com", ((InternetAddress) toJane.getFrom()[0]).getAddress());

            // a newcomer with a running candidate's address is refused; one with their own mailbox runs
            Path erin = candidate("erin", "Bob@Example.com", RIGHT);
            record(erin, "initech", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
            Path dave = candidate("dave", "dave@example.com", "dave's password");
            record(dave, "initech", DaemonHarness.interview(Duration.ZERO, DaemonHarness.RAJ, ""));
            Awaitility.await("dave's thank-you").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().equals(
                            "dave/initech/thank-you/raj@acme.example")));
            assertEquals(List.of(), new MessageStore(db).all().stream().filter(m -> m.key().startsWith("erin/"))
                    .toList(), "erin shares bob's mailbox: nothing of hers is planned, let alone sent");
            assertEquals(1, sent.stream().filter(m -> m.key().equals("bob/acme/thank-you/raj@acme.example")).count(),
                    "bob's own thank-you went once");
        }
    }

    /**
     * A running candidate's candidate.conf changed into one with problems: the log says what they are, since the
     * daemon goes on with the settings it started with and only a restart would leave the candidate out.
     */
    @Test
    void a_running_candidates_conf_broken_while_the_daemon_runs_is_said_to_have_problems() throws Exception {
        bobAndCarol();
        Path conf = root.resolve("candidates/bob/candidate.conf");
        try (Listened log = Listened.to(Newcomers.class);
             Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { })) {
            Files.writeString(conf, Files.readString(conf).replace("mode = live", "mode = live\n  colour = blue"));
            Awaitility.await("the line about bob's changed candidate.conf").atMost(WAIT).until(() -> log.events()
                    .stream().anyMatch(e -> e.getFormattedMessage().contains("mail.colour: unknown key")));
            List<String> lines = log.events().stream().map(e -> e.getFormattedMessage()).toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Candidate bob: ") && l.contains("candidate.conf"
                    + " changed and has problems; the daemon goes on with the settings it started with, but restarted"
                    + " it would leave them out until they are fixed:")), lines::toString);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Candidate bob: ") && l.contains(
                    "bob/candidate.conf:4: mail.colour: unknown key")), lines::toString);
        }
    }

    /**
     * What the log says about a candidate's records (a record with problems at start, one loaded while it runs) names
     * that candidate, as the lines about their messages and mailbox do: {@code [bob]} in text, mdc.candidate in JSON.
     */
    @Test
    void the_log_lines_about_a_candidates_records_name_the_candidate() throws Exception {
        bobAndCarol();
        Path bob = root.resolve("candidates/bob");
        record(bob, "broken", "company = \"Broken Co\"\n");
        try (Listened log = Listened.to(RecordBook.class);
             Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { })) {
            record(bob, "initech", DaemonHarness.interview(Duration.ofDays(1), DaemonHarness.JANE, ""));
            Awaitility.await("the line about bob's new record").atMost(WAIT).until(() -> log.events().stream()
                    .anyMatch(e -> e.getFormattedMessage().startsWith("Record loaded: ")
                            && e.getFormattedMessage().contains("initech")));
            List<ch.qos.logback.classic.spi.ILoggingEvent> about = log.events().stream()
                    .filter(e -> e.getFormattedMessage().contains("broken.conf")
                            || e.getFormattedMessage().contains("initech.conf")).toList();
            assertTrue(about.size() >= 2, about::toString);
            for (ch.qos.logback.classic.spi.ILoggingEvent e : about) {
                assertEquals("bob", e.getMDCPropertyMap().get("candidate"), e.getFormattedMessage());
            }
        }
    }

    /**
     * A warning about a candidate's record (their domains leave out the interviewer's own) is one line of the log
     * naming that candidate, said when the daemon reads the record and not again while the file stays as it is.
     */
    @Test
    void a_warning_about_a_candidates_record_is_logged_once_naming_the_candidate() throws Exception {
        bobAndCarol();
        Path bob = root.resolve("candidates/bob");
        record(bob, "initech", DaemonHarness.interview(Duration.ofDays(1), DaemonHarness.JANE,
                "domains = [\"initech.example\"]"));
        try (Listened log = Listened.to(RecordBook.class);
             Listened warnings = Listened.to(RecordBook.WARNINGS_LOG);
             Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> { })) {
            record(bob, "globex", DaemonHarness.interview(Duration.ofDays(2), DaemonHarness.RAJ, ""));
            Awaitility.await("bob's second record read").atMost(WAIT).until(() -> log.events().stream()
                    .anyMatch(e -> e.getFormattedMessage().startsWith("Record loaded: ")
                            && e.getFormattedMessage().contains("globex")));
            List<ch.qos.logback.classic.spi.ILoggingEvent> warned = warnings.events().stream()
                    .filter(e -> e.getFormattedMessage().contains(": domains: warning: ")).toList();
            assertEquals(1, warned.size(), warned::toString);
            assertTrue(warned.get(0).getFormattedMessage().startsWith(followup.config.Display.path(bob.resolve(
                    "interviews/initech.conf")) + ":"), warned::toString);
            assertTrue(warned.get(0).getFormattedMessage().contains("acme.example (Jane Doe) is not in domains"),
                    warned::toString);
            assertEquals("bob", warned.get(0).getMDCPropertyMap().get("candidate"), warned::toString);
            assertEquals(ch.qos.logback.classic.Level.WARN, warned.get(0).getLevel());
        }
    }

    /**
     * A candidate whose folder is removed while the daemon runs (the job seeker left the deployment): her pending
     * messages are cancelled with her records, and her mailbox is no longer read, with the password she started with;
     * bob goes on. Her folder put back, she runs again.
     */
    @Test
    void a_candidate_whose_folder_is_removed_stops_and_her_mailbox_is_no_longer_read() throws Exception {
        deployment();
        greenMail.setUser("bob@example.com", "bob@example.com", RIGHT);
        greenMail.setUser("carol@example.com", "carol@example.com", "carol's password");
        try (SwitchableProxy carolsImap = SwitchableProxy.start(greenMail.getImap().getPort())) {
            Path carol = candidate("carol", "carol@example.com", "carol's password");
            String server = "imap { host = \"127.0.0.1\", port = ";
            Files.writeString(carol.resolve("candidate.conf"), Files.readString(carol.resolve("candidate.conf"))
                    .replace(server + greenMail.getImap().getPort(), server + carolsImap.port()));
            record(carol, "globex", DaemonHarness.interview(Duration.ofHours(-2), DaemonHarness.JANE, ""));
            Path bob = candidate("bob", "bob@example.com", RIGHT);
            Deployment deployment = Deployment.load(config);
            assertEquals(List.of("bob", "carol"), deployment.names(), deployment.problems().toString());
            String thanks = "carol/globex/thank-you/jane@acme.example";

            List<StoredMessage> sent = new CopyOnWriteArrayList<>();
            try (Listened log = Listened.to(Router.class);
                 Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> sent.add(m));
                 Database db = Database.open(deployment.settings().store())) {
                MessageStore store = new MessageStore(db);
                Awaitility.await("carol's mailbox read").atMost(WAIT).until(() -> carolsImap.fromClients()
                        .matches("(?s).*(EXAMINE|SELECT|STATUS).*") && store.find(thanks).map(StoredMessage::state)
                        .orElse(null) == State.PLANNED);

                Path away = Files.move(carol, root.resolve("carol-left"));
                Awaitility.await("carol stopped").atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> log
                        .events().stream().anyMatch(e -> e.getFormattedMessage().startsWith("Candidate carol stopped")));
                assertEquals(State.CANCELLED, store.find(thanks).orElseThrow().state(), "cancelled with her record");
                Awaitility.await("her mailbox closed").atMost(WAIT).until(() -> carolsImap.fromClients()
                        .contains("LOGOUT"));
                int read = carolsImap.fromClients().length();
                int connections = carolsImap.connections();
                // her poll came every second: three seconds without a word to her server
                Awaitility.await("no word to her mailbox").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                        .until(() -> carolsImap.fromClients().length() == read
                                && carolsImap.connections() == connections);

                record(bob, "acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.RAJ, ""));
                Awaitility.await("bob's thank-you").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                        .until(() -> sent.stream().anyMatch(m -> m.key().equals(
                                "bob/acme/thank-you/raj@acme.example")));

                Files.move(away, carol);
                Awaitility.await("carol back").atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() ->
                        store.find(thanks).map(StoredMessage::state).orElse(null) == State.PLANNED
                        && carolsImap.connections() > connections);
                assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("carol/")), sent.toString());
            }
        }
    }

    /**
     * A candidate's folder renamed while the daemon runs (carol to carol-diaz) gives each of her interviews a new id;
     * the thank-you that went out under her old name does not go to Jane again under the new one.
     */
    @Test
    void a_candidate_whose_folder_is_renamed_does_not_thank_anyone_again() throws Exception {
        Path carol = bobAndCarol();
        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        Deployment deployment = Deployment.load(config);
        try (Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> sent.add(m));
             Database db = Database.open(deployment.settings().store())) {
            Awaitility.await("carol's thank-you").atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> sent
                    .stream().anyMatch(m -> m.key().equals("carol/globex/thank-you/jane@acme.example")));

            Path renamed = Files.move(carol, carol.resolveSibling("carol-diaz"));
            Path conf = renamed.resolve("candidate.conf");   // its password file is named by its absolute path
            Files.writeString(conf, Files.readString(conf).replace(carol + "/", renamed + "/"));
            MessageStore store = new MessageStore(db);
            String again = "carol-diaz/globex/thank-you/jane@acme.example";
            Awaitility.await("her thank-you under her new name, settled").atMost(WAIT).until(() -> store.find(again)
                    .map(StoredMessage::state).orElse(null) == State.SKIPPED);
            String reason = store.find(again).orElseThrow().reason();
            assertTrue(reason.startsWith("already sent as carol/globex/thank-you/jane@acme.example"), reason);
            List<String> toJane = new ArrayList<>();     // her copy, in carol's sent folder, has the same Message-ID
            for (MimeMessage m : inbox("jane@acme.example")) {
                if (!toJane.contains(m.getMessageID())) {
                    toJane.add(m.getMessageID());
                }
            }
            assertEquals(1, toJane.size(), () -> "Jane was thanked once: " + sent);
            assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("carol-diaz/")), sent.toString());
        }
    }

    /**
     * A newcomer's triggers are set while the scheduler runs, before the router knows them: one due at once can fire
     * then, find nobody, and ask to be scheduled again, while the start notes the trigger as set just after. Her
     * message is then planned, noted as scheduled, and has no trigger. That state is made here before she joins.
     */
    @Test
    void a_newcomer_whose_trigger_fired_before_the_router_knew_her_still_sends() throws Exception {
        Path carol = bobAndCarol();
        String key = "carol/globex/thank-you/jane@acme.example";
        Settings carols = Deployment.load(config).candidates().stream().filter(c -> c.candidate().equals("carol"))
                .findFirst().orElseThrow();
        Interview globex = RecordLoader.forSettings(carols).load(carol.resolve("interviews/globex.conf"),
                new ArrayList<>());
        PlannedMessage thankYou = new Planner(carols.policy(), carols.sender(), Clock.systemUTC(),
                PublicHolidays.of(carols.holidays())).plan(globex).stream().filter(m -> m.key().equals(key))
                .findFirst().orElseThrow();
        try (Database db = Database.open(Deployment.load(config).settings().store())) {
            MessageStore store = new MessageStore(db, "carol");
            store.upsertPlanned(thankYou, Instant.now());
            store.markScheduled(key, thankYou.due());
        }
        Files.writeString(carol.resolve("candidate.conf"), """
                sender { name = "Carol Diaz", zone = "America/New_York", email = "carol at example.com" }
                """);
        Deployment atStart = Deployment.load(config);
        assertEquals(List.of("bob"), atStart.names());

        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(atStart, Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Awaitility.await("bob's thank-you").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().equals("bob/acme/thank-you/raj@acme.example")));
            candidate("carol", "carol@example.com", "carol's password");   // her candidate.conf, fixed
            Awaitility.await("carol's thank-you, once she joins").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().equals(key)));
            assertEquals(1, sent.stream().filter(m -> m.key().equals(key)).count(), "once");
        }
    }

    /**
     * A deployment set up before anyone joined, as a career office sets up the service first: the daemon starts on
     * the empty candidates directory and waits, and the first job seeker's folder runs within seconds of being added,
     * without a restart.
     */
    @Test
    void a_deployment_started_before_anyone_joined_runs_its_first_candidate_once_her_folder_is_added()
            throws Exception {
        deployment();
        Files.createDirectories(root.resolve("candidates"));
        greenMail.setUser("carol@example.com", "carol@example.com", "carol's password");
        Deployment atStart = Deployment.load(config);
        assertEquals(List.of(), atStart.names());
        assertEquals(List.of(), atStart.problems());

        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(atStart, Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Path carol = candidate("carol", "carol@example.com", "carol's password");
            record(carol, "globex", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, ""));
            String key = "carol/globex/thank-you/jane@acme.example";
            Awaitility.await("carol's thank-you, once her folder is added").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(50)).until(() -> sent.stream().anyMatch(m -> m.key().equals(key)));
            assertEquals(1, sent.stream().filter(m -> m.key().equals(key)).count(), "once");
            assertEquals("carol@example.com",
                    ((InternetAddress) inbox("jane@acme.example").get(0).getFrom()[0]).getAddress());
        }
    }

    /**
     * A panel's thank-yous due together in a deployment of candidates: one worker at a time is on the sender's
     * messages, so the triggers that fire beside it find the turn taken and come back a moment later. Every one of
     * them still goes, once, within seconds.
     */
    @Test
    void a_panels_thank_yous_due_together_all_go_once_with_one_worker_on_them() throws Exception {
        deployment();
        greenMail.setUser("alice@example.com", "alice@example.com", "alice's password");
        Path alice = candidate("alice", "alice@example.com", "alice's password");
        record(alice, "acme", DaemonHarness.interview(Duration.ZERO, panel("p"), ""));
        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Awaitility.await("the six thank-yous").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().filter(m -> m.key().startsWith("alice/acme/thank-you/")).count() == 6);
            for (StoredMessage m : sent) {
                assertTrue(Duration.between(m.due(), m.sentAt()).compareTo(Duration.ofSeconds(10)) < 0,
                        m.key() + " sent " + Duration.between(m.due(), m.sentAt()) + " after it was due");
            }
        }
        for (int i = 1; i <= 6; i++) {
            String to = "p" + i + "@acme.example";
            // that mailbox's own INBOX: alice's copies in her sent folder are addressed to them too
            com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(to);
            assertEquals(1, greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount(),
                    to + "'s thank-you, once");
        }
    }

    /**
     * A candidate whose IMAP server takes the connection and then never answers (a host behind a broken firewall, a
     * hung server), with a panel's thank-yous all due at once: each of them waits for that reply check. Another
     * candidate's thank-you due at the same moment still goes at once, not after her mailbox's timeout; and the
     * daemon's stop waits for the check in hand, not for every one of her messages to time out again.
     */
    @Test
    void a_mailbox_that_never_answers_holds_back_nobody_else() throws Exception {
        hungServerBesideBob("imap", greenMail.getImap().getPort(), "timeout = 5s, poll-interval = 1s }",
                "timeout = 10s, poll-interval = 1s }", List.of("acme"));
    }

    /**
     * A candidate whose SMTP server takes the connection and then never answers, with two panels' thank-yous due at
     * once: her one SMTP conversation at a time waits out its timeout, and her other messages wait for it. Another
     * candidate's thank-you due at the same moment still goes at once: her messages take one worker, not every one;
     * and the stop waits for her one conversation in hand. Without that limit, five runs out of five failed: in two,
     * his thank-you was not sent within 40 s; in the other three, the stop took 40 s.
     */
    @Test
    void an_smtp_server_that_never_answers_holds_back_nobody_else() throws Exception {
        hungServerBesideBob("smtp", greenMail.getSmtp().getPort(), "connect-timeout = 5s, timeout = 5s }",
                "connect-timeout = 5s, timeout = 10s }", List.of("acme", "globex"));
    }

    /**
     * Alice's {@code protocol} server is a tarpit (her settings' {@code timeout} line {@code from} becomes {@code to}),
     * with a panel of six at each of {@code companies} thanked at once; bob's thank-you is due at the same moment.
     * His goes within seconds, none of hers goes, and the stop that follows waits for her one server in hand.
     */
    private void hungServerBesideBob(String protocol, int realPort, String from, String to, List<String> companies)
            throws Exception {
        deployment();
        greenMail.setUser("bob@example.com", "bob@example.com", RIGHT);
        greenMail.setUser("alice@example.com", "alice@example.com", "alice's password");
        try (Tarpit tarpit = new Tarpit()) {
            Path alice = candidate("alice", "alice@example.com", "alice's password");
            String server = protocol + " { host = \"127.0.0.1\", port = ";
            String conf = Files.readString(alice.resolve("candidate.conf")).replace(server + realPort,
                    server + tarpit.port()).replace(from, to);
            assertTrue(conf.contains(server + tarpit.port()) && conf.contains(to), conf);
            Files.writeString(alice.resolve("candidate.conf"), conf);
            for (String company : companies) {
                record(alice, company, DaemonHarness.interview(Duration.ZERO, panel(company), ""));
            }
            Path bob = candidate("bob", "bob@example.com", RIGHT);
            record(bob, "acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.RAJ, ""));
            Deployment deployment = Deployment.load(config);
            assertEquals(List.of("alice", "bob"), deployment.names(), deployment.problems().toString());

            List<StoredMessage> sent = new CopyOnWriteArrayList<>();
            try (Daemon daemon = Daemon.start(deployment, Clock.systemUTC(), (m, mime) -> sent.add(m))) {
                Awaitility.await("bob's thank-you to Raj").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                        .until(() -> sent.stream().anyMatch(m -> m.key().equals(
                                "bob/acme/thank-you/raj@acme.example")));
                StoredMessage thanks = sent.stream().filter(m -> m.key().startsWith("bob/acme/thank-you"))
                        .findFirst().orElseThrow();
                assertTrue(Duration.between(thanks.due(), thanks.sentAt()).compareTo(Duration.ofSeconds(8)) < 0,
                        "sent " + Duration.between(thanks.due(), thanks.sentAt()) + " after it was due");
                assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("alice/acme/thank-you")), sent.toString());
                assertTrue(tarpit.wasTried(), "her " + protocol + " server was tried, and held what it was asked");
                // a stop finishes what is in hand (her one server, up to its timeout) and takes up nothing more
                Instant stop = Instant.now();
                daemon.close();
                Duration stopping = Duration.between(stop, Instant.now());
                assertTrue(stopping.compareTo(Duration.ofSeconds(20)) < 0, "the stop took " + stopping);
            }
        }
    }

    /** Six interviewers, {@code PREFIX1@acme.example} to {@code PREFIX6@acme.example}, each with a topic. */
    private static String panel(String prefix) {
        StringBuilder panel = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            panel.append("{ name = \"Panel Member").append(i).append("\", email = \"").append(prefix).append(i)
                    .append("@acme.example\", topics = [\"topic ").append(i).append("\"] }\n");
        }
        return panel.toString();
    }

    /**
     * A candidate whose own templates directory does not exist is left out while the others send; once the directory
     * is made, she joins the running daemon and her message goes, once.
     */
    @Test
    void a_candidate_without_her_templates_waits_for_them_and_nobody_else_does() throws Exception {
        Path carol = bobAndCarol();
        Files.writeString(carol.resolve("candidate.conf"), "templates = \"her-templates\"\n", APPEND);
        Deployment atStart = Deployment.load(config);
        assertEquals(List.of("bob"), atStart.withTemplates().names());
        assertTrue(atStart.withTemplates().problems().toString().contains("carol/candidate.conf:10: templates: \""),
                atStart.withTemplates().problems().toString());

        String key = "carol/globex/thank-you/jane@acme.example";
        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(atStart, Clock.systemUTC(), (m, mime) -> sent.add(m))) {
            Awaitility.await("bob's thank-you").atMost(WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.stream().anyMatch(m -> m.key().equals("bob/acme/thank-you/raj@acme.example")));
            assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("carol/")), sent.toString());

            copyTree(LiveConfig.projectTemplates(), carol.resolve("her-templates"));
            Awaitility.await("carol's thank-you, once her templates are there").atMost(WAIT)
                    .pollInterval(Duration.ofMillis(50)).until(() -> sent.stream().anyMatch(m -> m.key().equals(key)));
            assertEquals(1, sent.stream().filter(m -> m.key().equals(key)).count(), "once");
            MimeMessage toJane = inbox("jane@acme.example").get(0);
            assertEquals("carol@example.com", ((InternetAddress) toJane.getFrom()[0]).getAddress());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Path staging = to.resolveSibling(to.getFileName() + ".partial");   // appears whole, as a user's mv would
        try (java.util.stream.Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, staging.resolve(from.relativize(p).toString()));
            }
        }
        Files.move(staging, to);
    }

    @Test
    void a_reply_in_one_candidates_mailbox_holds_only_that_candidates_messages() throws Exception {
        deployment(LiveConfig.THANK_YOUS_ONLY.replace("thank-you { after = 0s", "thank-you { after = 1s")
                .replace("follow-up { after = 30d }", "follow-up { after = 12s }"));
        greenMail.setUser("alice@example.com", "alice@example.com", "alice's password");
        com.icegreen.greenmail.user.GreenMailUser bobsMailbox = greenMail.setUser("bob@example.com",
                "bob@example.com", RIGHT);
        Path alice = candidate("alice", "alice@example.com", "alice's password");
        Path bob = candidate("bob", "bob@example.com", RIGHT);
        // the same company, the same interviewer, the same morning: only the mailbox tells them apart
        String acme = DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE, "");
        record(alice, "acme", acme);
        record(bob, "acme", acme);
        List<StoredMessage> sent = new CopyOnWriteArrayList<>();
        try (Daemon daemon = Daemon.start(Deployment.load(config), Clock.systemUTC(), (m, mime) -> sent.add(m));
             Database db = Database.open(Deployment.load(config).settings().store())) {
            Awaitility.await("both thank-yous").atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() ->
                    sent.stream().filter(m -> m.step().equals("thank-you")).count() == 2);
            StoredMessage bobsThanks = sent.stream().filter(m -> m.key().equals(
                    "bob/acme/thank-you/jane@acme.example")).findFirst().orElseThrow();
            IncomingMail.from("jane@acme.example", "Re: your note").inReplyTo(bobsThanks.messageId())
                    .deliverTo(bobsMailbox);
            MessageStore store = new MessageStore(db);
            Awaitility.await("bob's follow-up held").atMost(WAIT).until(() -> store.find(
                    "bob/acme/follow-up/jane@acme.example").map(StoredMessage::state).orElse(null) == State.HELD);
            Awaitility.await("alice's follow-up sent").atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() ->
                    sent.stream().anyMatch(m -> m.key().equals("alice/acme/follow-up/jane@acme.example")));
            assertEquals(State.HELD, store.find("bob/acme/follow-up/jane@acme.example").orElseThrow().state());
            assertTrue(sent.stream().noneMatch(m -> m.key().equals("bob/acme/follow-up/jane@acme.example")));
            // the reply's notice goes to bob alone
            Awaitility.await("bob's notice").atMost(WAIT).until(() -> sent.stream().anyMatch(m ->
                    m.key().startsWith("bob/acme/notice/reply")));
            assertTrue(sent.stream().noneMatch(m -> m.key().startsWith("alice/acme/notice/")), sent.toString());
        }
    }

    private static String state(JsonNode interview, String key) {
        for (JsonNode m : interview.get("messages")) {
            if (m.get("key").asText().equals(key)) {
                return m.get("state").asText();
            }
        }
        return "missing";
    }

    private static List<MimeMessage> inbox(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (jakarta.mail.Address a : Optional.ofNullable(m.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])) {
                if (((InternetAddress) a).getAddress().equalsIgnoreCase(address)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private record Cli(int code, String out, String err) {
    }

    private Cli cli(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(all, Clock.systemUTC(), o, e);
        }
        return new Cli(code, out.toString(), err.toString());
    }
}
