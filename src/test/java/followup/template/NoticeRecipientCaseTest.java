package followup.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The notices of a message that was not sent in time name its recipient as written in the record, courtesy title
 * and all; German puts "Herr" in the accusative after "an" ("an Herrn Klaus Krüger"), and Spanish gives a courtesy
 * or academic title its article ("al Sr. Pedro Ruiz", "a la Sra. Lucía García"), as the reminders already do.
 */
class NoticeRecipientCaseTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant LATEST = Instant.parse("2027-01-16T19:00:00Z");

    private static String late(String language, String to) {
        NoticeTexts.Text t = new NoticeTexts(language, BERLIN).render("late", Map.of("step", "thank-you", "to", to,
                "company", "Nordlicht GmbH", "latest", LATEST, "interviewId", "nordlicht"));
        return t.subject() + "\n" + t.body();
    }

    private static String missed(String language, String... to) {
        List<Map<String, Object>> missed = new java.util.ArrayList<>();
        for (String name : to) {
            missed.add(Map.of("step", "follow-up", "to", name, "latest", LATEST, "window", "none"));
        }
        NoticeTexts.Text t = new NoticeTexts(language, BERLIN).render("missed", Map.of("company", "Nordlicht GmbH",
                "position", "Data Engineer", "interviewId", "nordlicht", "missed", missed));
        return t.subject() + "\n" + t.body();
    }

    @Test
    void germanSaysAnHerrn() {
        String late = late("de", "Herr Klaus Krüger");
        assertTrue(late.contains("followup: Das Dankschreiben an Herrn Klaus Krüger wurde nicht gesendet"), late);
        assertTrue(late.contains("\nDas Dankschreiben an Herrn Klaus Krüger zu Ihrem Vorstellungsgespräch"), late);
        assertTrue(late("de", "Frau Dr. Lena Vogel").contains("an Frau Dr. Lena Vogel"), late("de", "Frau Dr. Lena Vogel"));

        String missed = missed("de", "Herr Dr. Jürgen Weiß", "Frau Lena Vogel");
        assertTrue(missed.contains("  - die Nachfrage an Herrn Dr. Jürgen Weiß ("), missed);
        assertTrue(missed.contains("  - die Nachfrage an Frau Lena Vogel ("), missed);
    }

    @Test
    void spanishGivesTheTitleItsArticle() {
        String man = late("es", "Sr. Pedro Ruiz");
        assertTrue(man.contains(" al Sr. Pedro Ruiz "), man);
        String woman = late("es", "Sra. Lucía García");
        assertTrue(woman.contains(" a la Sra. Lucía García "), woman);
        String plain = late("es", "Lucía García");
        assertTrue(plain.contains(" a Lucía García "), plain);

        String missed = missed("es", "Dra. Ana López", "Dr. Raj Patel", "Íñigo Ortiz");
        assertTrue(missed.contains(" a la Dra. Ana López ("), missed);
        assertTrue(missed.contains(" al Dr. Raj Patel ("), missed);
        assertTrue(missed.contains(" a Íñigo Ortiz ("), missed);
    }
}
