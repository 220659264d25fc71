package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {
    @ParameterizedTest(name = "{0} names {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Acme|Acme Corp|true",
        "Acme Careers|Acme Corp.|true",
        "ACME Talent Team|Acme, Inc.|true",
        "Nordlicht Data Recruiting|Nordlicht Data GmbH|true",
        "Société Générale Recrutement|Societe Generale SA|true",
        "Nordlicht|Nordlicht Data GmbH|false",
        "Acmedia Weekly|Acme Corp|false",
        "Jane Doe|Acme Corp|false",
        "IBM Careers|IBM|true",
        "HP Careers|HP Inc.|false",
        "Group Mail|Group|true",
        "''|Acme Corp|false",
    })
    void a_display_name_names_a_company_by_its_whole_words_without_its_legal_form(String display, String company,
                                                                                   boolean named) {
        assertEquals(named, CompanyNames.named(display, company));
    }
}
