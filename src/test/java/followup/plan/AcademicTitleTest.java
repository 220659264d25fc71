package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * German academic titles as a university's staff page writes them: the qualifiers around a doctorate or a
 * professorship (emeritus, honoris causa several times over, a Privatdozent's or an adjunct's title, a junior
 * professorship) belong to the title, and the person is greeted by the title and the family name as for a plain
 * "Prof. Dr.", never with "mult." or "em." read as the given name ("Dear Prof. mult. Jan Ott,").
 */
class AcademicTitleTest {
    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("Prof. Dr. Dr. h.c. mult. Jan Ott", "Dear Prof. Ott,", "Guten Tag Prof. Jan Ott,",
                        "Bonjour Professeur Ott,"),
                Arguments.of("Prof. em. Hans Meier", "Dear Prof. Meier,", "Guten Tag Prof. Hans Meier,",
                        "Bonjour Professeur Meier,"),
                Arguments.of("Prof. em. Dr. Hans Meier", "Dear Prof. Meier,", "Guten Tag Prof. Hans Meier,",
                        "Bonjour Professeur Meier,"),
                Arguments.of("Frau Prof. em. Dr. Anna Schmidt", "Dear Prof. Schmidt,",
                        "Sehr geehrte Frau Prof. Schmidt,", "Bonjour Professeur Schmidt,"),
                Arguments.of("PD Dr. Eva Koch", "Dear Dr. Koch,", "Guten Tag Dr. Eva Koch,", "Bonjour Docteur Koch,"),
                Arguments.of("Priv.-Doz. Dr. Eva Koch", "Dear Dr. Koch,", "Guten Tag Dr. Eva Koch,",
                        "Bonjour Docteur Koch,"),
                Arguments.of("Herr PD Dr. Jonas Weiß", "Dear Dr. Weiß,", "Sehr geehrter Herr Dr. Weiß,",
                        "Bonjour Docteur Weiß,"),
                Arguments.of("apl. Prof. Dr. Jan Ott", "Dear Prof. Ott,", "Guten Tag Prof. Jan Ott,",
                        "Bonjour Professeur Ott,"),
                Arguments.of("Jun.-Prof. Dr. Lara Beck", "Dear Prof. Beck,", "Guten Tag Prof. Lara Beck,",
                        "Bonjour Professeur Beck,"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theQualifiersOfATitleBelongToIt(String name, String english, String german, String french) {
        assertEquals(english, Greeting.line("en", null, name));
        assertEquals(german, Greeting.line("de", null, name));
        assertEquals(french, Greeting.line("fr", null, name));
        assertTrue(PersonName.parse(name).certain(), () -> PersonName.parse(name).toString());
    }

    static Stream<Arguments> givenNames() {
        // the same letters as a given name or a family name, with no title to qualify, stay the name
        return Stream.of(
                Arguments.of("Em Johnson", "Dear Em,"),
                Arguments.of("Pd Smith", "Dear Pd,"),
                Arguments.of("Dr. Em Johnson", "Dear Dr. Johnson,"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("givenNames")
    void aNameThatLooksLikeAQualifierIsStillAName(String name, String english) {
        assertEquals(english, Greeting.line("en", null, name));
    }
}
