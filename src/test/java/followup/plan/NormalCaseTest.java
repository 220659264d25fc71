package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normal-case name validate suggests for a name written in capitals; names in mixed case have none. */
class NormalCaseTest {
    @ParameterizedTest(name = "\"{0}\" suggests \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "ANNE O'NEILL; Anne O'Neill",
            "Jean DUPONT; Jean Dupont",
            "MS. JOAN DE LA CRUZ-MILLER; Ms. Joan de la Cruz-Miller",
            "DR.-ING. KLAUS MEIER; Dr.-Ing. Klaus Meier",
            "SAM MCDONALD; Sam McDonald",
            "J.R. SMITH; J.R. Smith",
            "ÉLODIE NGÔ; Élodie Ngô",
            "JO LI; Jo Li",
            "Ludwig van BEETHOVEN; Ludwig van Beethoven",
            "RAJ PATEL III; Raj Patel III",
            // nothing to suggest
            "Sam McDONALD; ",
            "Leonardo DiCaprio; ",
            "J.R. Smith; ",
            "AJ Lee-Jones; ",
            "Raj Patel III; ",
            "Jane Doe, PhD; ",
            "M. de Gaulle; ",
            // scripts without capitals
            "山田太郎; ",
            "山田 太郎; ",
            "김민준; ",
            "محمد علي; ",
    })
    void names_in_capitals_get_a_normal_case_suggestion(String name, String suggested) {
        assertEquals(suggested == null ? "" : suggested, PersonName.inNormalCase(name).orElse(""));
    }
}
