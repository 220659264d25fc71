package followup.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Japan's public holidays under the Act on National Holidays as it stands since 2007 (Jollyday's calendar for Japan
 * keeps the Emperor's Birthday on 23 December, and has neither the equinox days nor the substitute and citizens'
 * holidays): the fixed days, the Mondays, the equinoxes (the Cabinet Office's dates, which the usual formula gives
 * until 2099), the Emperor's Birthday of the reigning emperor, a holiday on a Sunday kept on the next day that is no
 * holiday, and a day between two holidays. Pure: a year in, its dates out.
 */
final class JapanHolidays {
    /** The first year the rules here hold (the substitute holiday on any next working day, Showa Day). */
    static final int FROM = 2007;

    private JapanHolidays() {
    }

    static Set<LocalDate> of(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(monday(year, Month.JANUARY, 2));                     // Coming of Age Day
        days.add(LocalDate.of(year, 2, 11));                          // National Foundation Day
        if (year >= 2020) {
            days.add(LocalDate.of(year, 2, 23));                      // the Emperor's Birthday
        } else if (year <= 2018) {
            days.add(LocalDate.of(year, 12, 23));
        }
        days.add(LocalDate.of(year, 3, equinox(year, 20.8431)));
        days.add(LocalDate.of(year, 4, 29));                          // Showa Day
        days.add(LocalDate.of(year, 5, 3));
        days.add(LocalDate.of(year, 5, 4));
        days.add(LocalDate.of(year, 5, 5));
        if (year == 2019) {                                           // the enthronement
            days.add(LocalDate.of(2019, 4, 30));
            days.add(LocalDate.of(2019, 5, 1));
            days.add(LocalDate.of(2019, 5, 2));
            days.add(LocalDate.of(2019, 10, 22));
        }
        if (year == 2020) {                                           // moved for the Olympic Games
            days.add(LocalDate.of(2020, 7, 23));
            days.add(LocalDate.of(2020, 7, 24));
            days.add(LocalDate.of(2020, 8, 10));
        } else if (year == 2021) {
            days.add(LocalDate.of(2021, 7, 22));
            days.add(LocalDate.of(2021, 7, 23));
            days.add(LocalDate.of(2021, 8, 8));
        } else {
            days.add(monday(year, Month.JULY, 3));                    // Marine Day
            if (year >= 2016) {
                days.add(LocalDate.of(year, 8, 11));                  // Mountain Day
            }
            days.add(monday(year, Month.OCTOBER, 2));                 // Sports Day
        }
        days.add(monday(year, Month.SEPTEMBER, 3));                   // Respect for the Aged Day
        days.add(LocalDate.of(year, 9, equinox(year, 23.2488)));
        days.add(LocalDate.of(year, 11, 3));                          // Culture Day
        days.add(LocalDate.of(year, 11, 23));                         // Labour Thanksgiving Day
        // a day between two holidays, itself no holiday and no Sunday, is one (the citizens' holiday)
        for (LocalDate d : new TreeSet<>(days)) {
            LocalDate between = d.plusDays(1);
            if (!days.contains(between) && days.contains(d.plusDays(2)) && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(between);
            }
        }
        // a holiday on a Sunday is kept on the next day that is no holiday (a substitute holiday)
        for (LocalDate d : new TreeSet<>(days)) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = d.plusDays(1);
                while (days.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.add(substitute);
            }
        }
        days.removeIf(d -> d.getYear() != year);
        return Set.copyOf(days);
    }

    /** The {@code which}th Monday of {@code month}. */
    private static LocalDate monday(int year, Month month, int which) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(which, DayOfWeek.MONDAY));
    }

    /** The day of the vernal (20.8431) or autumnal (23.2488) equinox in Japan's time, for 1980 to 2099. */
    private static int equinox(int year, double base) {
        int y = year - 1980;
        return (int) Math.floor(base + 0.242194 * y - Math.floor(y / 4.0));
    }
}
