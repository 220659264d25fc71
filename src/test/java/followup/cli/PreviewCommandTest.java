package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.PlannedMessage;
import followup.plan.Step;
import followup.template.Rendered;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {
    @TempDir
    Path tmp;

    /** The printed messages, each from its "==== key" line to the next. */
    private static Map<String, String> blocks(String out) {
        Map<String, String> blocks = new java.util.LinkedHashMap<>();
        String[] parts = out.split("(?m)^(?===== )");
        for (String part : parts) {
            if (part.startsWith("==== ")) {
                String key = part.substring(5, part.indexOf(' ', 5));
                blocks.put(key, part);
            } else {
                assertTrue(part.isBlank(), "text outside a message: " + part);
            }
        }
        return blocks;
    }

    private static String header(String block, String name) {
        return Arrays.stream(block.split("\n")).filter(l -> l.startsWith(name + ": ")).findFirst()
                .map(l -> l.substring(name.length() + 2)).orElse(null);
    }

    private static List<PlannedMessage> applicable(Workspace ws, String id) {
        return ws.planner().plan(ws.interview(id)).stream().filter(PlannedMessage::applies).toList();
    }

    @Test
    void previewPrintsCompleteMessages() {
        Cli.Result r = Cli.run("preview", "acme-platform").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        Workspace ws = Workspace.open(Path.of("conf/application.conf"), Cli.BEFORE_INTERVIEWS);
        List<PlannedMessage> plan = applicable(ws, "acme-platform");
        Map<String, String> blocks = blocks(r.out());
        assertEquals(plan.stream().map(PlannedMessage::key).toList(), new ArrayList<>(blocks.keySet()));
        String followUpId = null;
        for (PlannedMessage m : plan) {
            String block = blocks.get(m.key());
            assertEquals("Alex Morgan <alex@example.com>", header(block, "From"), block);
            assertTrue(header(block, "To").contains("<" + m.to().email() + ">"), block);
            assertTrue(header(block, "Subject") != null && !header(block, "Subject").isBlank(), block);
            assertEquals(m.messageId(), header(block, "Message-ID"), block);
            assertTrue(header(block, "Date") != null, block);
            assertTrue(block.contains("\n\n"), "headers, a blank line, the body: " + block);
            assertFalse(block.contains("${") || block.contains("<#"), block);
            if (m.step() == Step.FOLLOW_UP) {
                followUpId = m.messageId();
            }
        }
        String second = blocks.values().stream().filter(b -> b.startsWith("==== acme-platform/second-follow-up/"))
                .findFirst().orElseThrow();
        assertEquals(followUpId, header(second, "In-Reply-To"), second);
        assertEquals(followUpId, header(second, "References"), second);
        assertTrue(header(second, "Subject").startsWith("Re: Following up"), second);
        String thanks = blocks.get("acme-platform/thank-you/jane.doe@acme.example");
        assertEquals("Jane Doe <jane.doe@acme.example>", header(thanks, "To"));
        assertTrue(thanks.contains("Dear Jane,"), thanks);
    }

    @Test
    void previewOfOneStepPrintsOnlyThatStep() {
        Cli.Result r = Cli.run("preview", "acme-platform", "thank-you").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        Map<String, String> blocks = blocks(r.out());
        assertEquals(List.of("acme-platform/thank-you/jane.doe@acme.example",
                        "acme-platform/thank-you/raj@acme.example"),
                blocks.keySet().stream().sorted().toList());
        for (Step other : Step.values()) {
            if (other != Step.THANK_YOU) {
                assertFalse(r.out().contains("acme-platform/" + other.id() + "/"), other.id());
            }
        }
    }

    @Test
    void previewOfAnUnknownStepExitsTwoListingTheSteps() {
        Cli.Result r = Cli.run("preview", "acme-platform", "bogus-step").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("bogus-step"), r::toString);
        assertTrue(r.err().contains("thank-you") && r.err().contains("second-follow-up"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void previewOfAnUnknownInterviewExitsTwoNamingTheKnownIds() {
        Cli.Result r = Cli.run("preview", "nope").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("acme-platform") && r.err().contains("nordlicht-data"), r::toString);
    }

    @Test
    void previewOfAStepThatDoesNotApplyExitsTwoWithTheReasonToLookUp() {
        Cli.Result r = Cli.run("preview", "nordlicht-data", "promise-reminder").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("promise-reminder") && r.err().contains("plan nordlicht-data"), r::toString);
    }

    @Test
    void anOutThatIsAFileIsBadInputThatSaysSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Cli.Result r = Cli.run("preview", "acme-platform", "--out", file.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--out: " + file + ": is a file, not a directory"), r::toString);
        Cli.Result under = Cli.run("preview", "acme-platform", "--out", file.resolve("eml").toString())
                .assertNoStackTrace();
        assertEquals(2, under.code(), under::toString);
        assertTrue(under.err().contains(file + " is a file, not a directory"), under::toString);
    }

    @Test
    void previewWritesEmlFilesThatParseBack() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("preview", "acme-platform", "--out", out.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        Workspace ws = Workspace.open(Path.of("conf/application.conf"), Cli.BEFORE_INTERVIEWS);
        Interview acme = ws.interview("acme-platform");
        List<PlannedMessage> full = ws.planner().plan(acme);
        Map<String, PlannedMessage> byId = new HashMap<>();
        for (PlannedMessage m : applicable(ws, "acme-platform")) {
            byId.put(m.messageId(), m);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertEquals(byId.size(), files.size(), files::toString);
        List<String> printed = Arrays.stream(r.out().split("\n")).filter(l -> !l.isBlank()).sorted().toList();
        assertEquals(files.stream().map(Path::toString).toList(), printed, "one line per file written");
        Session session = Session.getInstance(new Properties());
        for (Path file : files) {
            assertTrue(file.getFileName().toString().endsWith(".eml"), file.toString());
            MimeMessage mime;
            try (InputStream in = Files.newInputStream(file)) {
                mime = new MimeMessage(session, in);
                mime.getContent();
            }
            PlannedMessage m = byId.remove(mime.getMessageID());
            assertTrue(m != null, () -> file + " has an unexpected Message-ID");
            Rendered rendered = ws.templates().render(acme, ws.settings().sender(), m, full);
            assertEquals(rendered.subject(), mime.getSubject(), file.toString());
            assertEquals(m.to().email(), ((InternetAddress) mime.getAllRecipients()[0]).getAddress());
            assertEquals("alex@example.com", ((InternetAddress) mime.getFrom()[0]).getAddress());
            assertTrue(mime.isMimeType("text/plain"), mime.getContentType());
            assertEquals(rendered.body().strip(), ((String) mime.getContent()).replace("\r\n", "\n").strip());
            if (m.step() == Step.SECOND_FOLLOW_UP) {
                assertEquals(m.inReplyTo(), mime.getHeader("In-Reply-To", null));
            }
        }
        assertTrue(byId.isEmpty(), "every message was written: " + byId.keySet());
    }

    @Test
    void emlFilesEndEveryLineWithCrlf() throws Exception {
        Path out = tmp.resolve("crlf");
        assertEquals(0, Cli.run("preview", "nordlicht-data", "--out", out.toString()).assertNoStackTrace().code());
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            int lines = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                    assertTrue(i > 0 && bytes[i - 1] == '\r', file + ": a bare LF at byte " + i);
                } else if (bytes[i] == '\r') {
                    assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', file + ": a bare CR at byte " + i);
                }
            }
            assertTrue(lines > 5, file.toString());
        }
    }

    @Test
    void helpListsTheSteps() {
        Cli.Result r = Cli.run("preview", "--help").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        for (Step step : Step.values()) {
            assertTrue(r.out().contains(step.id()), () -> step.id() + " not in\n" + r.out());
        }
    }

    /** What says, in each language, that the writer has met this person before, and what says they meet now. */
    private static final Map<String, String[]> AGAIN_AND_MEET = Map.of(
            "en", new String[] {"again|once more|continu|catching up", "\\bmeet"},
            "de", new String[] {"wieder|erneut|noch einmal|fortsetz", "kennen"},
            "fr", new String[] {"nouveau|nouvel|revoir|retrouv", "rencontr"},
            "es", new String[] {"de nuevo|volver|volvi|nueva|reencontr|retom", "conoc"});

    /** The sentences of a thank-you after its greeting, up to the sign-off. */
    private static List<String> sentences(String block) {
        String body = block.substring(block.indexOf("\n\n") + 2);
        String[] paragraphs = body.split("\n\n");
        return Arrays.asList(paragraphs[1].strip().split("(?<=[.?!])\\s+"));
    }

    private static boolean says(String regex, String text) {
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /**
     * A second round (previous = the first) with someone already met in the first (her address written in other
     * case) and someone new: the one met before is thanked for speaking again, the new one as new, and the colleague
     * list speaks of seeing her again, not of meeting her; three rounds back, through a chain that loops, as well.
     * Every phrasing of each part is read (the ids spread the notes over all of them).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "in {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "de", "fr", "es"})
    void aSecondRoundThanksThePeopleMetInAnEarlierRoundAsMetBefore(String language) throws Exception {
        Path config = Workspaces.write(tmp);
        Path dir = tmp.resolve("conf/interviews");
        Files.createDirectories(dir);
        String sam = "{ name = \"Sam Rivera\", email = \"sam@acme.example\", topics = [\"deployment\"] }";
        String samAgain = "{ name = \"Sam Rivera\", email = \"Sam@ACME.example\", topics = [\"rollbacks\"] }";
        String hank = "{ name = \"Hank Moody\", email = \"hank@acme.example\", topics = [\"observability\"] }";
        String ivy = "{ name = \"Ivy Chen\", email = \"ivy@acme.example\", topics = [\"hiring\"] }";
        Files.writeString(dir.resolve("r0.conf"), record(language, "2027-01-04T10:00", "r9", ivy));
        Files.writeString(dir.resolve("r1.conf"), record(language, "2027-01-07T10:00", "r0", sam));
        String[] words = AGAIN_AND_MEET.get(language);
        java.util.Set<Long> variants = new java.util.HashSet<>();
        for (int n = 0; variants.size() < 6; n++) {
            String id = "r2-" + n;
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (!variants.add(crc.getValue() % 6)) {
                continue;
            }
            Files.writeString(dir.resolve(id + ".conf"), record(language, "2027-01-14T14:00", "r1", samAgain, hank));
            Cli.Result r = Cli.run("preview", "--config", config.toString(), id, "thank-you").assertNoStackTrace();
            assertEquals(0, r.code(), r::toString);
            Map<String, String> blocks = blocks(r.out());
            String toSam = blocks.get(id + "/thank-you/sam@acme.example");
            String toHank = blocks.get(id + "/thank-you/hank@acme.example");
            String samOpens = sentences(toSam).get(0);
            assertTrue(says(words[0], samOpens) && !says(words[1], samOpens), "greeted as met before: " + toSam);
            String hankOpens = sentences(toHank).get(0);
            assertFalse(says(words[0], hankOpens), "greeted as new: " + toHank);
            String aboutSam = sentences(toHank).stream().filter(t -> t.contains("Sam Rivera")).findFirst()
                    .orElseThrow(() -> new AssertionError("Sam not named: " + toHank));
            assertTrue(says(words[0], aboutSam) && !says(words[1], aboutSam), "Sam met again: " + toHank);
        }
        // Ivy, met three rounds back (r0 names a previous that names r0 again), is greeted as met before too
        Files.writeString(dir.resolve("r9.conf"), record(language, "2027-01-03T10:00", "r0", hank));
        Files.writeString(dir.resolve("r3.conf"), record(language, "2027-01-21T14:00", "r2-0", ivy, sam));
        Cli.Result r = Cli.run("preview", "--config", config.toString(), "r3", "thank-you").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        String toIvy = blocks(r.out()).get("r3/thank-you/ivy@acme.example");
        assertTrue(says(words[0], sentences(toIvy).get(0)), "Ivy met in r0: " + toIvy);
    }

    /**
     * A template that fails for this record (the debrief names a field it does not have) leaves the other messages to
     * be read: they are printed, and the failure comes after them on stderr with the template's file and line,
     * exit 2.
     */
    @Test
    void a_template_that_fails_for_the_record_still_shows_the_other_messages(@TempDir Path root) throws Exception {
        Path conf = workspaceWithBrokenTemplate(root, "debrief.ftl", "\nSee you at ${interview.compnay}.\n");
        Files.writeString(conf.resolve("interviews/acme.conf"), record("en", "2027-01-14T14:00", "",
                "{ name = \"Sam Rivera\", email = \"sam@acme.example\", topics = [\"deployment\"] }")
                .replace("previous = \"\"\n", ""));

        Cli.Result r = Cli.run("preview", "--config", conf.resolve("application.conf").toString(), "acme")
                .assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        Map<String, String> blocks = blocks(r.out());
        assertTrue(blocks.containsKey("acme/thank-you/sam@acme.example"), r.out());
        assertTrue(blocks.get("acme/thank-you/sam@acme.example").contains("Dear Sam,"), r.out());
        assertFalse(blocks.containsKey("acme/debrief/self"), r.out());
        assertTrue(r.err().contains("debrief.ftl:") && r.err().contains("compnay"), r.err());
    }

    /** A thank-you template that fails for a panel of two is one problem, said once, not once per interviewer. */
    @Test
    void a_template_that_fails_for_each_interviewer_of_a_panel_is_one_problem_said_once(@TempDir Path root)
            throws Exception {
        Path conf = workspaceWithBrokenTemplate(root, "thank-you.ftl", "\n${interview.nosuchfield}\n");
        Files.writeString(conf.resolve("interviews/acme.conf"), record("en", "2027-01-14T14:00", "",
                "{ name = \"Sam Rivera\", email = \"sam@acme.example\", topics = [\"deployment\"] }",
                "{ name = \"Lena Vogel\", email = \"lena@acme.example\", topics = [\"the event pipeline\"] }")
                .replace("previous = \"\"\n", ""));

        Cli.Result r = Cli.run("preview", "--config", conf.resolve("application.conf").toString(), "acme")
                .assertNoStackTrace();

        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.contains("thank-you.ftl:")).count(), r::toString);
        assertTrue(r.err().contains("1 problem found."), r::toString);
        assertTrue(blocks(r.out()).containsKey("acme/follow-up/sam@acme.example"), r.out());
    }

    /** The project's templates copied under {@code root}, one of them with {@code appended}; returns the conf dir. */
    private static Path workspaceWithBrokenTemplate(Path root, String template, String appended) throws IOException {
        Path templates = root.resolve("templates");
        try (Stream<Path> all = Files.walk(Path.of("templates"))) {
            for (Path p : all.toList()) {
                Path to = templates.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path broken = templates.resolve(template);
        Files.writeString(broken, Files.readString(broken) + appended);
        Path conf = Files.createDirectories(root.resolve("conf/interviews")).getParent();
        Files.writeString(conf.resolve("application.conf"), """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  templates = "%s"
                  store { url = "jdbc:h2:file:%s" }
                }
                """.formatted(templates, root.resolve("data/followup")));
        return conf;
    }

    /** An interview put on hold shows its messages held, with why, as plan does; not "planned". */
    @Test
    void a_held_interviews_messages_are_previewed_as_held() throws Exception {
        Path config = Workspaces.write(tmp);
        Path dir = Files.createDirectories(tmp.resolve("conf/interviews"));
        Files.writeString(dir.resolve("acme.conf"), record("en", "2027-01-14T14:00", "",
                "{ name = \"Sam Rivera\", email = \"sam@acme.example\", topics = [\"deployment\"] }")
                .replace("previous = \"\"\n", ""));
        Cli.Result before = Cli.run("preview", "--config", config.toString(), "acme", "thank-you")
                .assertNoStackTrace();
        assertTrue(before.out().startsWith("==== acme/thank-you/sam@acme.example (planned, "), before.out());

        Cli.Result hold = Cli.run("hold", "--config", config.toString(), "acme", "--reason", "call on Monday");
        assertEquals(0, hold.code(), hold::toString);
        Cli.Result r = Cli.run("preview", "--config", config.toString(), "acme", "thank-you").assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("==== acme/thank-you/sam@acme.example (held (held by you), "), r.out());
    }

    private static String record(String language, String at, String previous, String... people) {
        return "company = \"Acme Corp\"\nposition = \"Platform Engineer\"\nat = \"" + at + "\"\n"
                + "zone = \"America/New_York\"\nlanguage = " + language + "\nprevious = \"" + previous + "\"\n"
                + "interviewers = [\n  " + String.join("\n  ", people) + "\n]\n";
    }
}
