package followup.holiday;

import de.focus_shift.jollyday.core.Holiday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The days Canada keeps New Year's Day, Christmas and Boxing Day on when they fall on a weekend: the next working day
 * that is no holiday itself (Christmas on a Saturday and Boxing Day on a Sunday are kept on Monday and Tuesday), as
 * the federal and provincial governments and the banks do; and Quebec's Saint-Jean-Baptiste Day on a Sunday, on the
 * Monday, 25 June (its Fête nationale Act; on a Saturday it has no day in lieu). Jollyday's calendar for Canada lists
 * these holidays on their date only. Pure: the holidays in, the days they are kept on out.
 */
final class CanadaHolidays {
    private static final Set<String> KEPT_ON_A_WORKING_DAY = Set.of("NEW_YEAR", "CHRISTMAS", "BOXING_DAY");
    private static final Set<String> KEPT_ON_THE_MONDAY = Set.of("SAINT_JEAN_BAPTISTE_DAY");

    private CanadaHolidays() {
    }

    /** The working days on which those among {@code holidays} that moved are kept, each with its name. */
    static Map<LocalDate, String> observed(Collection<Holiday> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.getDate()));
        Map<LocalDate, String> out = new TreeMap<>();
        holidays.stream().filter(CanadaHolidays::moves).sorted(Comparator.comparing(Holiday::getDate)).forEach(h -> {
            LocalDate day = h.getDate().plusDays(1);
            while (weekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            out.put(day, h.getDescription(Locale.ENGLISH) + " (observed)");
        });
        return out;
    }

    private static boolean moves(Holiday h) {
        String key = h.getPropertiesKey();
        return KEPT_ON_A_WORKING_DAY.contains(key) && weekend(h.getDate())
                || KEPT_ON_THE_MONDAY.contains(key) && h.getDate().getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
