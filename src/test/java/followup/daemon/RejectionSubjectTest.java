package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subject of the drafted answer: the company's own, with one reply prefix, never a second one. */
class RejectionSubjectTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Your application|Re: Your application",
            "Re: Your application|Re: Your application",
            "RE: Your application|RE: Your application",
            "AW: Ihre Bewerbung|AW: Ihre Bewerbung",
            "Aw: Ihre Bewerbung|Aw: Ihre Bewerbung",
            "SV: Din ansökan|SV: Din ansökan",
            "RV: Su candidatura|Re: RV: Su candidatura",
            "RIF: La sua candidatura|RIF: La sua candidatura",
            "Réf. : Votre candidature|Réf. : Votre candidature",
            "Réf.: Votre candidature|Réf.: Votre candidature",
            "Antw: Uw sollicitatie|Antw: Uw sollicitatie",
            "WG: Ihre Bewerbung|Re: WG: Ihre Bewerbung",
            "Fwd: Your application|Re: Fwd: Your application",
            "Regarding your application|Re: Regarding your application",
            "Aw shucks|Re: Aw shucks",
    })
    void one_reply_prefix(String theirs, String expected) {
        assertEquals(expected, RejectionDrafts.subject(theirs, "fallback"));
    }
}
