package followup.holiday;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import followup.config.Settings;
import followup.plan.HolidayCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public holidays from Jollyday's country calendars (the national ones, plus a region's when the country names one by
 * its ISO 3166-2 code, {@code CA-ON}: a regional holiday, such as a German state's, is not a holiday for the whole
 * country; Japan's from {@link JapanHolidays}), plus the user's {@code extra} dates, minus the {@code ignore} ones.
 * The country is the record's, else the zone's ({@link ZoneCountries}); a zone without a country, or a country
 * Jollyday has no calendar for, has only the extra dates. Each country (and region) and year is read once.
 */
public final class PublicHolidays implements HolidayCalendar {
    private static final Logger LOG = LoggerFactory.getLogger(PublicHolidays.class);
    private static final Object JOLLYDAY = new Object();
    /**
     * The countries warned of already: the page and the daemon make a calendar each time they read the records
     * again (an open page every second or two), and the log says it once.
     */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    private final Set<LocalDate> extra;
    private final Set<LocalDate> ignore;
    /** By country ({@code gb}): the region taken when the record names none ({@code gb-eng}), in lower case. */
    private final Map<String, String> regions;
    private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    /** By {@code ca/2027} or {@code ca-on/2027}: the holidays of that year, each with its name and where it is kept. */
    private final Map<String, Map<LocalDate, String>> years = new ConcurrentHashMap<>();
    /** The same for the days kept as an observance or a bank holiday, which do not shut the window. */
    private final Map<String, Map<LocalDate, String>> notCounted = new ConcurrentHashMap<>();

    private PublicHolidays(Set<LocalDate> extra, Set<LocalDate> ignore, Map<String, String> regions) {
        this.extra = Set.copyOf(extra);
        this.ignore = Set.copyOf(ignore);
        this.regions = regions.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().toLowerCase(Locale.ROOT)));
    }

    /** {@code policy.send-window.holidays}: none at all when disabled. */
    public static HolidayCalendar of(Settings.Holidays settings) {
        return settings.enabled() ? new PublicHolidays(settings.extra(), settings.ignore(), settings.regions())
                : HolidayCalendar.NONE;
    }

    /** None at all when disabled. */
    public static HolidayCalendar of(boolean enabled, Set<LocalDate> extra, Set<LocalDate> ignore) {
        return enabled ? new PublicHolidays(extra, ignore, Map.of()) : HolidayCalendar.NONE;
    }

    /**
     * Starts reading Jollyday's calendars of the countries of {@code zones} on a background thread, and returns at
     * once. The first calendar Jollyday reads costs a few hundred milliseconds (it sets up JAXB for its XML), and
     * until it is read every record being planned waits for it: a command that has other work to do first (plan
     * lists and parses records) finds it read. Jollyday keeps the calendars it reads, so nothing is done twice. A
     * failure here is left for the first real use to meet and report, as it would without this.
     */
    public static void readAhead(Collection<ZoneId> zones) {
        Set<String> countries = zones.stream().map(ZoneCountries::of).flatMap(Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (countries.isEmpty()) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                for (String country : countries) {
                    if (knows(country)) {
                        instance(country.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
                // left for the first real use: it reads the same calendar and reports the failure
            }
        }, "followup-holidays");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether Jollyday has a calendar for this ISO 3166 alpha-2 country. */
    public static boolean knows(String country) {
        synchronized (JOLLYDAY) {
            return HolidayManager.getSupportedCalendarCodes().contains(country.toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public boolean isHoliday(LocalDate day, String country, ZoneId zone) {
        if (ignore.contains(day)) {
            return false;
        }
        return extra.contains(day) || year(day, country, zone).containsKey(day);
    }

    @Override
    public Optional<String> name(LocalDate day, String country, ZoneId zone) {
        if (ignore.contains(day)) {
            return Optional.empty();
        }
        if (extra.contains(day)) {
            String kept = year(day, country, zone).getOrDefault(day, others(day, country, zone).get(day));
            return Optional.of((kept == null ? "" : kept + ", ") + "in policy.send-window.holidays.extra");
        }
        return Optional.ofNullable(year(day, country, zone).get(day));
    }

    @Override
    public Optional<String> observance(LocalDate day, String country, ZoneId zone) {
        if (ignore.contains(day) || isHoliday(day, country, zone)) {
            return Optional.empty();
        }
        return Optional.ofNullable(others(day, country, zone).get(day));
    }

    /** The recipient's country or region in lower case ({@code ca}, {@code gb-eng}), or null when none is known. */
    private String key(String country, ZoneId zone) {
        String code = country != null ? country : ZoneCountries.of(zone).orElse(null);
        if (code == null) {
            return null;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        return regions.isEmpty() ? lower : regions.getOrDefault(lower, lower);
    }

    /**
     * The days of {@code day}'s year that Jollyday keeps as an observance or a bank holiday where the recipient is,
     * not as a public holiday, each with its kind and where it is kept ({@code Civic day, a bank holiday in CA-ON}).
     */
    private Map<LocalDate, String> others(LocalDate day, String country, ZoneId zone) {
        String key = key(country, zone);
        if (key == null) {
            return Map.of();
        }
        int year = day.getYear();
        return notCounted.computeIfAbsent(key + "/" + year, k -> others(key, year));
    }

    private Map<LocalDate, String> others(String key, int year) {
        int dash = key.indexOf('-');
        String country = dash < 0 ? key : key.substring(0, dash);
        Optional<HolidayManager> manager = country.equals("jp") ? Optional.empty()
                : managers.computeIfAbsent(country, this::manager);
        if (manager.isEmpty()) {
            return Map.of();
        }
        String nation = country.toUpperCase(Locale.ROOT);
        String where = key.toUpperCase(Locale.ROOT);
        String[] args = dash < 0 ? new String[0] : new String[] {key.substring(dash + 1)};
        Map<LocalDate, String> out = new TreeMap<>();
        synchronized (JOLLYDAY) {
            for (HolidayType type : List.of(HolidayType.OBSERVANCE, HolidayType.BANK_HOLIDAY)) {
                String kind = type == HolidayType.OBSERVANCE ? ", an observance in " : ", a bank holiday in ";
                Set<LocalDate> national = manager.get().getHolidays(Year.of(year), type).stream()
                        .map(Holiday::getDate).collect(Collectors.toSet());
                manager.get().getHolidays(Year.of(year), type, args).stream().sorted()
                        .filter(h -> h.getDate().getYear() == year)
                        .forEach(h -> out.putIfAbsent(h.getDate(), h.getDescription(Locale.ENGLISH) + kind
                                + (national.contains(h.getDate()) ? nation : where)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The holidays of {@code day}'s year where the recipient is: {@code country} ({@code CA}, {@code CA-ON}), else
     * the zone's; a country without a region, the region of {@code policy.send-window.holidays.regions} for it.
     */
    private Map<LocalDate, String> year(LocalDate day, String country, ZoneId zone) {
        String key = key(country, zone);
        if (key == null) {
            return Map.of();
        }
        int year = day.getYear();
        Map<LocalDate, String> known = years.get(key + "/" + year);
        if (known != null) {
            return known;
        }
        int dash = key.indexOf('-');
        if (dash < 0) {
            return years.computeIfAbsent(key + "/" + year, k -> holidays(key, null, year, Map.of()));
        }
        // the national ones first (never computed inside the other: the map does not allow it), to say which of
        // the region's holidays are the whole country's
        String nation = key.substring(0, dash);
        Map<LocalDate, String> national = years.computeIfAbsent(nation + "/" + year,
                k -> holidays(nation, null, year, Map.of()));
        return years.computeIfAbsent(key + "/" + year,
                k -> holidays(nation, key.substring(dash + 1), year, national));
    }

    /**
     * The days of {@code year} that are a public holiday, on the day it is kept, each with its name and where it is
     * kept ({@code Family day, CA-ON}; one of the {@code national} days with the country alone). Jollyday lists a
     * holiday under the year of its name, on the day it is observed: New Year's Day 2028, a Saturday, is kept in
     * the United States on Friday 31 December 2027 and listed among 2028's holidays; so the years on either side
     * are read too. Canada's and Ireland's on a weekend are also kept on the next working day ({@link InLieuDays}).
     */
    private Map<LocalDate, String> holidays(String country, String region, int year, Map<LocalDate, String> national) {
        String nation = country.toUpperCase(Locale.ROOT);
        if (country.equals("jp") && year >= JapanHolidays.FROM) {
            return JapanHolidays.of(year).stream().collect(Collectors.toUnmodifiableMap(d -> d, d -> nation));
        }
        Optional<HolidayManager> manager = managers.computeIfAbsent(country, this::manager);
        String where = region == null ? nation : nation + "-" + region.toUpperCase(Locale.ROOT);
        String[] args = region == null ? new String[0] : new String[] {region};
        List<Holiday> found = new ArrayList<>();
        synchronized (JOLLYDAY) {
            manager.ifPresent(m -> IntStream.rangeClosed(year - 1, year + 1).forEach(
                    y -> found.addAll(m.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, args))));
        }
        Map<LocalDate, String> names = new TreeMap<>();
        found.stream().sorted().forEach(h -> names.putIfAbsent(h.getDate(), h.getDescription(Locale.ENGLISH)));
        InLieuDays.observed(country, found).forEach(names::putIfAbsent);
        Map<LocalDate, String> out = new TreeMap<>();
        names.forEach((day, name) -> {
            if (day.getYear() == year) {
                out.put(day, name + ", " + (national.containsKey(day) ? nation : where));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private Optional<HolidayManager> manager(String country) {
        if (!knows(country)) {
            if (WARNED.add(country)) {
                LOG.warn("No public holiday calendar for country {}: only policy.send-window.holidays.extra applies"
                        + " there",
                        country.toUpperCase(Locale.ROOT));
            }
            return Optional.empty();
        }
        return Optional.of(instance(country));
    }

    /** Jollyday's calendar of a country (lower case), read once and kept by Jollyday. */
    static HolidayManager instance(String country) {
        // Jollyday finds its calendar source through a ServiceLoader that is not safe to iterate from two threads
        // at once (plan reads records on every core; the daemon has several workers and candidates): one at a time
        synchronized (JOLLYDAY) {
            return HolidayManager.getInstance(ManagerParameters.create(country));
        }
    }
}
