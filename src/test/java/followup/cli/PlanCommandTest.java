package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import followup.plan.State;
import followup.plan.Step;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path tmp;

    /** The one warning of the samples, which plan prints on stderr as validate does. */
    private static final String NORDLICHT_WARNING = "conf/interviews/nordlicht-data.conf:12: interviewers[1].name:"
            + " warning: Tom Berger has no email, so gets no thank-you email; you get a reminder to thank them through"
            + " the contact (add email = \"...\" to send one)";

    /** The table of one interview: from its "id:" line to the next blank line. */
    private static String section(String out, String id) {
        int start = out.indexOf(id + ": ");
        assertTrue(start >= 0, () -> "no section for " + id + " in\n" + out);
        int end = out.indexOf("\n\n", start);
        return end < 0 ? out.substring(start) : out.substring(start, end);
    }

    @Test
    void planShowsEveryStepOfBothSamples() {
        Cli.Result r = Cli.run("plan").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        for (String id : List.of("acme-platform", "nordlicht-data")) {
            String section = section(r.out(), id);
            for (Step step : Step.values()) {
                assertTrue(section.contains(step.id()), () -> id + " does not show " + step.id() + ":\n" + section);
            }
            assertTrue(section.contains("STATE") && section.contains("REASON"), section);
        }
        assertTrue(r.out().contains("Acme Corp") && r.out().contains("Nordlicht Analytics"));
        assertTrue(r.out().contains("jane.doe@acme.example") && r.out().contains("raj@acme.example"));
        assertTrue(r.out().contains("skipped"), "skipped steps are shown with their reason");
        assertTrue(r.out().contains("nothing promised"), r.out());
        assertEquals(NORDLICHT_WARNING, r.err().strip(), r::toString);
    }

    @Test
    void anInterviewLongPastShowsTheStepsAfterAMissedFollowUpSkippedAsTheDaemonWouldNotEstimated() throws Exception {
        Path interviews = java.nio.file.Files.createDirectories(tmp.resolve("interviews"));
        Path config = tmp.resolve("application.conf");
        java.nio.file.Files.writeString(config, "followup { sender { name = \"Alex Morgan\", email ="
                + " \"alex@example.com\", zone = \"America/New_York\" }, templates = \""
                + Path.of("templates").toAbsolutePath().toString().replace("\\", "\\\\") + "\" }\n");
        java.nio.file.Files.writeString(interviews.resolve("past.conf"), """
                company = "Past Corp"
                position = "Engineer"
                at = "2020-11-03T10:00"
                interviewers = [ { name = "Tom Berger", email = "tom@past.example", topics = ["the roadmap"] } ]
                """);
        Cli.Result r = Cli.run("plan", "--config", config.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        String section = section(r.out(), "past");
        String followUp = line(section, " follow-up ");
        assertTrue(followUp.contains("skipped") && followUp.contains("missed"), section);
        assertTrue(line(section, "second-follow-up").contains("skipped  the follow-up was not sent (skipped)"),
                section);
        assertTrue(line(section, "call-reminder").contains("skipped  the second-follow-up was not sent"), section);
        assertFalse(section.contains("planned"), section);
    }

    private static String line(String section, String step) {
        return Arrays.stream(section.split("\n")).filter(l -> l.contains(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + step + " in\n" + section));
    }

    @Test
    void planShowsDueInstantsInBothZones() {
        Cli.Result r = Cli.run("plan", "nordlicht-data");
        assertEquals(0, r.code(), r::toString);
        String thankYou = Arrays.stream(r.out().split("\n")).filter(l -> l.contains("lena.vogel@")
                && l.contains("thank-you")).findFirst().orElseThrow();
        // Lena is in Berlin; the sender in New York
        assertTrue(thankYou.contains("CET") && thankYou.contains("EST"), thankYou);
    }

    @Test
    void planOfOneInterviewShowsOnlyIt() {
        Cli.Result r = Cli.run("plan", "acme-platform").assertNoStackTrace();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("acme-platform: Acme Corp"), r.out());
        assertFalse(r.out().contains("nordlicht"), r.out());
        assertFalse(r.out().contains("Nordlicht"), r.out());
        for (Step step : Step.values()) {
            assertTrue(r.out().contains(step.id()), step.id());
        }
    }

    @Test
    void planOfAnUnknownIdNamesTheKnownIds() {
        Cli.Result r = Cli.run("plan", "nope").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("nope"), r::toString);
        assertTrue(r.err().contains("acme-platform") && r.err().contains("nordlicht-data"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void planJsonIsOneDocumentAndNothingElse() throws Exception {
        PrintStream realOut = System.out;
        ByteArrayOutputStream leaked = new ByteArrayOutputStream();
        Cli.Result r;
        System.setOut(new PrintStream(leaked, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("plan", "--json");
        } finally {
            System.setOut(realOut);
        }
        assertEquals(0, r.code(), r::toString);
        assertEquals("", leaked.toString(StandardCharsets.UTF_8), "nothing printed to System.out");
        assertEquals("", r.err(), "--json leaves the warnings to validate: " + r);
        String text = r.out().strip();
        assertTrue(text.startsWith("{") && text.endsWith("}"), text);
        JsonNode doc = JSON.readTree(r.out());
        assertTrue(doc.isObject());
        JsonNode interviews = doc.get("interviews");
        assertEquals(2, interviews.size());
        assertEquals(0, doc.get("problems").size());
        Set<String> ids = new HashSet<>();
        for (JsonNode iv : interviews) {
            ids.add(iv.get("id").asText());
            Set<String> steps = new HashSet<>();
            JsonNode messages = iv.get("messages");
            assertTrue(messages.size() > 0);
            for (JsonNode m : messages) {
                for (String field : List.of("key", "step", "to", "due", "dueRecipient", "dueSender", "state",
                        "reason")) {
                    assertTrue(m.has(field), () -> "no " + field + " in " + m);
                }
                for (String field : List.of("key", "step", "due", "dueRecipient", "dueSender", "state", "reason")) {
                    assertTrue(m.get(field).isTextual() && !m.get(field).asText().isBlank(),
                            () -> field + " in " + m);
                }
                assertTrue(m.get("to").isTextual() || "skipped".equals(m.get("state").asText()), m::toString);
                assertTrue(m.get("key").asText().startsWith(iv.get("id").asText() + "/" + m.get("step").asText()
                        + "/"), m::toString);
                Instant due = Instant.parse(m.get("due").asText());
                assertEquals(due, OffsetDateTime.parse(m.get("dueRecipient").asText()).toInstant());
                assertEquals(due, OffsetDateTime.parse(m.get("dueSender").asText()).toInstant());
                // planned or skipped before the interviews; another state only if a local store says so
                assertTrue(Arrays.stream(State.values()).map(State::label).toList().contains(m.get("state").asText()),
                        m::toString);
                steps.add(m.get("step").asText());
            }
            Set<String> all = new HashSet<>();
            for (Step s : Step.values()) {
                all.add(s.id());
            }
            assertEquals(all, steps, "every step of " + iv.get("id"));
        }
        assertEquals(Set.of("acme-platform", "nordlicht-data"), ids);
    }

    @Test
    void planJsonOfTheNordlichtThankYouShowsBothZones() throws Exception {
        Cli.Result r = Cli.run("plan", "nordlicht-data", "--json");
        assertEquals(0, r.code(), r::toString);
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(1, doc.get("interviews").size());
        JsonNode lena = null;
        for (JsonNode m : doc.get("interviews").get(0).get("messages")) {
            if (m.get("key").asText().equals("nordlicht-data/thank-you/lena.vogel@nordlicht.example")) {
                lena = m;
            }
        }
        assertTrue(lena != null, r.out());
        assertEquals("lena.vogel@nordlicht.example", lena.get("to").asText());
        assertTrue(lena.get("dueRecipient").asText().endsWith("+01:00"), lena.toString());
        assertTrue(lena.get("dueSender").asText().endsWith("-05:00"), lena.toString());
    }

    @Test
    void planJsonWithBrokenRecordsIsStillOneDocumentWithTheProblems() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        Cli.Result r = Cli.run("plan", "--config", config.toString(), "--json").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        JsonNode doc = JSON.readTree(r.out());
        List<String> ids = new ArrayList<>();
        doc.get("interviews").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(List.of("good", "good-custom"), ids.stream().sorted().toList());
        assertEquals(BrokenWorkspace.expected(tmp).size(), doc.get("problems").size(), doc.get("problems")::toString);
        for (JsonNode p : doc.get("problems")) {
            assertTrue(p.get("file").asText().endsWith(".conf"), p::toString);
            assertTrue(p.get("line").asInt() > 0, p::toString);
            assertTrue(p.has("key") && p.has("message"), p::toString);
        }
    }

    /**
     * {@code plan ID --json} for a record with problems, or an id no record has: the one JSON document still comes,
     * with no interview and the problems; stdout was empty, and a script reading it got no JSON at all.
     */
    @Test
    void planJsonOfOneBrokenOrUnknownRecordIsStillOneDocumentWithTheProblems() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        Cli.Result r = Cli.run("plan", "--config", config.toString(), "several", "--json").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(0, doc.get("interviews").size(), r::toString);
        assertEquals(3, doc.get("problems").size(), r::toString);
        for (JsonNode p : doc.get("problems")) {
            assertTrue(p.get("file").asText().endsWith("several.conf"), p::toString);
            assertTrue(p.get("line").asInt() > 0, p::toString);
        }
        assertTrue(r.err().contains("several.conf:3: at: "), r::toString);

        Cli.Result unknown = Cli.run("plan", "--config", config.toString(), "nosuch", "--json").assertNoStackTrace();
        assertEquals(2, unknown.code(), unknown::toString);
        JsonNode none = JSON.readTree(unknown.out());
        assertEquals(0, none.get("interviews").size(), unknown::toString);
        assertTrue(none.get("problems").get(0).get("message").asText().contains("no interview with id \"nosuch\""),
                unknown::toString);
    }

    @Test
    void planWithBrokenRecordsShowsTheGoodOnesAndExitsTwo() throws Exception {
        Path config = BrokenWorkspace.write(tmp);
        Cli.Result r = Cli.run("plan", "--config", config.toString()).assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.out().contains("good: Good Co"), r::toString);
        for (String expected : BrokenWorkspace.expected(tmp)) {
            assertTrue(r.err().contains(expected), () -> "missing " + expected + " in\n" + r);
        }
    }

    @Test
    void planJsonOfSeveralCandidatesGivesEachInterviewItsOwnSenderZone() throws Exception {
        Path config = tmp.resolve("application.conf");
        java.nio.file.Files.writeString(config, "followup { candidates = \"people\", templates = \""
                + Path.of("templates").toAbsolutePath() + "\" }\n");
        for (String[] c : List.of(new String[] {"alice", "America/New_York"}, new String[] {"bob", "Europe/Berlin"})) {
            Path home = java.nio.file.Files.createDirectories(tmp.resolve("people").resolve(c[0])
                    .resolve("interviews")).getParent();
            java.nio.file.Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "%s" }
                    """.formatted(c[0], c[0], c[1]));
            java.nio.file.Files.copy(Path.of("conf/interviews/acme-platform.conf"),
                    home.resolve("interviews/acme-platform.conf"));
        }
        ObjectMapper json = new ObjectMapper();

        JsonNode everyone = json.readTree(Cli.run("plan", "--config", config.toString(), "--json").out());
        assertTrue(everyone.get("senderZone").isNull(), "no one zone for everyone: " + everyone.get("senderZone"));
        JsonNode interviews = everyone.get("interviews");
        assertEquals("alice/acme-platform", interviews.get(0).get("id").asText());
        assertEquals("America/New_York", interviews.get(0).get("senderZone").asText());
        assertEquals("bob/acme-platform", interviews.get(1).get("id").asText());
        assertEquals("Europe/Berlin", interviews.get(1).get("senderZone").asText());
        JsonNode bobsThanks = interviews.get(1).get("messages").get(2);
        assertTrue(bobsThanks.get("dueSender").asText().endsWith("+01:00"), bobsThanks.toString());

        JsonNode bob = json.readTree(Cli.run("plan", "--config", config.toString(), "--json", "--candidate", "bob")
                .out());
        assertEquals("Europe/Berlin", bob.get("senderZone").asText());
        assertEquals(1, bob.get("interviews").size());
    }

    /**
     * An id without its candidate, where several have one of that name: plan showed it for the first candidates and
     * then stopped at one without it ("no interview with id frank/acme-platform"); it says whose it is instead.
     */
    @Test
    void anIdWithoutItsCandidateAmongSeveralSaysWhoseItIs() throws Exception {
        Path config = tmp.resolve("application.conf");
        java.nio.file.Files.writeString(config, "followup { candidates = \"people\", templates = \""
                + Path.of("templates").toAbsolutePath() + "\" }\n");
        for (String name : List.of("alice", "bob", "frank")) {
            Path home = java.nio.file.Files.createDirectories(tmp.resolve("people").resolve(name)
                    .resolve("interviews")).getParent();
            java.nio.file.Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
            if (!name.equals("frank")) {
                java.nio.file.Files.copy(Path.of("conf/interviews/acme-platform.conf"),
                        home.resolve("interviews/acme-platform.conf"));
            }
        }
        java.nio.file.Files.copy(Path.of("conf/interviews/nordlicht-data.conf"),
                tmp.resolve("people/bob/interviews/nordlicht-data.conf"));

        Cli.Result both = Cli.run("plan", "--config", config.toString(), "acme-platform").assertNoStackTrace();
        assertEquals(2, both.code(), both::toString);
        assertEquals("", both.out(), "nothing half shown");
        assertTrue(both.err().contains("several candidates have an interview acme-platform (alice, bob): say whose,"
                + " e.g. write alice/acme-platform or add --candidate alice"), both::toString);

        Cli.Result one = Cli.run("hold", "--config", config.toString(), "nordlicht-data").assertNoStackTrace();
        assertEquals(2, one.code(), one::toString);
        assertTrue(one.err().contains("the interview nordlicht-data is candidate bob's: write bob/nordlicht-data or"
                + " add --candidate bob"), one::toString);

        Cli.Result none = Cli.run("preview", "--config", config.toString(), "globex").assertNoStackTrace();
        assertEquals(2, none.code(), none::toString);
        assertTrue(none.err().contains("no candidate that can run has an interview globex (candidates: alice, bob,"
                + " frank); write NAME/globex or add --candidate NAME"), none::toString);

        Cli.Result named = Cli.run("plan", "--config", config.toString(), "--candidate", "bob", "acme-platform");
        assertEquals(0, named.code(), named::toString);
        assertTrue(named.out().contains("bob/acme-platform: "), named::toString);
    }

    /** An id under a candidate that does not exist names what was written, not an option that was not. */
    @Test
    void anIdUnderACandidateThatDoesNotExistSaysSoWithoutNamingAnOptionNotGiven() throws Exception {
        Path config = tmp.resolve("application.conf");
        java.nio.file.Files.writeString(config, "followup { candidates = \"people\", templates = \""
                + Path.of("templates").toAbsolutePath() + "\" }\n");
        for (String name : List.of("alice", "bob")) {
            Path home = java.nio.file.Files.createDirectories(tmp.resolve("people").resolve(name)
                    .resolve("interviews")).getParent();
            java.nio.file.Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "%s Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    """.formatted(name, name));
        }
        Cli.Result r = Cli.run("plan", "--config", config.toString(), "--json", "nobody/acme").assertNoStackTrace();
        assertEquals(2, r.code(), r::toString);
        // as for an unknown record: the one document, with the problem
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out());
        assertEquals(0, doc.get("interviews").size(), r::toString);
        assertTrue(doc.get("problems").get(0).get("message").asText()
                .contains("no such candidate: nobody (known: alice, bob)"), r::toString);
        assertTrue(r.err().contains("no such candidate: nobody (known: alice, bob)"), r::toString);
        assertFalse(r.err().contains("--candidate nobody"), r::toString);
    }
}
