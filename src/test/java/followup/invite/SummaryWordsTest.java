package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import followup.config.RecordDraft;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Summaries whose words sit close to the separators: a position with a bracket before "at Company", a company that
 * begins the name a scheduler signs with, a summary in German, French or Spanish.
 */
class SummaryWordsTest {
    private static final Set<String> OWN = Set.of("alex.morgan@fastmail.com");

    private static RecordDraft draft(String summary, String organizer, String... attendees) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:words-1@test\r\nDTSTAMP:20270101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Berlin:20270301T100000\r\nSUMMARY:" + summary + "\r\nORGANIZER;" + organizer
                + "\r\nATTENDEE;CN=Alex Morgan:mailto:alex.morgan@fastmail.com\r\n");
        for (String a : attendees) {
            ics.append("ATTENDEE;").append(a).append("\r\n");
        }
        ics.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return RecordDrafts.of(InvitationReader.read("words.ics", ics.toString().getBytes(StandardCharsets.UTF_8)),
                OWN, "Alex Morgan", ZoneId.of("America/New_York"), "test");
    }

    @Test
    void aBracketBeforeAtLeavesAtOutOfTheCompany() {
        RecordDraft byDomain = draft("Interview: Software Engineer (Backend) at Stripe",
                "CN=Dana Kim:mailto:dana.kim@stripe.com");
        assertEquals("Stripe", byDomain.company());
        assertEquals("Software Engineer", byDomain.position());
        RecordDraft byWebmail = draft("Interview: Senior SRE (Platform Infrastructure & Developer Productivity) at"
                + " Acme Corp", "CN=Dana Kim:mailto:dana.kim.recruits@gmail.com");
        assertEquals("Acme Corp", byWebmail.company());
        assertEquals("Senior SRE", byWebmail.position());
    }

    @Test
    void aCompanyAfterWithIsNotTakenForTheFirstNameOfTheSchedulersSignature() {
        RecordDraft d = draft("Interview for Senior Product Designer with Northwind Traders",
                "CN=Northwind Traders Recruiting:mailto:no-reply@us.greenhouse-mail.io",
                "CN=Marta Silva:mailto:marta.silva@northwindtraders.com");
        assertEquals("Northwind Traders", d.company());
        assertEquals("Senior Product Designer", d.position());
        RecordDraft firstName = draft("Acme Corp | Platform Engineer - Technical Interview with Marta",
                "CN=Marta Silva:mailto:marta.silva@acme.example", "CN=Marta Silva:mailto:marta.silva@acme.example");
        assertEquals("Acme Corp", firstName.company());
        assertEquals("Platform Engineer", firstName.position());
    }

    @Test
    void theWordsForAnInterviewInGermanFrenchAndSpanishAndAGenderMarkAreNotThePosition() {
        RecordDraft de = draft("Vorstellungsgespräch Senior Java Entwickler (m/w/d)",
                "CN=Katharina Müller:mailto:katharina.mueller@bergwerk-systeme.de");
        assertEquals("Bergwerk Systeme", de.company());
        assertEquals("Senior Java Entwickler", de.position());
        RecordDraft deWebmail = draft("Bewerbungsgespräch: Data Engineer (w/m/d)",
                "CN=Katharina Müller:mailto:k.mueller@gmx.de");
        assertEquals("Data Engineer", deWebmail.position());
        RecordDraft fr = draft("Entretien d'embauche - Développeur Java",
                "CN=Claire Martin:mailto:claire.martin@lumiere.fr");
        assertEquals("Développeur Java", fr.position());
        RecordDraft es = draft("Entrevista de trabajo: Analista de Datos",
                "CN=Lucía Gómez:mailto:lucia.gomez@solana.es");
        assertEquals("Analista de Datos", es.position());
    }

    /** The domain writes a company's name without its accents (mueller-praezision.de, galeries-lafayette.fr). */
    @Test
    void aCompanyWithUmlautsOrAccentsIsKnownByItsDomainAndKeepsItsSpelling() {
        RecordDraft first = draft("Müller Präzisionstechnik - Datenbankentwickler (m/w/d) - Interview",
                "CN=Jürgen Weiß:mailto:juergen.weiss@mueller-praezision.de");
        assertEquals("Müller Präzisionstechnik", first.company());
        assertEquals("Datenbankentwickler", first.position());
        RecordDraft last = draft("Vorstellungsgespräch: Datenbankentwickler bei Müller Präzisionstechnik",
                "CN=Jürgen Weiß:mailto:juergen.weiss@mueller-praezision.de");
        assertEquals("Müller Präzisionstechnik", last.company());
        assertEquals("Datenbankentwickler", last.position());
        RecordDraft fr = draft("Entretien : Chef de projet digital chez Galeries Lafayette Haussmann",
                "CN=Hélène Côté:mailto:helene.cote@galeries-lafayette.fr");
        assertEquals("Galeries Lafayette Haussmann", fr.company());
        assertEquals("Chef de projet digital", fr.position());
        RecordDraft accents = draft("Éclairage Sévigné - Ingénieur logiciel - Entretien",
                "CN=Hélène Côté:mailto:helene.cote@eclairage-sevigne.fr");
        assertEquals("Éclairage Sévigné", accents.company());
        assertEquals("Ingénieur logiciel", accents.position());
    }
}
