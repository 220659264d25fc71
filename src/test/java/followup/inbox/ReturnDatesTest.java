package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every out-of-office text of {@code fixtures/out-of-office/return-dates.txt} gives exactly its expected date. */
class ReturnDatesTest {
    static final String FIXTURES = "/fixtures/out-of-office/return-dates.txt";

    static Stream<TextFixtures.Block> texts() {
        return TextFixtures.read(FIXTURES).stream();
    }

    static Optional<LocalDate> read(TextFixtures.Block b) {
        String language = b.field(1).equals("-") ? null : b.field(1);
        return ReturnDates.find(b.text(), LocalDate.parse(b.field(2)), language);
    }

    static Optional<LocalDate> expected(TextFixtures.Block b) {
        return b.field(3).equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(b.field(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void reads_the_return_date_written(TextFixtures.Block text) {
        assertEquals(expected(text), read(text), text.text());
    }

    @Test
    void the_fixtures_hold_at_least_forty_texts_in_seven_languages_and_all_are_read_exactly() {
        List<TextFixtures.Block> all = TextFixtures.read(FIXTURES);
        Map<String, Long> byLanguage = all.stream().collect(Collectors.groupingBy(b -> b.field(0).substring(0, 2),
                Collectors.counting()));
        assertTrue(all.size() >= 40, all.size() + " texts");
        assertEquals(Set7.LANGUAGES, byLanguage.keySet());
        long exact = all.stream().filter(b -> read(b).equals(expected(b))).count();
        ReadingFigures.record("out-of-office return dates read exactly", exact, all.size());
        assertEquals(all.size(), exact);
    }

    @Test
    void a_date_without_a_year_is_the_next_such_day_from_a_week_before_the_message() {
        LocalDate sent = LocalDate.parse("2026-12-20");
        assertEquals(Optional.of(LocalDate.parse("2027-01-04")), ReturnDates.find("back on 4 January", sent, null));
        assertEquals(Optional.of(LocalDate.parse("2026-12-15")), ReturnDates.find("back on 15 December", sent, null));
        assertEquals(Optional.of(LocalDate.parse("2027-12-10")), ReturnDates.find("back on 10 December", sent, null));
    }

    @Test
    void month_first_in_american_english_and_day_first_elsewhere() {
        LocalDate sent = LocalDate.parse("2027-01-01");
        assertEquals(Optional.of(LocalDate.parse("2027-02-03")), ReturnDates.find("back on 2/3", sent, "en-US"));
        assertEquals(Optional.of(LocalDate.parse("2027-03-02")), ReturnDates.find("back on 2/3", sent, "en-GB"));
        assertEquals(Optional.of(LocalDate.parse("2027-03-02")), ReturnDates.find("zurück am 2/3", sent, "de"));
        assertEquals(Optional.of(LocalDate.parse("2027-03-02")),
                ReturnDates.find("Je suis absent jusqu'au 2/3.", sent, null));
    }

    @Test
    void nonsense_and_hostile_text_gives_no_date_and_never_fails() {
        LocalDate sent = LocalDate.parse("2027-01-01");
        assertEquals(Optional.empty(), ReturnDates.find(null, sent, null));
        assertEquals(Optional.empty(), ReturnDates.find("until 31 February, back on 99/99", sent, null));
        assertEquals(Optional.empty(), ReturnDates.find("until ".repeat(50_000) + "\u0000\uFFFF", sent, "xx"));
        assertEquals(Optional.empty(), ReturnDates.find("I'm out 2 out of 3 days", sent, null));
    }

    /** The seven languages the fixtures must cover. */
    private static final class Set7 {
        static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "de", "fr", "es", "it", "nl", "pt");
    }
}
