package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a name as written in a record becomes the greeting of a message, and when that is a guess. */
class GreetingTest {
    static Stream<Arguments> names() {
        return Stream.of(
                // plain given and family name: the given name
                Arguments.of("Jane Doe", "Dear Jane,", true),
                Arguments.of("Raj Patel", "Dear Raj,", true),
                Arguments.of("  Maria   Lopez ", "Dear Maria,", true),
                Arguments.of("Zoë Ångström", "Dear Zoë,", true),
                Arguments.of("Łukasz Żółć", "Dear Łukasz,", true),
                Arguments.of("Søren Kierkegaard", "Dear Søren,", true),
                Arguments.of("Ana-María Ruiz", "Dear Ana-María,", true),
                Arguments.of("Jean-Luc Picard", "Dear Jean-Luc,", true),
                Arguments.of("Sinéad O'Connor", "Dear Sinéad,", true),
                Arguments.of("Mary-Kate Smith-Jones", "Dear Mary-Kate,", true),
                // family names with particles
                Arguments.of("Ursula von der Leyen", "Dear Ursula,", true),
                Arguments.of("Vincent van Gogh", "Dear Vincent,", true),
                Arguments.of("Leonardo da Vinci", "Dear Leonardo,", true),
                // double given names
                Arguments.of("María José García", "Dear María José,", true),
                Arguments.of("José Luis Rodríguez", "Dear José Luis,", true),
                Arguments.of("Jean Pierre Dupont", "Dear Jean Pierre,", true),
                Arguments.of("Anne Marie Olsen", "Dear Anne Marie,", true),
                Arguments.of("Hans Peter Müller", "Dear Hans Peter,", true),
                // a middle initial
                Arguments.of("John F. Kennedy", "Dear John,", true),
                // suffixes and degrees after the name
                Arguments.of("Jane Doe, PhD", "Dear Jane,", true),
                Arguments.of("Martin Kim Jr.", "Dear Martin,", true),
                Arguments.of("Don Draper", "Dear Don,", true),
                Arguments.of("Robert Smith III", "Dear Robert,", true),
                // courtesy and academic titles: the title and the family name
                Arguments.of("Dr. Jürgen Weiß", "Dear Dr. Weiß,", true),
                Arguments.of("Prof. Dr. Anna Schmidt", "Dear Prof. Schmidt,", true),
                Arguments.of("Dr.-Ing. Klaus Meier", "Dear Dr. Meier,", true),
                Arguments.of("Dr. med. Eva Braun", "Dear Dr. Braun,", true),
                Arguments.of("Ms. Lisa Chen", "Dear Ms. Chen,", true),
                Arguments.of("Mrs. Helen Parr", "Dear Mrs. Parr,", true),
                Arguments.of("Miss Jane Marple", "Dear Miss Marple,", true),
                Arguments.of("Mr. Tom Hanks", "Dear Mr. Hanks,", true),
                Arguments.of("Mx. Sam Taylor", "Dear Mx. Taylor,", true),
                Arguments.of("Herr Dr. Stefan Koch", "Dear Dr. Koch,", true),
                Arguments.of("Frau Lena Vogel", "Dear Ms. Vogel,", true),
                Arguments.of("Dr. Weiß", "Dear Dr. Weiß,", true),
                Arguments.of("Prof Alan Turing", "Dear Prof. Turing,", true),
                Arguments.of("Dr. Ursula von der Leyen", "Dear Dr. von der Leyen,", true),
                // a title, then the family name with its particles and no given name
                Arguments.of("Ms. de la Cruz", "Dear Ms. de la Cruz,", true),
                Arguments.of("Dr. van der Berg", "Dear Dr. van der Berg,", true),
                Arguments.of("Prof. de la Fontaine", "Dear Prof. de la Fontaine,", true),
                Arguments.of("Mr. De Souza", "Dear Mr. De Souza,", true),
                Arguments.of("Mr. Da Silva", "Dear Mr. Da Silva,", true),
                Arguments.of("Mrs. von Trapp", "Dear Mrs. von Trapp,", true),
                Arguments.of("de la Cruz", "Dear de la Cruz,", false),
                // unsure: the full name, never a part that may be wrong
                Arguments.of("Nguyễn Văn An", "Dear Nguyễn Văn An,", false),
                Arguments.of("Wang Xiaoming", "Dear Wang Xiaoming,", false),
                Arguments.of("Kim Min-jun", "Dear Kim Min-jun,", false),
                Arguments.of("Nagy László", "Dear Nagy László,", false),
                Arguments.of("Juan García López", "Dear Juan García López,", false),
                Arguments.of("Jane Marie Doe", "Dear Jane Marie Doe,", false),
                Arguments.of("Madonna", "Dear Madonna,", false),
                Arguments.of("J. Smith", "Dear J. Smith,", false),
                Arguments.of("A.J. Patel", "Dear A.J. Patel,", false),
                Arguments.of("JANE DOE", "Dear JANE DOE,", false),
                Arguments.of("jane doe", "Dear jane doe,", false),
                Arguments.of("The Hiring Team", "Dear The Hiring Team,", false),
                Arguments.of("R2 D2", "Dear R2 D2,", false),
                Arguments.of("Dr. Nguyễn Văn An", "Dear Dr. Nguyễn Văn An,", false),
                Arguments.of("Dra. Ana García López", "Dear Dr. Ana García López,", false),
                // other titles: the full name, never the title as a given name
                Arguments.of("Rev. Martin King", "Dear Rev. Martin King,", false),
                Arguments.of("Sir Ian Murray McKellen", "Dear Sir Ian Murray McKellen,", false),
                // a knight goes by the title and the given name
                Arguments.of("Sir Patrick Stewart", "Dear Sir Patrick,", true),
                Arguments.of("Capt. Jean Luc", "Dear Capt. Jean Luc,", false),
                // only a title: never "Dear Dr.,"
                Arguments.of("Dr.", "Hello,", false),
                Arguments.of("Rev.", "Hello,", false),
                Arguments.of("Ms.", "Hello,", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("names")
    void greetsWithWhatIsCertainAndTheFullNameOtherwise(String name, String greeting, boolean certain) {
        assertEquals(greeting, Greeting.line("en", null, name));
        assertEquals(certain, PersonName.parse(name).certain(), () -> PersonName.parse(name).toString());
    }

    @Test
    void theTableHasAtLeastFortyNames() {
        assertTrue(names().count() >= 40);
    }

    @Test
    void noGreetingIsATitleAlone() {
        Pattern titleAlone = Pattern.compile("^(Dear|Hello) (Dr|Prof|Mr|Ms|Mrs|Mx|Herr|Frau)\\.?,$");
        names().forEach(a -> {
            for (String language : List.of("en", "de", "fr", "es")) {
                String line = Greeting.line(language, null, (String) a.get()[0]);
                assertFalse(titleAlone.matcher(line).matches(), line);
                assertFalse(line.matches("^(Sehr geehrte[r]? |Guten Tag |Bonjour |Estimad[oa] |Hola, )"
                        + "(Dr\\.|Prof\\.|Herr|Frau|Madame|Monsieur|Sr\\.|Sra\\.|Dra\\.)[,:]$"), line);
            }
        });
    }

    @Test
    void aSalutationFromTheRecordIsUsedAsWritten() {
        assertEquals("Dear Dr. Weiß,", Greeting.line("en", "Dr. Weiß", "Jürgen Weiß"));
        assertEquals("Dear Jane,", Greeting.line("en", "Jane", "Dr. Jane Doe"));
        assertEquals("Sehr geehrter Herr Dr. Weiß,", Greeting.line("de", "Herr Dr. Weiß", "Jürgen Weiß"));
        assertEquals("Sehr geehrte Frau Vogel,", Greeting.line("de", "Frau Vogel", "Lena Vogel"));
        assertEquals("Bonjour Madame Martin,", Greeting.line("fr", "Madame Martin", "Claire Martin"));
        assertEquals("Estimada Sra. García:", Greeting.line("es", "Sra. García", "María José García"));
    }

    @Test
    void eachLanguageGreetsInItsFormalRegister() {
        assertEquals("Sehr geehrter Herr Dr. Weiß,", Greeting.line("de", null, "Herr Dr. Jürgen Weiß"));
        assertEquals("Sehr geehrte Frau Vogel,", Greeting.line("de", null, "Frau Lena Vogel"));
        assertEquals("Guten Tag Lena Vogel,", Greeting.line("de", null, "Lena Vogel"));
        assertEquals("Guten Tag Dr. Jürgen Weiß,", Greeting.line("de", null, "Dr. Jürgen Weiß"));
        assertEquals("Bonjour Madame Martin,", Greeting.line("fr", null, "Mme Claire Martin"));
        assertEquals("Bonjour Monsieur Dupont,", Greeting.line("fr", null, "M. Jean Dupont"));
        assertEquals("Bonjour Claire Martin,", Greeting.line("fr", null, "Claire Martin"));
        assertEquals("Estimada Sra. García:", Greeting.line("es", null, "Sra. Lucía García"));
        assertEquals("Estimado Dr. Ruiz:", Greeting.line("es", null, "Sr. Dr. Pedro Ruiz"));
        assertEquals("Hola, María José García:", Greeting.line("es", null, "María José García"));
    }

    /**
     * A lawyer or notary in France is "Maître", written "Me" before the name, and greeted by it ("Bonjour Maître
     * Lefèvre,"), never as "Me Claire Lefèvre". "Me" is that title only in French; elsewhere "Maître" is a title
     * that does not go before a family name in the language, and the full name is used.
     */
    @Test
    void frenchGreetsALawyerAsMaitre() {
        assertEquals("Bonjour Maître Lefèvre,", Greeting.line("fr", null, "Me Claire Lefèvre"));
        assertEquals("Bonjour Maître Lefèvre,", Greeting.line("fr", null, "Me. Claire Lefèvre"));
        assertEquals("Bonjour Maître Lefèvre,", Greeting.line("fr", null, "Maître Claire Lefèvre"));
        assertEquals("Bonjour Maître Lefèvre,", Greeting.line("fr", null, "Maitre Claire Lefèvre"));
        assertEquals("Bonjour Maître Lefèvre,", Greeting.line("fr", null, "Mme Me Claire Lefèvre"));
        assertEquals("Maître Lefèvre", Greeting.address("fr", null, "Me Claire Lefèvre"));
        assertEquals("Dear Maître Claire Lefèvre,", Greeting.line("en", null, "Maître Claire Lefèvre"));
        assertEquals("Hola, Maître Claire Lefèvre:", Greeting.line("es", null, "Maître Claire Lefèvre"));
        assertEquals("Guten Tag Maître Claire Lefèvre,", Greeting.line("de", null, "Maître Claire Lefèvre"));
    }

    @Test
    void spanishGreetsWhateverTheHourAndFrenchAndSpanishKeepADoctorsTitle() {
        // Spanish business mail does not greet by the time of day ("Buenos días" at 20:00)
        assertEquals("Hola, María José García:", Greeting.line("es", null, "María José García"));
        assertEquals("Hola:", Greeting.line("es", null, ""));
        assertEquals("Hola, Dr. Raj Patel:", Greeting.line("es", null, "Dr. Raj Patel"));
        assertEquals("Estimada Dra. García:", Greeting.line("es", null, "Dra. Lucía García"));
        assertEquals("Estimada Dra. García:", Greeting.line("es", null, "Sra. Dra. Lucía García"));
        assertEquals("Bonjour Docteur Durand,", Greeting.line("fr", null, "Dr Sophie Durand"));
        assertEquals("Bonjour Docteur Durand,", Greeting.line("fr", null, "Dr. Sophie Durand"));
        assertEquals("Bonjour Docteur Weber,", Greeting.line("fr", null, "M. Dr Klaus Weber"));
        assertEquals("Bonjour Madame Martin,", Greeting.line("fr", null, "Mme Claire Martin"));
        // no courtesy title that Spanish has: the full name, not a bare family name ("Hola, Reed:")
        assertEquals("Hola, Taylor Reed:", Greeting.line("es", null, "Mx. Taylor Reed"));
        // German keeps the title too, as before
        assertEquals("Guten Tag Dr. Raj Patel,", Greeting.line("de", null, "Dr. Raj Patel"));
    }

    /**
     * "Dr." before a name in a record says nothing of the person's gender (an English record writes it for
     * everyone), while Spanish must choose between "Estimado Dr." and "Estimada Dra.": without Sr./Sra. the
     * greeting does not guess, and reads as the German and the Spanish professor's do, the title with the full
     * name. A salutation written in the record ("Dr. Ruiz") is the writer's choice of form and is used as written.
     */
    @Test
    void spanishDoesNotGuessADoctorsGenderFromTheTitleAlone() {
        assertEquals("Hola, Dr. Carlos Ruiz:", Greeting.line("es", null, "Dr. Carlos Ruiz"));
        assertEquals("Hola, Dr. Lucía Ruiz:", Greeting.line("es", null, "Dr. Lucía Ruiz"));
        assertEquals("Hola, Dr. Ruiz:", Greeting.line("es", null, "Dr. Ruiz"));
        assertEquals("Hola, Dr. Taylor Reed:", Greeting.line("es", null, "Mx. Dr. Taylor Reed"));
        assertEquals("Dr. Carlos Ruiz", Greeting.address("es", null, "Dr. Carlos Ruiz"));
        // as the other languages do with the same name
        assertEquals("Guten Tag Dr. Carlos Ruiz,", Greeting.line("de", null, "Dr. Carlos Ruiz"));
        assertEquals("Hola, Prof. Carlos Ruiz:", Greeting.line("es", null, "Prof. Carlos Ruiz"));
        // a courtesy title says it
        assertEquals("Estimado Dr. Ruiz:", Greeting.line("es", null, "Sr. Dr. Carlos Ruiz"));
        assertEquals("Estimada Dra. Ruiz:", Greeting.line("es", null, "Dra. Lucía Ruiz"));
        assertEquals("Estimada Dra. Ruiz:", Greeting.line("es", null, "Sra. Dr. Lucía Ruiz"));
        // the record's own salutation is used as written
        assertEquals("Estimado Dr. Ruiz:", Greeting.line("es", "Dr. Ruiz", "Carlos Ruiz"));
        assertEquals("Estimada Dra. Ruiz:", Greeting.line("es", "Dra. Ruiz", "Lucía Ruiz"));
    }

    @Test
    void aNicknameInQuotesIsWhatEnglishCallsThemAndNoMessagePrintsTheQuotes() {
        assertEquals("Dear Bob,", Greeting.line("en", null, "Robert \"Bob\" Smith"));
        assertEquals("Dear Bob,", Greeting.line("en", null, "Robert \u201cBob\u201d Smith"));
        assertEquals("Dear Liz,", Greeting.line("en", null, "Elizabeth 'Liz' de la Cruz"));
        assertEquals("Dear AJ,", Greeting.line("en", null, "Andrew \"AJ\" Jones"));
        assertEquals("Dear Dr. Smith,", Greeting.line("en", null, "Dr. Robert \"Bob\" Smith"));
        // the formal languages use the name without it
        assertEquals("Guten Tag Robert Smith,", Greeting.line("de", null, "Robert \"Bob\" Smith"));
        assertEquals("Sehr geehrter Herr Smith,", Greeting.line("de", null, "Herr Robert \"Bob\" Smith"));
        assertEquals("Bonjour Robert Smith,", Greeting.line("fr", null, "Robert \"Bob\" Smith"));
        assertEquals("Hola, Robert Smith:", Greeting.line("es", null, "Robert \"Bob\" Smith"));
        // as a colleague named in the others' notes
        assertEquals("Robert Smith", PersonName.parse("Robert \"Bob\" Smith").full());
        // an apostrophe in a name is no quote
        assertEquals("Dear Sean,", Greeting.line("en", null, "Sean O'Neil"));
        assertEquals("D'Angelo Russo", PersonName.parse("D'Angelo Russo").full());
    }

    @Test
    void spanishGreetsAProfessorAsProfessorNotAsDoctor() {
        assertEquals("Estimada Profa. López:", Greeting.line("es", null, "Sra. Prof. Ana López"));
        assertEquals("Estimada Profa. López:", Greeting.line("es", null, "Sra. Prof. Dr. Ana López"));
        assertEquals("Estimada Profa. López:", Greeting.line("es", null, "Profesora Ana López"));
        assertEquals("Estimado Prof. Ruiz:", Greeting.line("es", null, "Sr. Prof. Pedro Ruiz"));
        // no courtesy title: whether "Prof." is a man or a woman is not known, so no "Estimado"
        assertEquals("Hola, Prof. Ana López:", Greeting.line("es", null, "Prof. Ana López"));
        assertEquals("Hola, Prof. López:", Greeting.line("es", "Prof. López", "Ana López"));
        // a doctor is still greeted as one
        assertEquals("Estimada Dra. García:", Greeting.line("es", null, "Sra. Dra. Lucía García"));
    }

    @Test
    void aParticleAfterATitleStaysWithTheFamilyNameInEveryLanguage() {
        assertEquals("Sehr geehrter Herr van der Berg,", Greeting.line("de", null, "Herr van der Berg"));
        assertEquals("Sehr geehrter Herr Dr. von Weizsäcker,", Greeting.line("de", null, "Herr Dr. von Weizsäcker"));
        assertEquals("Sehr geehrte Frau von Trapp,", Greeting.line("de", null, "Frau von Trapp"));
        assertEquals("Bonjour Monsieur de Gaulle,", Greeting.line("fr", null, "M. de Gaulle"));
        assertEquals("Bonjour Madame de La Fontaine,", Greeting.line("fr", null, "Mme de La Fontaine"));
        assertEquals("Estimada Sra. de la Cruz:", Greeting.line("es", null, "Sra. de la Cruz"));
        assertEquals("Estimado Sr. del Toro:", Greeting.line("es", null, "Sr. del Toro"));
        assertEquals("Estimado Sr. de la Cruz:", Greeting.line("es", null, "Sr. Juan de la Cruz"));
    }

    @Test
    void onlyTitlesAndParticlesAreToldApartFromANameToAddress() {
        for (String t : List.of("Dr.", "Rev.", "Frau Prof.", "de", "Ms", "Sir", "Dr. med.")) {
            assertTrue(PersonName.onlyTitles(t), t);
        }
        for (String t : List.of("Dr. Weiß", "Jane", "Rev. King", "Frau Vogel", "de la Cruz")) {
            assertFalse(PersonName.onlyTitles(t), t);
        }
    }
}
