package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second follow-up answers the follow-up in its thread, "Re: " and its subject; a follow-up whose own subject is
 * already an answer (a record's follow-up template that goes on the thank-you's thread, "Re: Thank you ...", or a
 * German "AW: ...") keeps it as it is, never "Re: Re: ...".
 */
class SecondFollowUpSubjectTest {
    @TempDir
    static Path dir;
    private static Samples samples;
    private static Templates templates;

    @BeforeAll
    static void load() throws IOException {
        samples = new Samples();
        Path source = Path.of("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        templates = new Templates(dir, Duration.ofSeconds(5));
    }

    private static String secondSubject(String language, String followUpSubject) throws IOException {
        Map<String, String> own = Map.of();
        if (followUpSubject != null) {
            // a file of its own for each subject: a template once read is kept
            String file = "own-follow-up-" + Integer.toHexString(followUpSubject.hashCode()) + ".ftl";
            Files.writeString(dir.resolve(file), "Subject: " + followUpSubject + "\n\n${to.greeting}\n\n"
                    + "Just checking in.\n");
            own = Map.of("follow-up", file);
        }
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", language);
        List<Interviewer> people = List.of(new Interviewer("Jane Doe", null, "jane@acme.example", null,
                List.of("the migration"), false, null));
        Interview iv = new Interview("acme", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 1, 12, 14, 0),
                Samples.NEW_YORK, people, "jane@acme.example", "", null, List.of(), List.of(), "",
                Interview.Status.ACTIVE, List.of(), own, language, List.of(), null);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage second = plan.stream().filter(m -> m.step() == Step.SECOND_FOLLOW_UP).findFirst()
                .orElseThrow();
        return templates.render(iv, sender, second, plan).subject();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Re: Thank you for the conversation|Re: Thank you for the conversation",
            "en|RE: Thank you for the conversation|RE: Thank you for the conversation",
            "de|AW: Ihr Gespräch|AW: Ihr Gespräch",
            "fr|Re : Merci pour l'entretien|Re : Merci pour l'entretien",
            "es|Where we are|Re: Where we are",
    })
    void aFollowUpThatIsAlreadyAnAnswerIsNotAnsweredTwice(String language, String followUp, String expected)
            throws IOException {
        assertEquals(expected, secondSubject(language, followUp));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en|Re: Following up on the Platform Engineer role",
            "de|Re: Nachfrage zur Position Platform Engineer"})
    void theShippedFollowUpIsAnsweredWithRe(String language, String expected) throws IOException {
        assertEquals(expected, secondSubject(language, null));
    }
}
