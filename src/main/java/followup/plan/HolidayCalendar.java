package followup.plan;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Public holidays where a recipient is: the send window stays shut on them. The planner asks; an adapter answers
 * (from Jollyday's calendars, with the user's extra and ignored dates).
 */
public interface HolidayCalendar {

    /**
     * @param country the recipient's ISO 3166 alpha-2 country from the record, or null to derive it from the zone
     * @param zone    the recipient's zone
     */
    boolean isHoliday(LocalDate day, String country, ZoneId zone);

    /** No holidays at all (holidays disabled, and the pure tests that are not about them). */
    HolidayCalendar NONE = (day, country, zone) -> false;
}
