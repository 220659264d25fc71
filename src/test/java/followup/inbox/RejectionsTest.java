package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every written rejection of {@code fixtures/replies/rejections.txt} is recognised, with the sentence that says it,
 * and none of the ordinary replies of {@code fixtures/replies/ordinary.txt} is.
 */
class RejectionsTest {
    static final String REJECTIONS = "/fixtures/replies/rejections.txt";
    static final String ORDINARY = "/fixtures/replies/ordinary.txt";
    private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es");

    static Stream<TextFixtures.Block> rejections() {
        return TextFixtures.read(REJECTIONS).stream();
    }

    static Stream<TextFixtures.Block> ordinary() {
        return TextFixtures.read(ORDINARY).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void a_rejection_is_recognised_by_the_sentence_that_says_it(TextFixtures.Block text) {
        Optional<String> why = Rejections.find(text.text());
        assertTrue(why.isPresent(), text.text());
        assertTrue(text.text().replaceAll("\\s+", " ").contains(why.get()), why.get());
        assertTrue(why.get().length() > 10 && !why.get().contains("\n"), why.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinary")
    void an_ordinary_reply_is_never_a_rejection(TextFixtures.Block text) {
        assertEquals(Optional.empty(), Rejections.find(text.text()));
    }

    @Test
    void at_least_thirty_of_each_in_four_languages_and_the_figures_are_recorded() {
        List<TextFixtures.Block> no = TextFixtures.read(REJECTIONS);
        List<TextFixtures.Block> yes = TextFixtures.read(ORDINARY);
        assertTrue(no.size() >= 30 && yes.size() >= 30, no.size() + " rejections, " + yes.size() + " replies");
        assertEquals(LANGUAGES, no.stream().map(b -> b.field(0).substring(0, 2)).collect(Collectors.toSet()));
        assertEquals(LANGUAGES, yes.stream().map(b -> b.field(0).substring(0, 2)).collect(Collectors.toSet()));
        long recognised = no.stream().filter(b -> Rejections.find(b.text()).isPresent()).count();
        long misread = yes.stream().filter(b -> Rejections.find(b.text()).isPresent()).count();
        ReadingFigures.record("rejections recognised", recognised, no.size());
        ReadingFigures.record("ordinary replies misread as rejections", misread, yes.size());
        assertEquals(no.size(), recognised);
        assertEquals(0, misread);
    }

    @Test
    void the_quoted_message_below_a_reply_does_not_count() {
        assertEquals(Optional.empty(), Rejections.find("Sounds good, see you Monday!\n\nAm 12.01.2027 um 10:00"
                + " schrieb Jana <jana@acme.example>:\n> wir haben uns für einen anderen Kandidaten entschieden"));
        assertEquals(Optional.empty(), Rejections.find("Merci !\n\n-----Original Message-----\nFrom: x\n"
                + "The position has been filled."));
    }

    @Test
    void hostile_text_never_fails() {
        assertEquals(Optional.empty(), Rejections.find(null));
        assertEquals(Optional.empty(), Rejections.find("\u0000".repeat(20_000) + "not ".repeat(10_000)));
        assertEquals(Optional.empty(), Rejections.find("On ".repeat(20_000)));
    }
}
