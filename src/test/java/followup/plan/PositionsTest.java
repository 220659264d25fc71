package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only a known gender marker of a job ad leaves the position ("(m/w/d)", "(H/F)", "(all genders)"); a bracketed
 * pair that is part of the job's name ("(AI/ML)", "(UX/UI)", "(EN/DE)") stays.
 */
class PositionsTest {

    @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            // known markers, any order, any case, the usual separators and brackets
            "Platform Engineer (m/w/d); Platform Engineer",
            "Platform Engineer (w/m/d); Platform Engineer",
            "Platform Engineer (m/f/d); Platform Engineer",
            "Platform Engineer (f/m/d); Platform Engineer",
            "Platform Engineer (m/w/x); Platform Engineer",
            "Platform Engineer (w/m/x); Platform Engineer",
            "Platform Engineer (m/f/x); Platform Engineer",
            "Platform Engineer (f/m/x); Platform Engineer",
            "Platform Engineer (d/m/w); Platform Engineer",
            "Platform Engineer (x/f/m); Platform Engineer",
            "Ingénieur plateforme (H/F); Ingénieur plateforme",
            "Ingénieur plateforme (F/H); Ingénieur plateforme",
            "Ingénieur plateforme (h/f); Ingénieur plateforme",
            "Ingénieur plateforme (f/h); Ingénieur plateforme",
            "Platform Engineer (all genders); Platform Engineer",
            "Platform Engineer (All Genders); Platform Engineer",
            "Plattform-Ingenieur (gn); Plattform-Ingenieur",
            "Plattform-Ingenieur (gn*); Plattform-Ingenieur",
            "Plattform-Ingenieur (alle Geschlechter); Plattform-Ingenieur",
            "Ingeniero de plataforma (m/f); Ingeniero de plataforma",
            "Platform Engineer (f/m); Platform Engineer",
            "Plattform-Ingenieur (w/m); Plattform-Ingenieur",
            "Plattform-Ingenieur (m/w); Plattform-Ingenieur",
            "Plattform-Ingenieur (M/W/D); Plattform-Ingenieur",
            "Plattform-Ingenieur (m / w / d); Plattform-Ingenieur",
            "Plattform-Ingenieur (m|w|d); Plattform-Ingenieur",
            "Plattform-Ingenieur (m*w*d); Plattform-Ingenieur",
            "Plattform-Ingenieur (m/w/divers); Plattform-Ingenieur",
            "Plattform-Ingenieur (w/m/d/x); Plattform-Ingenieur",
            "Plattform-Ingenieur [m/w/d]; Plattform-Ingenieur",
            "Plattform-Ingenieur - m/w/d; Plattform-Ingenieur",
            "Plattform-Ingenieur m/w/d; Plattform-Ingenieur",
            "Platform Engineer role; Platform Engineer",
            // pairs that belong to the job's name
            "ML Engineer (AI/ML); ML Engineer (AI/ML)",
            "Product Designer (UX/UI); Product Designer (UX/UI)",
            "Support Engineer (EN/DE); Support Engineer (EN/DE)",
            "Research Scientist (NLP/CV); Research Scientist (NLP/CV)",
            "Engineer (AR/VR); Engineer (AR/VR)",
            "Sales Manager (B2B/B2C); Sales Manager (B2B/B2C)",
            "Engineer (QA/QC); Engineer (QA/QC)",
            "Engineer (H/W); Engineer (H/W)",
            "Data Engineer (BI/DWH); Data Engineer (BI/DWH)",
            "Data Engineer AI/ML; Data Engineer AI/ML",
            "Platform Engineer; Platform Engineer",
            // the article and the words the messages write themselves ("the ... role", "le poste de ...")
            "the role of Data Engineer; Data Engineer",
            "The Role of Data Engineer; Data Engineer",
            "the position of Data Engineer; Data Engineer",
            "a role as Data Engineer; Data Engineer",
            "a Senior Engineer; Senior Engineer",
            "an Engineering Manager position; Engineering Manager",
            "the Data Engineer role; Data Engineer",
            "le poste de Data Engineer (H/F); Data Engineer",
            "le poste d'Ingénieur logiciel; Ingénieur logiciel",
            "le poste d’Ingénieur logiciel; Ingénieur logiciel",
            "el puesto de Ingeniero de datos; Ingeniero de datos",
            // a name that only starts like one stays whole
            "A/B Testing Lead; A/B Testing Lead",
            "Anesthesiologist; Anesthesiologist",
            "Theatre Technician; Theatre Technician",
            // a marker after a name with its own pair: only the marker goes
            "ML Engineer (AI/ML) (m/w/d); ML Engineer (AI/ML)",
    })
    void only_known_gender_markers_are_left_out(String position, String shown) {
        assertEquals(shown, Positions.withoutSuffix(position));
    }
}
