package followup.holiday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The country of a zone, for the public holidays of the send window: a city's zone under an older name of the city
 * ({@code Asia/Calcutta}, {@code Europe/Kiev}, still what many calendars and systems write) is that city's country.
 */
class ZoneCountriesTest {

    @Test
    void a_citys_zone_under_its_current_name_has_its_country() {
        assertEquals(Optional.of("IN"), ZoneCountries.of(ZoneId.of("Asia/Kolkata")));
        assertEquals(Optional.of("UA"), ZoneCountries.of(ZoneId.of("Europe/Kyiv")));
    }

    @Test
    void a_citys_zone_under_an_older_name_has_the_same_country() {
        assertEquals(Optional.of("IN"), ZoneCountries.of(ZoneId.of("Asia/Calcutta")));
        assertEquals(Optional.of("UA"), ZoneCountries.of(ZoneId.of("Europe/Kiev")));
        assertEquals(Optional.of("VN"), ZoneCountries.of(ZoneId.of("Asia/Saigon")));
        assertEquals(Optional.of("AR"), ZoneCountries.of(ZoneId.of("America/Buenos_Aires")));
        assertEquals(Optional.of("NP"), ZoneCountries.of(ZoneId.of("Asia/Katmandu")));
        assertEquals(Optional.of("TR"), ZoneCountries.of(ZoneId.of("Asia/Istanbul")));
        assertEquals(Optional.of("CA"), ZoneCountries.of(ZoneId.of("America/Montreal")));
        assertEquals(Optional.of("GB"), ZoneCountries.of(ZoneId.of("Europe/Belfast")));
        assertEquals(Optional.of("US"), ZoneCountries.of(ZoneId.of("America/Indianapolis")));
    }

    @Test
    void republic_day_shuts_the_window_for_a_recipient_in_asia_calcutta() {
        var holidays = PublicHolidays.of(true, Set.of(), Set.of());
        assertTrue(holidays.isHoliday(LocalDate.parse("2027-01-26"), null, ZoneId.of("Asia/Calcutta")));
    }

    @Test
    void a_zone_of_a_clock_or_a_region_still_has_none() {
        assertEquals(Optional.empty(), ZoneCountries.of(ZoneId.of("CET")));
        assertEquals(Optional.empty(), ZoneCountries.of(ZoneId.of("US/Eastern")));
        assertEquals(Optional.empty(), ZoneCountries.of(ZoneId.of("UTC")));
    }
}
