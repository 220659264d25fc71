package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Greeting;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.Step;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The content rules of PRODUCT.md section 3 and the two guides, checked on every step of both sample records. */
class TemplateContentTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
        assertTrue(samples.records.problems().isEmpty(), () -> "the samples are valid: " + samples.records.problems());
        assertEquals(2, samples.records.interviews().size());
    }

    private static List<Samples.Message> render(String id) {
        return samples.render(samples.interview(id));
    }

    @Test
    void theSamplesTogetherRenderEveryStep() {
        Set<Step> seen = EnumSet.noneOf(Step.class);
        for (String id : List.of("acme-platform", "nordlicht-data")) {
            render(id).forEach(m -> seen.add(m.planned().step()));
        }
        assertEquals(EnumSet.allOf(Step.class), seen);
        Set<Step> acme = render("acme-platform").stream().map(m -> m.planned().step())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
        assertEquals(EnumSet.allOf(Step.class), acme, "acme-platform has promises and a card: every step applies");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void noUnrenderedMarkupAnywhere(String id) {
        for (Samples.Message m : render(id)) {
            for (String text : List.of(m.subject(), m.body())) {
                for (String markup : List.of("${", "<#", "</#", "#{", "<@", "[#")) {
                    assertFalse(text.contains(markup), () -> m.planned().key() + " contains " + markup + ":\n" + text);
                }
            }
            assertFalse(m.subject().isBlank());
            assertFalse(m.subject().contains("\n") || m.subject().contains("\r"));
            assertTrue(m.body().endsWith("\n") && !m.body().endsWith("\n\n"), m.planned().key());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void oneThankYouPerInterviewerWithAnEmailWhoDidNotAskForACard(String id) {
        Interview interview = samples.interview(id);
        List<Samples.Message> thankYous = Samples.ofStep(render(id), Step.THANK_YOU);
        List<String> expected = interview.interviewers().stream().filter(i -> i.email() != null && !i.handwritten())
                .map(Interviewer::email).sorted().toList();
        List<String> actual = thankYous.stream().map(m -> m.planned().to().email()).sorted().toList();
        assertEquals(expected, actual);
        assertFalse(expected.isEmpty());
        for (Samples.Message m : thankYous) {
            assertEquals(m.planned().to().email(), m.planned().interviewer().email());
        }
    }

    @Test
    void anInterviewerWhoAsksForACardGetsNoEmailEvenWithAnAddress() {
        Interviewer card = new Interviewer("Maria Lopez", "VP", "maria@acme.example", null, List.of("growth"), true,
                "1 Main St");
        Interview iv = Samples.interview("card", "Acme Corp", "Platform Engineer",
                List.of(Samples.interviewer("Jane Doe", "jane@acme.example", "Kubernetes"), card),
                "jane@acme.example", "", Map.of());
        List<Samples.Message> thankYous = Samples.ofStep(samples.render(iv), Step.THANK_YOU);
        assertEquals(List.of("jane@acme.example"), thankYous.stream().map(m -> m.planned().to().email()).toList());
        Samples.Message note = Samples.one(samples.render(iv), Step.HANDWRITTEN_NOTE);
        assertTrue(note.body().contains("Maria Lopez"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void thankYouIsThreeOrFourSentencesNamesEveryoneAndMentionsTheirOwnTopic(String id) {
        Interview interview = samples.interview(id);
        for (Samples.Message m : Samples.ofStep(render(id), Step.THANK_YOU)) {
            Interviewer me = m.planned().interviewer();
            String body = m.body();
            assertEquals(Greeting.line(interview.language(), me.salutation(), me.name()), firstLine(body),
                    m.planned().key());
            String main = mainText(body, samples.sender().name());
            int sentences = sentences(main.replace("Dr.", "Dr"));
            assertTrue(sentences >= 3 && sentences <= 4, () -> m.planned().key() + ": " + sentences
                    + " sentences in:\n" + main);
            for (Interviewer other : interview.interviewers()) {
                if (other != me) {
                    assertTrue(main.contains(Panel.listed(other)), () -> m.planned().key() + " does not name " + other.name()
                            + ":\n" + main);
                }
            }
            assertFalse(me.topics().isEmpty());
            for (String topic : me.topics()) {
                assertTrue(main.contains(topic), () -> m.planned().key() + " does not mention " + topic + ":\n"
                        + main);
            }
            assertTrue(body.contains(interview.company()));
        }
    }

    @Test
    void thankYouOfEachInterviewerIsAboutTheirOwnTopicNotSomeoneElses() {
        List<Samples.Message> thankYous = Samples.ofStep(render("acme-platform"), Step.THANK_YOU);
        assertEquals(2, thankYous.size());
        for (Samples.Message m : thankYous) {
            Interviewer me = m.planned().interviewer();
            for (Interviewer other : samples.interview("acme-platform").interviewers()) {
                if (other != me) {
                    for (String topic : other.topics()) {
                        assertFalse(m.body().contains(topic), () -> m.planned().key() + " talks about " + other.name()
                                + "'s topic " + topic);
                    }
                }
            }
        }
    }

    @Test
    void thankYouWithoutTopicsIsStillThreeOrFourSentences() {
        Interview iv = Samples.interview("no-topics", "Acme Corp", "Platform Engineer",
                List.of(Samples.interviewer("Jane Doe", "jane@acme.example")), "jane@acme.example", "", Map.of());
        Samples.Message m = Samples.one(samples.render(iv), Step.THANK_YOU);
        int n = sentences(mainText(m.body(), samples.sender().name()));
        assertTrue(n >= 3 && n <= 4, m.body());
    }

    @Test
    void thankYouSubjectReadsWellWhenItGoesOutDaysAfterTheInterview() {
        // A Saturday interview: interview + 3h falls on Saturday, and the window's next opening (Monday 09:00) is
        // within the 48h bound, so the thank-you goes out two days later.
        Interview iv = new Interview("saturday", "Acme Corp", "Platform Engineer",
                LocalDateTime.of(2027, 1, 16, 10, 0), Samples.NEW_YORK,
                List.of(Samples.interviewer("Jane Doe", "jane@acme.example", "Kubernetes")), "jane@acme.example", "",
                null, List.of(), List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of());
        Samples.Message m = Samples.one(samples.render(iv), Step.THANK_YOU);
        assertEquals(java.time.DayOfWeek.MONDAY, m.planned().due().atZone(Samples.NEW_YORK).getDayOfWeek(),
                m.planned().reason());
        assertFalse(m.subject().contains("for on "), m.subject());
        assertFalse(m.subject().contains("on Saturday's"), m.subject());
        assertTrue(m.subject().contains("Kubernetes"), "the subject names her topic: " + m.subject());
        assertTrue(m.body().contains("Saturday"), m.body());
    }

    @Test
    void todayAndYesterdayAreSeenFromTheRecipientsZone() {
        // Thursday 20:00 in New York is Friday 02:00 in Berlin; the thank-you waits out her night and goes out
        // Friday 09:00 Berlin time, 03:00 in New York: for the sender the interview was yesterday, for the
        // interviewer in Berlin it was today.
        Interviewer lena = new Interviewer("Lena Vogel", "Head of Data", "lena@nordlicht.example",
                java.time.ZoneId.of("Europe/Berlin"), List.of("streaming"), false, null);
        Interview iv = new Interview("late", "Nordlicht", "Data Engineer", LocalDateTime.of(2027, 1, 14, 20, 0),
                Samples.NEW_YORK, List.of(lena), "lena@nordlicht.example", "", null, List.of(), List.of(), "",
                Interview.Status.ACTIVE, List.of(), Map.of());
        Samples.Message m = Samples.one(samples.render(iv), Step.THANK_YOU);
        assertEquals(LocalDateTime.of(2027, 1, 15, 9, 0),
                m.planned().due().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDateTime(),
                m.planned().reason());
        assertTrue(m.body().contains(" today"), m.body());
        assertFalse(m.body().contains("yesterday"), m.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void followUpIsLongerAndHasInterestPositionCompanyAndAnInvitingClose(String id) {
        Interview interview = samples.interview(id);
        List<Samples.Message> messages = render(id);
        Samples.Message followUp = Samples.one(messages, Step.FOLLOW_UP);
        String body = followUp.body();
        assertEquals(interview.contact(), followUp.planned().to().email());
        for (Samples.Message thankYou : Samples.ofStep(messages, Step.THANK_YOU)) {
            assertTrue(body.length() > thankYou.body().length(), "the follow-up is longer than the thank-you");
        }
        assertTrue(body.contains(interview.positionShown()), body);
        assertTrue(body.contains(interview.company()), body);
        assertTrue(body.toLowerCase().contains(interview.language().equals("de") ? "interessiert" : "interest"),
                "continued interest: " + body);
        interview.contactPerson().ifPresent(c -> assertEquals(Greeting.line(interview.language(), c.salutation(),
                c.name()), firstLine(body)));
        for (String p : interview.promisedByMe()) {
            assertTrue(body.contains(p), "promised by me: " + p + "\n" + body);
        }
        for (String p : interview.promisedToMe()) {
            assertTrue(body.contains(p), "promised to me: " + p + "\n" + body);
        }
        String closing = mainText(body, samples.sender().name());
        String lastParagraph = closing.substring(closing.lastIndexOf("\n\n") + 2).toLowerCase();
        boolean german = interview.language().equals("de");
        assertTrue(lastParagraph.contains(german ? "antwort auf diese e-mail" : "reply to this email"),
                "invites a reply: " + lastParagraph);
        assertTrue(lastParagraph.contains(german ? "telefonat" : "call") && (lastParagraph.contains(german
                ? "referenzen" : "references") || lastParagraph.contains(german ? "kurzen notiz" : "note on how i")),
                "offers something concrete: " + lastParagraph);
    }

    @Test
    void theAcmeFollowUpNamesBothPromisesAndTheStatedTimeline() {
        Interview acme = samples.interview("acme-platform");
        assertFalse(acme.promisedByMe().isEmpty());
        assertFalse(acme.promisedToMe().isEmpty());
        String body = Samples.one(render("acme-platform"), Step.FOLLOW_UP).body();
        assertTrue(body.contains("two writing samples"));
        assertTrue(body.contains("the client case studies"));
        assertTrue(body.contains("January 22"), "the timeline they gave: " + body);
    }

    @Test
    void followUpWithPromisesOneWayOnlyMentionsThatWay() {
        Interview iv = new Interview("one-way", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 1, 14, 14, 0),
                Samples.NEW_YORK, List.of(Samples.interviewer("Jane Doe", "jane@acme.example", "Kubernetes")),
                "jane@acme.example", "", null, List.of(), List.of("a tour of the data centre"), "",
                Interview.Status.ACTIVE, List.of(), Map.of());
        String body = Samples.one(samples.render(iv), Step.FOLLOW_UP).body();
        assertTrue(body.contains("a tour of the data centre"), body);
        assertFalse(body.contains("I promised"), body);
    }

    @Test
    void followUpReadsWellWhenPromisesCarryTheirOwnArticle() {
        // Promises as people write them: with their own article or possessive, one item or several.
        Interview iv = new Interview("articles", "Acme Corp", "Platform Engineer",
                LocalDateTime.of(2027, 1, 14, 14, 0), Samples.NEW_YORK,
                List.of(Samples.interviewer("Jane Doe", "jane@acme.example", "Kubernetes")), "jane@acme.example", "",
                null, List.of("my portfolio"), List.of("the salary range"), "", Interview.Status.ACTIVE, List.of(),
                Map.of());
        String body = Samples.one(samples.render(iv), Step.FOLLOW_UP).body();
        assertTrue(body.contains("my portfolio"), body);
        assertTrue(body.contains("the salary range"), body);
        for (String bad : List.of("the my ", "the the ", "the a ", "portfolio) have")) {
            assertFalse(body.contains(bad), () -> "reads badly (" + bad + "):\n" + body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void secondFollowUpIsAShorterReplyToTheFollowUp(String id) {
        List<Samples.Message> messages = render(id);
        Samples.Message followUp = Samples.one(messages, Step.FOLLOW_UP);
        Samples.Message second = Samples.one(messages, Step.SECOND_FOLLOW_UP);
        assertEquals("Re: " + followUp.subject(), second.subject());
        assertTrue(second.body().length() < followUp.body().length());
        assertEquals(followUp.planned().to(), second.planned().to());
        assertEquals(followUp.planned().messageId(), second.planned().inReplyTo());
        assertTrue(second.body().contains(samples.interview(id).positionShown()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void debriefHasTheNotesAndTheFourQuestions(String id) {
        Interview interview = samples.interview(id);
        Samples.Message debrief = Samples.one(render(id), Step.DEBRIEF);
        assertFalse(interview.notes().isBlank());
        assertTrue(debrief.body().contains(interview.notes()), debrief.body());
        for (String word : List.of("positive", "negative", "unusual", "revealing")) {
            assertTrue(debrief.body().contains(word), word);
        }
        for (Interviewer person : interview.interviewers()) {
            assertTrue(debrief.body().contains(person.name()));
        }
        assertTrue(debrief.subject().contains(interview.company()));
        assertTrue(debrief.body().contains("it is planned for"), "when the follow-up goes out: " + debrief.body());
        assertEquals(samples.sender().notifyAddress(), debrief.planned().to().email());
    }

    @Test
    void debriefDoesNotPromiseAFollowUpThatWillNotGoOut() {
        // nobody left an email address: there is no contact, so no follow-up
        Interview iv = Samples.interview("no-email", "Acme Corp", "Platform Engineer",
                List.of(Samples.interviewer("Jane Doe", null, "Kubernetes")), null, "", Map.of());
        List<Samples.Message> messages = samples.render(iv);
        assertTrue(Samples.ofStep(messages, Step.FOLLOW_UP).isEmpty());
        Samples.Message debrief = Samples.one(messages, Step.DEBRIEF);
        assertFalse(debrief.body().contains("it is planned for"), debrief.body());
        for (String word : List.of("positive", "negative", "unusual", "revealing")) {
            assertTrue(debrief.body().contains(word), word);
        }
    }

    @Test
    void promiseReminderListsThePromisedItems() {
        Interview acme = samples.interview("acme-platform");
        Samples.Message reminder = Samples.one(render("acme-platform"), Step.PROMISE_REMINDER);
        for (String p : acme.promisedByMe()) {
            assertTrue(reminder.body().contains("- " + p), reminder.body());
        }
        for (String p : acme.promisedToMe()) {
            assertTrue(reminder.body().contains("- " + p), reminder.body());
        }
        assertTrue(Samples.ofStep(render("nordlicht-data"), Step.PROMISE_REMINDER).isEmpty(),
                "nothing promised, no reminder");
    }

    @Test
    void handwrittenNoteHasTheCardInterviewersNameAndPostalAddress() {
        Interview acme = samples.interview("acme-platform");
        Interviewer maria = acme.interviewers().stream().filter(Interviewer::handwritten).findFirst().orElseThrow();
        assertNotNull(maria.address());
        Samples.Message note = Samples.one(render("acme-platform"), Step.HANDWRITTEN_NOTE);
        assertTrue(note.body().contains(maria.name()), note.body());
        assertTrue(note.body().contains(maria.address()), note.body());
        assertTrue(note.body().contains("Dear Ms. Lopez,"), "the salutation from the record: " + note.body());
        assertTrue(note.subject().contains(maria.name()));
        for (String topic : maria.topics()) {
            assertTrue(note.body().contains(topic));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-platform", "nordlicht-data"})
    void callReminderHasTheContactAndThePhone(String id) {
        Interview interview = samples.interview(id);
        Samples.Message call = Samples.one(render(id), Step.CALL_REMINDER);
        Interviewer contact = interview.contactPerson().orElseThrow();
        assertTrue(call.body().contains(contact.name()), call.body());
        assertTrue(call.subject().contains(contact.name()), call.subject());
        if (!interview.phone().isBlank()) {
            assertTrue(call.body().contains(interview.phone()), call.body());
        } else {
            assertTrue(call.body().contains("not in the record"), call.body());
        }
        assertEquals(samples.sender().notifyAddress(), call.planned().to().email());
    }

    @Test
    void acmeHasAPhoneForTheCallReminder() {
        assertEquals("+1 555 0199", samples.interview("acme-platform").phone());
        assertTrue(Samples.one(render("acme-platform"), Step.CALL_REMINDER).body().contains("+1 555 0199"));
    }

    @Test
    void theSentenceCounterCountsSentences() {
        assertEquals(3, sentences("One, two. Three? Four!"));
        assertEquals(1, sentences("We use Node.js daily."));
        assertEquals("Hello there.",
                mainText("Dear Jane,\n\nHello there.\n\nBest regards,\nAlex Morgan\n", "Alex Morgan"));
    }

    @Test
    void anInterviewerWithoutAnEmailIsNotForgotten() {
        // nordlicht-data: Tom Berger has no address; Lena's thank-you asks her to pass thanks on, and the reminder
        // to self says how to thank him
        Interview nordlicht = samples.interview("nordlicht-data");
        List<Samples.Message> messages = render("nordlicht-data");
        Samples.Message reminder = Samples.one(messages, Step.HANDWRITTEN_NOTE);
        assertTrue(reminder.subject().contains("Tom Berger"), reminder.subject());
        assertTrue(reminder.body().contains("no email address for Tom Berger"), reminder.body());
        assertTrue(reminder.body().contains("The thank-you email to " + nordlicht.contactPerson().orElseThrow().name()
                + " asks to pass your thanks on"), reminder.body());
        Samples.Message thanks = Samples.one(messages, Step.THANK_YOU);
        assertTrue(thanks.body().contains("Tom Berger"), thanks.body());
    }

    @Test
    void anInterviewerWithoutAnEmailButWithAnAddressGetsACardText() {
        Interviewer tom = new Interviewer("Tom Berger", "Data Engineer", null, null, List.of("data quality checks"),
                false, "Nordlicht Analytics\nTorstraße 1\n10119 Berlin");
        Interview iv = Samples.interview("card-by-address", "Nordlicht", "Data Engineer",
                List.of(Samples.interviewer("Lena Vogel", "lena@nordlicht.example", "streaming"), tom),
                "lena@nordlicht.example", "", Map.of());
        Samples.Message reminder = Samples.one(samples.render(iv), Step.HANDWRITTEN_NOTE);
        assertTrue(reminder.body().contains("Send a card to:\n" + tom.address()), reminder.body());
        assertTrue(reminder.body().contains("Dear Tom,"), reminder.body());
        assertTrue(reminder.body().contains("data quality checks"), reminder.body());
    }

    // --- helpers

    static String firstLine(String body) {
        return Arrays.stream(body.split("\n")).filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    /** The text between the greeting line and the sign-off line (the line before the sender's name). */
    static String mainText(String body, String senderName) {
        List<String> lines = Arrays.asList(body.split("\n", -1));
        int greeting = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                greeting = i;
                break;
            }
        }
        int name = lines.lastIndexOf(senderName);
        if (greeting < 0 || name < 1) {
            throw new AssertionError("no greeting or no signature in:\n" + body);
        }
        int signOff = name - 1;
        // a sign-off line before the name ("Best regards,"; in German without a comma: "Mit freundlichen Grüßen")
        assertFalse(lines.get(signOff).isBlank() || lines.get(signOff).endsWith("."), "a sign-off line before the"
                + " name: " + lines.get(signOff));
        return String.join("\n", lines.subList(greeting + 1, signOff)).strip();
    }

    static int sentences(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
