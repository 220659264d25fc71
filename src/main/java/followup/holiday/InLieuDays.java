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
 * The working days on which a country keeps a holiday that fell on a weekend, where Jollyday's calendar lists it on
 * its date only. Canada keeps New Year's Day, Christmas and Boxing Day on the next working day that is no holiday
 * itself (Christmas on a Saturday and Boxing Day on a Sunday on Monday and Tuesday), as the federal and provincial
 * governments and the banks do, and Quebec's Saint-Jean-Baptiste Day on a Sunday on the Monday, 25 June (its Fête
 * nationale Act; on a Saturday it has no day in lieu). Ireland keeps New Year's Day, St Patrick's Day, Christmas and
 * St Stephen's Day the same way: the civil service, the banks and most offices are shut on the Monday (the law
 * gives the worker a day off in lieu, and that is the day nearly every employer gives). Pure: the holidays in, the
 * days they are kept on out.
 */
final class InLieuDays {
    private record Rule(Set<String> onAWorkingDay, Set<String> onTheMonday) {
    }

    private static final Map<String, Rule> BY_COUNTRY = Map.of(
            "ca", new Rule(Set.of("NEW_YEAR", "CHRISTMAS", "BOXING_DAY"), Set.of("SAINT_JEAN_BAPTISTE_DAY")),
            "ie", new Rule(Set.of("NEW_YEAR", "ST_PATRICK", "CHRISTMAS", "STEPHENS"), Set.of()));

    private InLieuDays() {
    }

    /**
     * The working days on which those among {@code holidays} of {@code country} (lower case) that moved are kept,
     * each with its name; none for a country whose calendar already lists its days in lieu.
     */
    static Map<LocalDate, String> observed(String country, Collection<Holiday> holidays) {
        Rule rule = BY_COUNTRY.get(country);
        if (rule == null) {
            return Map.of();
        }
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.getDate()));
        Map<LocalDate, String> out = new TreeMap<>();
        holidays.stream().filter(h -> moves(rule, h)).sorted(Comparator.comparing(Holiday::getDate)).forEach(h -> {
            LocalDate day = h.getDate().plusDays(1);
            while (weekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            out.put(day, h.getDescription(Locale.ENGLISH) + " (observed)");
        });
        return out;
    }

    private static boolean moves(Rule rule, Holiday h) {
        String key = h.getPropertiesKey();
        return rule.onAWorkingDay().contains(key) && weekend(h.getDate())
                || rule.onTheMonday().contains(key) && h.getDate().getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
