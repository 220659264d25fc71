package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ZoneLabelTest {
    private static final ZoneOffset MINUS_FIVE = ZoneOffset.ofHours(-5);

    @Test
    void aNameInTheLocalesOwnWordsIsKept() {
        assertEquals("MEZ", ZoneLabel.choose("MEZ", "CET", ZoneOffset.ofHours(1)));
        assertEquals("EST", ZoneLabel.choose("EST", "EST", MINUS_FIVE));
    }

    @Test
    void anOffsetWrittenInPlaceOfANameGivesWayToTheEnglishName() {
        // what one JDK prints for New York in French, where another prints "EST"
        assertEquals("EST", ZoneLabel.choose("UTC\u221205:00", "EST", MINUS_FIVE));
        assertEquals("EST", ZoneLabel.choose("GMT-05:00", "EST", MINUS_FIVE));
        assertEquals("EST", ZoneLabel.choose("", "EST", MINUS_FIVE));
    }

    @Test
    void whereNoLanguageHasANameTheOffsetIsShortAndPlain() {
        assertEquals("UTC-5", ZoneLabel.choose("UTC\u221205:00", "GMT-05:00", MINUS_FIVE));
        assertEquals("UTC+5:30", ZoneLabel.choose("GMT+05:30", "GMT+05:30", ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("UTC-3:30", ZoneLabel.shortOffset(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("UTC", ZoneLabel.shortOffset(ZoneOffset.UTC));
        assertEquals("UTC+14", ZoneLabel.shortOffset(ZoneOffset.ofHours(14)));
    }

    @Test
    void aNameThatOnlyBeginsLikeAnOffsetIsANameAndGmtAloneIsLondonsName() {
        assertFalse(ZoneLabel.offsetForm("GMT"));
        assertFalse(ZoneLabel.offsetForm("UTC"));
        assertFalse(ZoneLabel.offsetForm("MESZ"));
        assertTrue(ZoneLabel.offsetForm("GMT+1"));
    }

    @Test
    void aFixedOffsetZoneIsWrittenAsItsShortOffset() {
        ZonedDateTime t = LocalDateTime.of(2027, 1, 25, 9, 0).atZone(ZoneOffset.ofHours(2));
        assertEquals("UTC+2", ZoneLabel.of(t, Locale.FRENCH));
        assertEquals("UTC", ZoneLabel.of(t.withZoneSameInstant(ZoneOffset.UTC), Locale.ENGLISH));
    }

    @Test
    void everyZoneInEveryLanguageOfTheMessagesHasANameOrAPlainShortOffsetNeverTheJdksOffsetForm() {
        Pattern ours = Pattern.compile("UTC[+-]\\d{1,2}(:\\d\\d)?");
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));
        // the JDK's own zones: ZoneId.getAvailableZoneIds() also lists those of providers other libraries register
        // (ical4j's, once a test has read an invitation), whose rules may be gone (its provider then throws)
        for (String id : java.util.TimeZone.getAvailableIDs()) {
            ZoneId zone = ZoneId.of(id, ZoneId.SHORT_IDS);
            for (LocalDateTime at : List.of(LocalDateTime.of(2027, 1, 15, 12, 0), LocalDateTime.of(2027, 7, 15, 12, 0))) {
                ZonedDateTime t = at.atZone(zone);
                for (Locale locale : languages) {
                    String name = ZoneLabel.of(t, locale);
                    assertFalse(name.isBlank(), id + " in " + locale);
                    assertTrue(!ZoneLabel.offsetForm(name) || ours.matcher(name).matches(),
                            id + " in " + locale + ": " + name);
                    assertFalse(name.contains("\u2212"), id + " in " + locale + ": " + name);
                }
            }
        }
    }

    @Test
    void newYorkReadsTheSameInEveryLanguageOfTheMessagesAndBerlinInGerman() {
        ZonedDateTime winter = LocalDateTime.of(2027, 1, 25, 9, 0).atZone(ZoneId.of("America/New_York"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
            assertEquals("EST", ZoneLabel.of(winter, locale), locale.toString());
        }
        assertEquals("EDT", ZoneLabel.of(winter.plusMonths(6), Locale.FRENCH));
        ZonedDateTime berlin = winter.withZoneSameInstant(ZoneId.of("Europe/Berlin"));
        assertEquals("MEZ", ZoneLabel.of(berlin, Locale.GERMAN));
        assertEquals("MESZ", ZoneLabel.of(berlin.plusMonths(6), Locale.GERMAN));
    }
}
