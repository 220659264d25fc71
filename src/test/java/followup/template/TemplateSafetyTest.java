package followup.template;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Problem;
import followup.config.RecordLoader;
import followup.mail.Composer;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Step;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Header injection, strict rendering, the sandbox and per-record template overrides. */
class TemplateSafetyTest {
    /** The default {@code followup.render-time-limit}. */
    private static final Duration RENDER_LIMIT = Duration.ofSeconds(2);
    private static Samples samples;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    // --- header injection

    @ParameterizedTest
    @ValueSource(strings = {"\r\nBcc: evil@attacker.example", "\n\nBcc: evil@attacker.example",
            "\rBcc: evil@attacker.example", "\r\n\tBcc: evil@attacker.example"})
    void controlCharactersInRecordFieldsNeverBecomeHeaders(String evil) throws Exception {
        Interviewer jane = new Interviewer("Jane" + evil, "Manager" + evil, "jane.doe@acme.example", null,
                List.of("Kubernetes" + evil), false, null);
        Interviewer raj = new Interviewer("Raj Patel" + evil, "Staff" + evil, "raj@acme.example", null,
                List.of("on-call" + evil), false, null);
        Interviewer maria = new Interviewer("Maria" + evil, "VP", null, null, List.of("growth" + evil), true,
                "1 Main St" + evil);
        Interview iv = new Interview("evil", "Acme" + evil, "Engineer" + evil,
                java.time.LocalDateTime.of(2027, 1, 14, 14, 0), Samples.NEW_YORK, List.of(jane, raj, maria),
                "jane.doe@acme.example", "+1 555" + evil, java.time.LocalDate.of(2027, 1, 22),
                List.of("samples" + evil), List.of("studies" + evil), "notes" + evil, Interview.Status.ACTIVE,
                List.of("acme.example"), Map.of());
        List<PlannedMessage> plan = samples.plan(iv);
        Composer composer = new Composer(samples.sender());
        int composed = 0;
        for (PlannedMessage m : plan) {
            if (!m.applies()) {
                continue;
            }
            Rendered rendered;
            try {
                rendered = samples.templates.render(iv, samples.sender(), m, plan);
            } catch (TemplateException e) {
                continue; // refusing to render is a safe answer
            }
            assertFalse(rendered.subject().contains("\r") || rendered.subject().contains("\n"), m.key());
            assertFalse(rendered.subject().contains("Bcc:") && rendered.subject().indexOf('\n') >= 0);
            MimeMessage mime = composer.compose(m, rendered, m.due());
            assertSingleRecipientNoBcc(mime, m);
            MimeMessage reparsed = reparse(mime);
            assertSingleRecipientNoBcc(reparsed, m);
            for (String line : headerLines(mime)) {
                assertFalse(line.regionMatches(true, 0, "Bcc:", 0, 4), () -> m.key() + " has a header line " + line);
            }
            composed++;
        }
        assertTrue(composed > 0, "at least one message was rendered and composed");
    }

    private static void assertSingleRecipientNoBcc(MimeMessage mime, PlannedMessage m) throws Exception {
        assertNull(mime.getHeader("Bcc"), m.key());
        Address[] all = mime.getAllRecipients();
        assertEquals(1, all.length, () -> m.key() + ": " + List.of(all));
        assertEquals(m.to().email(), ((InternetAddress) all[0]).getAddress(), m.key());
        assertEquals(1, mime.getRecipients(jakarta.mail.Message.RecipientType.TO).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"company", "position", "interviewers[0].name", "interviewers[0].topics",
            "interviewers[0].title", "phone", "promised-by-me"})
    void recordValidationRejectsLineBreaksInFieldsThatReachHeaders(String key) throws IOException {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("company", "\"Acme Corp\"");
        values.put("position", "\"Platform Engineer\"");
        values.put("phone", "\"+1 555 0199\"");
        values.put("promised-by-me", "[\"two writing samples\"]");
        String name = "\"Jane Doe\"";
        String title = "\"Manager\"";
        String topics = "[\"Kubernetes\"]";
        String evil = "\"x\\r\\nBcc: evil@attacker.example\"";
        switch (key) {
            case "interviewers[0].name" -> name = evil;
            case "interviewers[0].title" -> title = evil;
            case "interviewers[0].topics" -> topics = "[" + evil + "]";
            case "promised-by-me" -> values.put(key, "[" + evil + "]");
            default -> values.put(key, evil);
        }
        StringBuilder record = new StringBuilder();
        values.forEach((k, v) -> record.append(k).append(" = ").append(v).append('\n'));
        record.append("at = \"2027-01-14T14:00\"\n");
        record.append("interviewers = [ { name = ").append(name).append(", title = ").append(title)
                .append(", email = \"jane@acme.example\", topics = ").append(topics).append(" } ]\n");
        Path file = tmp.resolve("evil.conf");
        Files.writeString(file, record);
        List<Problem> problems = new ArrayList<>();
        Interview loaded = new RecordLoader(Samples.NEW_YORK, Path.of("templates")).load(file, problems);
        assertNull(loaded, "the record is rejected");
        assertTrue(problems.stream().anyMatch(p -> p.key().startsWith(key)),
                () -> "a problem for " + key + ": " + problems);
        Problem p = problems.stream().filter(x -> x.key().startsWith(key)).findFirst().orElseThrow();
        assertTrue(p.line() > 0, p.toString());
        assertTrue(p.file().endsWith("evil.conf"), p.toString());
        assertTrue(p.message().contains("control character"), p.toString());
    }

    // --- strictness

    private PlannedMessage thankYouToJane(List<PlannedMessage> plan) {
        return plan.stream().filter(m -> m.step() == Step.THANK_YOU && m.applies())
                .filter(m -> "jane.doe@acme.example".equals(m.to().email())).findFirst().orElseThrow();
    }

    private TemplateException renderFails(String step, String template, String recordId) throws IOException {
        Files.writeString(tmp.resolve(step + ".ftl"), template);
        Templates templates = new Templates(tmp, RENDER_LIMIT);
        Interview iv = samples.interview(recordId);
        List<PlannedMessage> plan = samples.plan(iv);
        PlannedMessage m = plan.stream().filter(x -> x.step().id().equals(step) && x.applies()).findFirst()
                .orElseThrow();
        return assertThrows(TemplateException.class, () -> templates.render(iv, samples.sender(), m, plan));
    }

    @Test
    void aMissingValueNamesTheTemplateTheLineAndTheExpression() throws IOException {
        TemplateException e = renderFails("thank-you", "Subject: Thanks, ${to.firstName}\n\nDear ${to.firstName},\n"
                + "\nI enjoyed it ${interview.nonexistent}.\n", "acme-platform");
        Problem p = e.problem();
        assertTrue(p.file().endsWith("thank-you.ftl"), p.toString());
        assertEquals(5, p.line(), p.toString());
        assertTrue(p.toString().contains("interview.nonexistent"), p.toString());
        assertTrue(p.toString().contains("acme-platform"), "names the record: " + p);
        assertEquals(2, e.exitCode());
    }

    @Test
    void aMistypedFieldIsNoFieldAndTheClosestIsSuggestedNotAValueTheRecordLacks() throws IOException {
        TemplateException e = renderFails("thank-you", "Subject: Thanks\n\nAt ${interview.compnay}.\n",
                "acme-platform");
        assertTrue(e.problem().toString().contains("interview.compnay: is no field of interview; did you mean"
                + " interview.company? (its fields: "), e.problem().toString());
        assertFalse(e.problem().toString().contains("give the record that value"), e.problem().toString());
        TemplateException top = renderFails("thank-you", "Subject: Thanks\n\nAt ${intervew.company}.\n",
                "acme-platform");
        assertTrue(top.problem().toString().contains("intervew: is no field of the template's data; did you mean"
                + " interview?"), top.problem().toString());
    }

    @Test
    void aValueTheRecordDoesNotHaveIsAnErrorNotABlank() throws IOException {
        // nordlicht-data has no phone
        assertTrue(samples.interview("nordlicht-data").phone().isEmpty());
        TemplateException e = renderFails("follow-up", "Subject: Following up\n\nDear ${to.firstName},\n"
                + "Call me back at ${interview.phone}.\n", "nordlicht-data");
        Problem p = e.problem();
        assertTrue(p.file().endsWith("follow-up.ftl"), p.toString());
        assertEquals(4, p.line(), p.toString());
        assertTrue(p.toString().contains("interview.phone"), p.toString());
        assertTrue(p.toString().contains("has no value for interview nordlicht-data (give the record that value"),
                "a field the record leaves empty is no typo: " + p);
    }

    @Test
    void theSameTemplateRendersForARecordThatHasTheValue() throws IOException {
        Files.writeString(tmp.resolve("follow-up.ftl"), "Subject: Following up\n\nCall ${interview.phone}.\n");
        Templates templates = new Templates(tmp, RENDER_LIMIT);
        Interview acme = samples.interview("acme-platform");
        List<PlannedMessage> plan = samples.plan(acme);
        PlannedMessage m = plan.stream().filter(x -> x.step() == Step.FOLLOW_UP).findFirst().orElseThrow();
        assertEquals("Call +1 555 0199.\n", templates.render(acme, samples.sender(), m, plan).body());
    }

    @Test
    void aTemplateWithoutASubjectLineFails() throws IOException {
        TemplateException e = renderFails("thank-you", "Dear ${to.firstName},\n\nThank you.\n", "acme-platform");
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertTrue(e.problem().toString().contains("Subject"), e.problem().toString());
    }

    @Test
    void anEmptySubjectFails() throws IOException {
        TemplateException e = renderFails("thank-you", "Subject:   \n\nThank you.\n", "acme-platform");
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() throws IOException {
        TemplateException e = renderFails("thank-you", "Subject: Hi\n\n<#if to.firstName??>\nDear ${to.firstName}\n",
                "acme-platform");
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertTrue(e.problem().line() > 0, e.problem().toString());
    }

    @Test
    void checkFilesReportsMissingTemplatesAndSyntaxErrors() throws IOException {
        Files.writeString(tmp.resolve("thank-you.ftl"), "Subject: Hi\n\n${to.firstName\n");
        List<Problem> problems = new Templates(tmp, RENDER_LIMIT).checkFiles();
        assertEquals(Step.values().length, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("thank-you.ftl") && p.line() > 0
                && p.message().contains("syntax")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("debrief.ftl")), problems.toString());
        assertTrue(new Templates(Path.of("templates"), RENDER_LIMIT).checkFiles().isEmpty());
    }

    // --- sandbox

    @Test
    void newCannotInstantiateExecuteAndNoCommandRuns() throws IOException {
        Path marker = tmp.resolve("pwned");
        TemplateException e = renderFails("thank-you", "Subject: Hi\n\n<#assign ex = \"freemarker.template.utility"
                + ".Execute\"?new()>${ex(\"touch " + marker + "\")}\n", "acme-platform");
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertFalse(Files.exists(marker), "the command never ran");
    }

    @Test
    void newCannotInstantiateAnyClass() throws IOException {
        Path marker = tmp.resolve("pwned2");
        renderFails("thank-you", "Subject: Hi\n\n<#assign oc = \"freemarker.template.utility.ObjectConstructor\""
                + "?new()>${oc(\"java.io.FileOutputStream\", \"" + marker + "\")}\n", "acme-platform");
        assertFalse(Files.exists(marker));
    }

    @Test
    void apiIsDisabled() throws IOException {
        renderFails("thank-you", "Subject: Hi\n\n${interview?api.get(\"company\")}\n", "acme-platform");
        renderFails("thank-you", "Subject: Hi\n\n${interview.interviewers?api.size()}\n", "acme-platform");
    }

    @Test
    void theModelExposesNoJavaObjects() throws IOException {
        // getClass() would be the first step to anything else
        renderFails("thank-you", "Subject: Hi\n\n${interview.getClass()}\n", "acme-platform");
        renderFails("thank-you", "Subject: Hi\n\n${interview.company.getClass()}\n", "acme-platform");
    }

    @Test
    void theExecuteOneLinerIsRefusedWithItsFileAndLine() throws IOException {
        TemplateException e = renderFails("thank-you", "Subject: Hi\n\n${\"freemarker.template.utility.Execute\""
                + "?new()(\"id\")}\n", "acme-platform");
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertEquals(3, e.problem().line(), e.problem().toString());
        assertTrue(e.problem().message().contains("not allowed"), e.problem().toString());
    }

    @Test
    void apiIsDisabledOnTextAndNumbersToo() throws IOException {
        renderFails("thank-you", "Subject: Hi\n\n${interview.company?api.getClass()}\n", "acme-platform");
        renderFails("thank-you", "Subject: Hi\n\n${1?api.getClass()}\n", "acme-platform");
        renderFails("thank-you", "Subject: Hi\n\n${to?api.getClass().forName(\"java.lang.Runtime\")}\n",
                "acme-platform");
    }

    /** The sample record without these keys (a key may be written once), each one line or a """ string. */
    private static String withoutKeys(String record, String... keys) {
        for (String key : keys) {
            record = record.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key)
                    + "\\s*=\\s*(\"\"\"[\\s\\S]*?\"\"\"|.*)$\\n?", "");
        }
        return record;
    }

    /** A record whose notes hold template code that would run a command if it were ever evaluated. */
    private Interview recordWithNotes(String notes) throws IOException {
        Path records = Files.createDirectories(tmp.resolve("hostile-interviews"));
        String acme = withoutKeys(Files.readString(Path.of("conf/interviews/acme-platform.conf")), "notes");
        Files.writeString(records.resolve("hostile.conf"), acme + "\nnotes = \"" + notes.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"\n");
        List<Problem> problems = new ArrayList<>();
        Interview iv = new RecordLoader(Samples.NEW_YORK, Path.of("templates")).load(records.resolve("hostile.conf"),
                problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(notes, iv.notes());
        return iv;
    }

    private TemplateException renderFailsFor(Interview iv, String template) throws IOException {
        Files.writeString(tmp.resolve("thank-you.ftl"), template);
        Templates templates = new Templates(tmp, RENDER_LIMIT);
        List<PlannedMessage> plan = samples.plan(iv);
        return assertThrows(TemplateException.class, () -> templates.render(iv, samples.sender(),
                thankYouToJane(plan), plan));
    }

    @Test
    void evalOfRecordDataCannotInstantiateAClass() throws IOException {
        Path marker = tmp.resolve("pwned-eval");
        Interview iv = recordWithNotes("\"freemarker.template.utility.Execute\"?new()(\"touch " + marker + "\")");
        TemplateException e = renderFailsFor(iv, "Subject: Hi\n\n${interview.notes?eval}\n");
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertTrue(e.problem().line() > 0, e.problem().toString());
        assertFalse(Files.exists(marker), "the command never ran");
    }

    @Test
    void interpretOfRecordDataCannotInstantiateAClass() throws IOException {
        Path marker = tmp.resolve("pwned-interpret");
        Interview iv = recordWithNotes("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + marker + "\")}");
        renderFailsFor(iv, "Subject: Hi\n\n<@interview.notes?interpret />\n");
        assertFalse(Files.exists(marker), "the command never ran");
    }

    @Test
    void templateSyntaxInRecordValuesIsPrintedLiterallyNeverEvaluated() throws IOException {
        String code = "${1+1} <#list 1..3 as i>[${i}]</#list> ${\"freemarker.template.utility.Execute\"?new()(\"id\")}";
        Path records = Files.createDirectories(tmp.resolve("literal-interviews"));
        String acme = withoutKeys(Files.readString(Path.of("conf/interviews/acme-platform.conf")), "company", "notes",
                "promised-by-me");
        String quoted = "\"" + code.replace("\"", "\\\"") + "\"";
        Files.writeString(records.resolve("literal.conf"), acme + "\ncompany = " + quoted + "\nnotes = " + quoted
                + "\npromised-by-me = [" + quoted + "]\n");
        List<Problem> problems = new ArrayList<>();
        Interview iv = new RecordLoader(Samples.NEW_YORK, Path.of("templates")).load(records.resolve("literal.conf"),
                problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(code, iv.company());
        int seen = 0;
        for (Samples.Message m : samples.render(iv)) {
            String text = m.subject() + "\n" + m.body();
            assertFalse(text.contains("[1][2][3]"), () -> m.planned().key() + " evaluated record data:\n" + text);
            assertFalse(text.contains("uid="), () -> m.planned().key() + " ran a command:\n" + text);
            seen += text.contains(code) ? 1 : 0;
        }
        assertTrue(seen >= 3, "the record's template code is printed as written in the messages that show it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.ftl", "/../outside.ftl", "../../outside.ftl", "linked.ftl", "ABSOLUTE"})
    void anIncludeCannotReachOutsideTheTemplatesDirectory(String target) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("templates"));
        Path outside = tmp.resolve("outside.ftl");
        Files.writeString(outside, "SECRET OUTSIDE");
        Files.createSymbolicLink(dir.resolve("linked.ftl"), outside);
        String name = target.equals("ABSOLUTE") ? outside.toAbsolutePath().toString() : target;
        Files.writeString(dir.resolve("thank-you.ftl"), "Subject: Hi\n\n<#include \"" + name + "\">\n");
        Templates templates = new Templates(dir, RENDER_LIMIT);
        Interview iv = samples.interview("acme-platform");
        List<PlannedMessage> plan = samples.plan(iv);
        TemplateException e = assertThrows(TemplateException.class, () -> templates.render(iv, samples.sender(),
                thankYouToJane(plan), plan));
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertTrue(e.problem().line() > 0, e.problem().toString());
        assertFalse(e.problem().toString().contains("SECRET"), e.problem().toString());
        assertFalse(e.problem().toString().contains("Exception"), e.problem().toString());
    }

    // --- limits: a template cannot hold the caller

    private TemplateException renderFailsWithin(String template, Duration limit) throws IOException {
        Files.writeString(tmp.resolve("thank-you.ftl"), template);
        Files.writeString(tmp.resolve("loop.ftl"), "<#list 1.. as i></#list>");
        Templates templates = new Templates(tmp, limit);
        Interview iv = samples.interview("acme-platform");
        List<PlannedMessage> plan = samples.plan(iv);
        long start = System.nanoTime();
        TemplateException e = assertThrows(TemplateException.class, () -> templates.render(iv, samples.sender(),
                thankYouToJane(plan), plan));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(limit.plusSeconds(3)) < 0, "returned after " + took);
        assertTrue(e.problem().file().endsWith("thank-you.ftl"), e.problem().toString());
        assertTrue(e.problem().message().contains("acme-platform"), "names the record: " + e.problem());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"<#list 1.. as i></#list>", "<#list 1..100000000 as i></#list>",
            "<#include \"loop.ftl\">", "<#list 1..100000 as i><#list 1..100000 as j></#list></#list>"})
    void anEndlessOrHugeLoopIsStoppedAtTheTimeLimitAndTheWorkerStops(String loop) throws IOException {
        TemplateException e = renderFailsWithin("Subject: Hi\n\n" + loop + "\n", Duration.ofMillis(300));
        assertTrue(e.problem().message().contains("was stopped after 300ms of rendering"), e.problem().toString());
        await("the interrupted loop to stop running").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10)).until(() -> busyRenderThreads() == 0);
    }

    private static long busyRenderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("followup-render") && t.getState() == Thread.State.RUNNABLE).count();
    }

    @Test
    void aFloodOfOutputIsStoppedAtTheOutputLimit() throws IOException {
        TemplateException e = renderFailsWithin("Subject: Hi\n\n<#list 1..100000000 as i>xxxxxxxxxx</#list>\n",
                Duration.ofSeconds(30));
        assertTrue(e.problem().message().contains("characters of output"), e.problem().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<#macro m><@m/></#macro><@m/>", "<#include \"thank-you.ftl\">",
            "<#function f n><#return f(n + 1)></#function>${f(0)}"})
    void endlessRecursionIsAProblemNotACrash(String recursion) throws IOException {
        TemplateException e = renderFailsWithin("Subject: Hi\n\n" + recursion + "\n", Duration.ofSeconds(30));
        assertTrue(e.problem().message().contains("recurses too deeply"), e.problem().toString());
    }

    @Test
    void thousandsOfNestedDirectivesAreAProblemForCheckFilesAndRender() throws IOException {
        String deep = "Subject: Hi\n\n" + "<#if true>".repeat(20_000) + "x" + "</#if>".repeat(20_000) + "\n";
        renderFailsWithin(deep, Duration.ofSeconds(30));
        List<Problem> problems = new Templates(tmp, RENDER_LIMIT).checkFiles();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("thank-you.ftl")
                && p.message().contains("too deeply")), problems.toString());
    }

    // --- per-record override

    private Path copyTemplates() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void aRecordCanUseItsOwnTemplateForAStep() throws IOException {
        Path dir = copyTemplates();
        Files.writeString(dir.resolve("custom.ftl"), "Subject: Custom thanks, ${to.firstName}\n\n"
                + "A custom note for ${interview.company}.\n");
        Path records = Files.createDirectories(tmp.resolve("interviews"));
        String acme = Files.readString(Path.of("conf/interviews/acme-platform.conf"));
        Files.writeString(records.resolve("acme-custom.conf"), acme + "\ntemplates { thank-you = \"custom.ftl\" }\n");
        List<Problem> problems = new ArrayList<>();
        Interview iv = new RecordLoader(Samples.NEW_YORK, dir).load(records.resolve("acme-custom.conf"), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("custom.ftl", Templates.fileFor(iv, Step.THANK_YOU));
        assertEquals("follow-up.ftl", Templates.fileFor(iv, Step.FOLLOW_UP));

        Templates templates = new Templates(dir, RENDER_LIMIT);
        List<PlannedMessage> plan = samples.plan(iv);
        PlannedMessage thanks = thankYouToJane(plan);
        Rendered r = templates.render(iv, samples.sender(), thanks, plan);
        assertEquals("Custom thanks, Jane", r.subject());
        assertEquals("A custom note for Acme Corp.\n", r.body());
        PlannedMessage followUp = plan.stream().filter(m -> m.step() == Step.FOLLOW_UP).findFirst().orElseThrow();
        assertEquals("Following up on the Platform Engineer role",
                templates.render(iv, samples.sender(), followUp, plan).subject());
        // the other records keep the default
        Interview plain = samples.interview("acme-platform");
        List<PlannedMessage> plainPlan = samples.plan(plain);
        assertFalse(templates.render(plain, samples.sender(), thankYouToJane(plainPlan), plainPlan).subject()
                .startsWith("Custom"));
    }

    @Test
    void aRecordOverrideThatDoesNotExistOrEscapesTheDirectoryIsRejected() throws IOException {
        Path dir = copyTemplates();
        Path records = Files.createDirectories(tmp.resolve("interviews"));
        String acme = Files.readString(Path.of("conf/interviews/acme-platform.conf"));
        Files.writeString(records.resolve("missing.conf"), acme + "\ntemplates { thank-you = \"nope.ftl\" }\n");
        Files.writeString(records.resolve("escape.conf"), acme + "\ntemplates { thank-you = \"../escape.ftl\" }\n");
        Files.writeString(tmp.resolve("escape.ftl"), "Subject: x\n\nx\n");
        RecordLoader loader = new RecordLoader(Samples.NEW_YORK, dir);
        for (String name : List.of("missing.conf", "escape.conf")) {
            List<Problem> problems = new ArrayList<>();
            assertNull(loader.load(records.resolve(name), problems), name);
            assertTrue(problems.stream().anyMatch(p -> p.key().equals("templates.thank-you") && p.line() > 0),
                    problems.toString());
        }
    }

    // --- helpers

    static MimeMessage reparse(MimeMessage mime) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mime.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }

    static List<String> headerLines(MimeMessage mime) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mime.writeTo(bytes);
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        return List.of(text.substring(0, end).split("\r\n|\r|\n"));
    }
}
