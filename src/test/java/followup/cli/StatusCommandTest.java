package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Deployment;
import followup.store.Database;
import followup.store.EventLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The times `status` shows: a job seeker's in their own zone, a whole deployment's in the machine's. */
class StatusCommandTest {
    @TempDir
    Path tmp;

    /** Before anything ran, status --json has the shape it always has: every state counted 0, the lists empty. */
    @Test
    void aNegativeNumberOfEventsIsRefusedSayingWhatItTakes() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Europe/Berlin" }
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(tmp.resolve("data/followup")));
        Cli.Result r = Cli.run("status", "--events", "-1", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--events takes how many of the last events to show, 0 or more (not -1)"),
                r::toString);
    }

    /**
     * A broken config file, or {@code --candidate} naming no one: {@code status --json} still prints one JSON
     * document, with the problems as plan --json and validate --json give them, and exits 2 (it printed nothing).
     */
    @Test
    void statusJsonWithABrokenConfigIsStillOneDocumentWithItsProblems() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "Nowhere/City" }
                }
                """);
        Cli.Result r = Cli.run("status", "--json", "--config", config.toString()).assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        com.fasterxml.jackson.databind.JsonNode problems = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("problems");
        assertEquals(1, problems.size(), r::toString);
        assertEquals(2, problems.get(0).get("line").asInt(), r::toString);
        assertEquals("followup.sender.zone", problems.get(0).get("key").asText(), r::toString);
        assertTrue(problems.get(0).get("file").asText().endsWith("application.conf"), r::toString);
        assertTrue(problems.get(0).get("message").asText().contains("\"Nowhere/City\" is not a time zone"),
                r::toString);
    }

    @Test
    void statusJsonBeforeAnythingRanHasEveryStateAtZero() throws Exception {
        Path config = Workspaces.write(tmp);
        Cli.Result r = Cli.run("status", "--json", "--config", config.toString());
        assertEquals(0, r.code(), r::toString);
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out());
        for (followup.plan.State s : followup.plan.State.values()) {
            assertEquals(0, doc.get("counts").get(s.label()).asInt(), s.label() + " in " + r.out());
        }
        for (String list : List.of("failures", "held", "onHold", "events", "mailbox")) {
            assertTrue(doc.get(list).isArray() && doc.get(list).isEmpty(), list + " in " + r.out());
        }
    }

    /** A deployment's status --json names each candidate before anything ran too, every state at 0, as it does after. */
    @Test
    void statusJsonOfADeploymentBeforeAnythingRanCountsEachCandidateAtZero() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        for (String name : List.of("alice", "bob")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
        }
        Cli.Result r = Cli.run("status", "--json", "--config", config.toString());
        assertEquals(0, r.code(), r::toString);
        com.fasterxml.jackson.databind.JsonNode candidates = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("candidates");
        assertTrue(candidates != null && candidates.isObject(), r.out());
        List<String> names = new java.util.ArrayList<>();
        candidates.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("alice", "bob"), names);
        for (followup.plan.State s : followup.plan.State.values()) {
            assertEquals(0, candidates.get("bob").get(s.label()).asInt(), s.label() + " in " + r.out());
        }
    }

    /**
     * A deployment none of whose candidates can run (each candidate.conf broken) still has its candidates object in
     * status --json, empty, beside the problems: a reader of the field does not meet a document without it.
     */
    @Test
    void statusJsonOfADeploymentWhereNoCandidateCanRunHasAnEmptyCandidatesObject() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        Path home = Files.createDirectories(tmp.resolve("people/alice/interviews")).getParent();
        Files.writeString(home.resolve("candidate.conf"), "sender { name = \"Alice Roe\", email = \"alice at"
                + " example.com\", zone = \"Europe/Berlin\" }\n");

        Cli.Result r = Cli.run("status", "--json", "--config", config.toString());

        assertEquals(0, r.code(), r::toString);
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out());
        assertTrue(doc.get("candidates") != null && doc.get("candidates").isObject()
                && doc.get("candidates").isEmpty(), r.out());
        com.fasterxml.jackson.databind.JsonNode problem = doc.get("problems").get(0);
        assertEquals("alice", problem.get("candidate").asText(), r.out());
        assertTrue(problem.get("file").asText().endsWith("alice/candidate.conf"), r.out());
        assertEquals(1, problem.get("line").asInt(), r.out());
        assertEquals("sender.email", problem.get("key").asText(), r.out());
    }

    @Test
    void everyonesEventsAreShownInTheMachinesZoneAndOnePersonsInTheirOwn() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        for (String[] c : List.of(new String[] {"alice", "Europe/Berlin"}, new String[] {"bob", "America/New_York"})) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(c[0]).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "%s" }
                    """.formatted(c[0], c[0], c[1]));
        }
        Instant at = Instant.parse("2027-01-15T17:30:00Z");
        try (Database db = Database.open(Deployment.load(config).settings().store())) {
            EventLog events = new EventLog(db);
            events.record(at, "alice/acme", "alice/acme/thank-you/jane@acme.example", "sent", "Thank you -> jane");
            events.record(at.plusSeconds(60), "bob/globex", "bob/globex/thank-you/raj@globex.example", "sent",
                    "Thank you -> raj");
        }
        Clock tokyo = Clock.fixed(at.plusSeconds(3600), ZoneId.of("Asia/Tokyo"));

        String everyone = status(tokyo, config);
        assertTrue(everyone.contains("  2027-01-16 02:30:00 JST  sent  alice/acme/thank-you/jane@acme.example"),
                everyone);
        assertTrue(everyone.contains("  2027-01-16 02:31:00 JST  sent  bob/globex/thank-you/raj@globex.example"),
                everyone);
        String bob = status(tokyo, config, "--candidate", "bob");
        assertTrue(bob.contains("  2027-01-15 12:31:00 EST  sent  bob/globex/thank-you/raj@globex.example"), bob);
        assertTrue(!bob.contains("alice/acme"), bob);
        String alice = status(tokyo, config, "--candidate", "alice");
        assertTrue(alice.contains("  2027-01-15 18:30:00 CET  sent  alice/acme/thank-you/jane@acme.example"), alice);
    }

    /**
     * In a deployment every item of status names its candidate: a script that sorts a coach's failures and held
     * messages by job seeker reads the field, and a message the mailbox poll tied to no interview (an out-of-office
     * answer to nothing of ours) still says whose mailbox it came in, in --json and in the text.
     */
    @Test
    void everyItemOfADeploymentsStatusNamesItsCandidate() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        for (String name : List.of("alice", "bob")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
        }
        Instant at = Instant.parse("2027-01-15T17:30:00Z");
        try (Database db = Database.open(Deployment.load(config).settings().store())) {
            followup.store.MessageStore alices = new followup.store.MessageStore(db, "alice");
            followup.store.MessageStore bobs = new followup.store.MessageStore(db, "bob");
            alices.upsertPlanned(thankYou("alice/acme", "jane@acme.example", at), at);
            alices.settle("alice/acme/thank-you/jane@acme.example", followup.plan.State.PLANNED,
                    followup.plan.State.FAILED, "refused by the server", "550 5.1.1 no such user", at);
            bobs.upsertPlanned(thankYou("bob/globex", "raj@globex.example", at), at);
            bobs.settle("bob/globex/thank-you/raj@globex.example", followup.plan.State.PLANNED,
                    followup.plan.State.HELD, "reply from raj@globex.example", null, at);
            new EventLog(db).record(at, "bob/globex", "bob/globex/thank-you/raj@globex.example", "held",
                    "reply from raj@globex.example");
            new followup.store.MailLog(db, "bob").recordSeen("INBOX", 1, 7, at.plusSeconds(60),
                    "<ooo-1@mail.example.net>", "office@example.net", "Out of Office: back Monday", "auto-reply",
                    null, null);
        }
        Clock clock = Clock.fixed(at.plusSeconds(3600), ZoneId.of("UTC"));

        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(status(clock, config, "--json"));
        assertEquals("alice", doc.get("failures").get(0).path("candidate").asText(), doc.toString());
        assertEquals("bob", doc.get("held").get(0).path("candidate").asText(), doc.toString());
        assertEquals("bob", doc.get("events").get(0).path("candidate").asText(), doc.toString());
        assertEquals("bob", doc.get("mailbox").get(0).path("candidate").asText(), doc.toString());

        String text = status(clock, config);
        assertTrue(text.contains("auto-reply  in bob's mailbox, office@example.net: Out of Office: back Monday"),
                text);

        // one job seeker's own status stays as it was: every item is theirs
        com.fasterxml.jackson.databind.JsonNode bob = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(status(clock, config, "--json", "--candidate", "bob"));
        assertEquals("bob", bob.get("mailbox").get(0).path("candidate").asText(), bob.toString());
    }

    private static followup.plan.PlannedMessage thankYou(String id, String to, Instant due) {
        return new followup.plan.PlannedMessage(id + "/thank-you/" + to, id, followup.plan.Step.THANK_YOU,
                new followup.plan.Recipient("Someone", to, ZoneId.of("UTC")), List.of(), null, due,
                due.plusSeconds(3600), false, true, followup.plan.State.PLANNED, "interview + 3h",
                "<" + id.replace('/', '.') + "@example.com>", null);
    }

    @Test
    void aPasswordInTheStoreUrlIsRefusedWithoutBeingShown() throws Exception {
        for (String url : List.of("jdbc:h2:file:%s;CIPHER=AES;FILE_PASSWORD=Sekr3t-file-pw",
                "jdbc:postgres://127.0.0.1:1/x?password=Sekr3t-PW-typo")) {
            Path config = tmp.resolve("application.conf");
            Files.writeString(config, """
                    followup {
                      sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                      templates = "%s"
                      store.url = "%s"
                    }
                    """.formatted(Path.of("templates").toAbsolutePath(),
                    url.formatted(tmp.resolve("data/followup"))));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                code = Main.execute(new String[] {"status", "--config", config.toString()}, Clock.systemUTC(), o, e);
            }

            String all = out + "\n" + err;
            assertTrue(!all.contains("Sekr3t"), () -> "the password leaks: " + all);
            assertTrue(all.contains("followup.store.url: holds a password"), all);
            assertEquals(2, code, all);     // bad input
        }
    }

    /**
     * The daemon's passwords may live only in its service's environment: the commands that never sign in to a mail
     * server work from a shell without them, while validate (and run) still say they are missing.
     */
    @Test
    void commandsThatNeverSignInWorkWithoutTheMailPasswordsAndValidateStillAsksForThem() throws Exception {
        assertEquals(null, System.getenv("FOLLOWUP_SMTP_PASSWORD"), "this test needs an environment without it");
        Path config = tmp.resolve("application.conf");
        Path interviews = Files.createDirectories(tmp.resolve("interviews"));
        Files.copy(Path.of("conf/interviews/acme-platform.conf"), interviews.resolve("acme-platform.conf"));
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                  mail {
                    mode = live
                    smtp { host = "smtp.example.com", username = "alex@example.com" }
                    imap { host = "imap.example.com", username = "alex@example.com" }
                  }
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        for (List<String> command : List.of(List.of("status"), List.of("status", "--json"), List.of("plan"),
                List.of("plan", "--json"), List.of("preview", "acme-platform"), List.of("hold", "acme-platform"),
                List.of("resume", "acme-platform"), List.of("web-url"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--config", config.toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new)).assertNoStackTrace();
            assertEquals(0, r.code(), () -> command + ":\n" + r);
        }
        Cli.Result validate = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, validate.code(), validate::toString);
        assertTrue(validate.err().contains("followup.mail.smtp.password: missing"), validate::toString);
    }

    @Test
    void aDataDirectoryThatIsAFileStopsStatusAndPlanAsItStopsHold() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.createDirectories(tmp.resolve("interviews"));
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store.url = "jdbc:h2:file:%s"
                }
                """.formatted(Path.of("templates").toAbsolutePath(), tmp.resolve("data/followup")));
        Files.writeString(tmp.resolve("data"), "garbage\n");

        for (List<String> command : List.of(List.of("status"), List.of("status", "--json"), List.of("plan"),
                List.of("plan", "--json"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--config", config.toString()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                code = Main.execute(args.toArray(String[]::new), Clock.systemUTC(), o, e);
            }

            String all = command + ": exit " + code + "\n" + out + "\n" + err;
            assertEquals(1, code, all);
            assertTrue(err.toString().contains("the data directory " + tmp.resolve("data") + " cannot be created: "
                    + tmp.resolve("data") + " is a file, not a directory"), all);
            assertTrue(!out.toString().contains("planned") && !out.toString().contains("Nothing has run yet"), all);
        }
    }

    private static String status(Clock clock, Path config, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "status";
        args[1] = "--config";
        args[2] = config.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(args, clock, o, e);
        }
        assertEquals(0, code, () -> out + "\n" + err);
        return out.toString();
    }
}
