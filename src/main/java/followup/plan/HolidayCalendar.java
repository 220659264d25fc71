package followup.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Public holidays where a recipient is: the send window stays shut on them. The planner asks; an adapter answers
 * (from Jollyday's calendars, with the user's extra and ignored dates).
 */
public interface HolidayCalendar {

    /**
     * @param country the recipient's ISO 3166 alpha-2 country ({@code CA}), or ISO 3166-2 region ({@code CA-ON}: the
     *                country's holidays and the region's), from the record; or null to derive it from the zone
     * @param zone    the recipient's zone
     */
    boolean isHoliday(LocalDate day, String country, ZoneId zone);

    /**
     * What the holiday on {@code day} is and where it is kept ({@code Family day, CA-ON}), for the plan's
     * explanation; empty when the day is none, or when nothing more is known of it than that it is one.
     */
    default Optional<String> name(LocalDate day, String country, ZoneId zone) {
        return Optional.empty();
    }

    /**
     * What {@code day} is when the calendar keeps it as an observance or a bank holiday rather than a public holiday
     * ({@code Patriots' Day, an observance in US-MA}): a day that does not shut the send window, though some offices
     * are closed on it. Empty when the day is none, or when it counts as a holiday all the same (an extra date).
     */
    default Optional<String> observance(LocalDate day, String country, ZoneId zone) {
        return Optional.empty();
    }

    /** No holidays at all (holidays disabled, and the pure tests that are not about them). */
    HolidayCalendar NONE = (day, country, zone) -> false;
}
