package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thank-yous of one panel read as notes written one by one: no two share their subject, opening or closing
 * sentence, and any two share at most 60% of their words in order.
 */
class PanelTest {
    /** The most two notes of one panel may share: longest common subsequence of words over the longer note. */
    static final double MAX_SHARED = 0.60;
    private static final List<String[]> PEOPLE = List.of(
            new String[] {"Jane Doe", "jane@acme.example", "the migration to Kubernetes"},
            new String[] {"Raj Patel", "raj@acme.example", "on-call practices"},
            new String[] {"Mia Wong", "mia@acme.example", "the design review process"},
            new String[] {"Dr. Jürgen Weiß", "juergen@acme.example", "the data platform roadmap"},
            new String[] {"Sofia Rossi", "sofia@acme.example", "mentoring junior engineers"},
            new String[] {"Tom Berger", "tom@acme.example", "cost control in the cloud"});
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    static List<Samples.Message> panel(String id, int size, boolean topics) {
        List<Interviewer> people = new ArrayList<>();
        for (String[] p : PEOPLE.subList(0, size)) {
            people.add(topics ? Samples.interviewer(p[0], p[1], p[2]) : Samples.interviewer(p[0], p[1]));
        }
        Interview iv = Samples.interview(id, "Acme Corp", "Platform Engineer", people, PEOPLE.get(0)[1], "", Map.of());
        return Samples.ofStep(samples.render(iv), Step.THANK_YOU);
    }

    @ParameterizedTest(name = "a panel of {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void anyTwoThankYousOfAPanelShareAtMostSixtyPercentOfTheirWordsInOrder(int size) {
        for (String id : List.of("acme", "globex-2027", "initech")) {
            for (boolean topics : List.of(true, false)) {
                List<Samples.Message> notes = panel(id, size, topics);
                assertEquals(size, notes.size());
                for (int i = 0; i < notes.size(); i++) {
                    for (int j = i + 1; j < notes.size(); j++) {
                        double shared = shared(notes.get(i).body(), notes.get(j).body());
                        if (System.getProperty("panel.report") != null) {
                            System.err.printf("panel %s %d %s %.3f%n", id, size, topics, shared);
                        }
                        int a = i;
                        int b = j;
                        assertTrue(shared <= MAX_SHARED, () -> String.format("%s, %d people%s: %.2f shared between"
                                + "%n%s%n%s", id, size, topics ? "" : " without topics", shared,
                                notes.get(a).body(), notes.get(b).body()));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "a panel of {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void noTwoNotesShareTheirSubjectOpeningOrClosingSentence(int size) {
        for (boolean topics : List.of(true, false)) {
            List<Samples.Message> notes = panel("acme", size, topics);
            Set<String> subjects = new HashSet<>();
            Set<String> openings = new HashSet<>();
            Set<String> closings = new HashSet<>();
            for (Samples.Message m : notes) {
                List<String> sentences = sentences(TemplateContentTest.mainText(m.body(), samples.sender().name()));
                assertTrue(subjects.add(m.subject()), "subject repeated: " + m.subject());
                assertTrue(openings.add(sentences.get(0)), "opening repeated: " + sentences.get(0));
                assertTrue(closings.add(sentences.get(sentences.size() - 1)), "closing repeated: " + m.body());
            }
        }
    }

    @ParameterizedTest(name = "a panel of {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void eachNoteNamesEveryoneItsOwnTopicInBodyAndSubjectAndAsksNobodyToPassThanksOn(int size) {
        for (Samples.Message m : panel("acme", size, true)) {
            Interviewer me = m.planned().interviewer();
            String main = TemplateContentTest.mainText(m.body(), samples.sender().name());
            int n = TemplateContentTest.sentences(main.replace("Dr.", "Dr"));
            assertTrue(n >= 3 && n <= 4, n + " sentences: " + main);
            assertTrue(m.subject().contains(me.topics().get(0)), m.subject());
            assertTrue(main.contains(me.topics().get(0)), main);
            for (String[] p : PEOPLE.subList(0, size)) {
                String listed = p[0].replace("Dr. ", "");
                assertTrue(p[0].equals(me.name()) || main.contains(listed), listed + " not named in:\n" + main);
                assertFalse(!p[2].equals(me.topics().get(0)) && main.contains(p[2]), "someone else's topic: " + main);
            }
            assertFalse(main.contains("pass my thanks"), "everyone gets their own note: " + main);
        }
    }

    /**
     * Someone without an email is thanked through one note only, the contact's (as the reminder to the user says):
     * not once per note of the panel.
     */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void onlyTheContactsNoteAsksToPassThanksOnAndTheReminderSaysWhose(String language) {
        List<Interviewer> people = new ArrayList<>();
        for (String[] p : PEOPLE.subList(0, 5)) {
            people.add(Samples.interviewer(p[0], p[1], p[2]));
        }
        people.add(new Interviewer("Lena Vogel", "Recruiter", null, null, List.of(), false, null));
        for (String contact : new String[] {PEOPLE.get(2)[1], null}) {
            Interview iv = new Interview("acme", "Acme Corp", "Platform Engineer",
                    java.time.LocalDateTime.of(2027, 1, 14, 14, 0), Samples.NEW_YORK, people, contact, "",
                    null, List.of(), List.of(), "", Interview.Status.ACTIVE, List.of(), Map.of(), language,
                    List.of(), null);
            String asker = contact == null ? PEOPLE.get(0)[1] : contact;
            List<Samples.Message> all = samples.render(iv);
            List<Samples.Message> notes = Samples.ofStep(all, Step.THANK_YOU);
            assertEquals(5, notes.size());
            for (Samples.Message m : notes) {
                boolean asks = m.body().contains("Lena Vogel");
                assertEquals(m.planned().interviewer().email().equals(asker), asks, language + ", contact " + contact
                        + ": " + m.body());
                assertFalse(m.body().matches("(?s).*remercie[^.]*remerciements.*"), m.body());
            }
            String reminder = Samples.one(all, Step.HANDWRITTEN_NOTE).body();
            Interviewer named = people.stream().filter(i -> asker.equals(i.email())).findFirst().orElseThrow();
            assertTrue(reminder.contains(named.name().replace("Dr. ", "")), reminder);
        }
    }

    /** The longest common subsequence of the two texts' words, over the longer text's word count. */
    static double shared(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                lcs[i][j] = x[i - 1].equals(y[j - 1]) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return (double) lcs[x.length][y.length] / Math.max(x.length, y.length);
    }

    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase().split("[^\\p{L}\\p{N}'-]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
