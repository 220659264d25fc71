package followup.holiday;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regions of a country whose public holidays Jollyday's calendar knows (a Canadian province, a German state, a
 * US state), by their ISO 3166-2 code: {@code CA-ON} is Ontario, {@code DE-BY} Bavaria, {@code US-MA}
 * Massachusetts. Jollyday names them by the part after the dash, in lower case. Each country is read once.
 */
public final class Regions {
    private static final Map<String, Map<String, String>> BY_COUNTRY = new ConcurrentHashMap<>();

    private Regions() {
    }

    /**
     * The regions of an ISO 3166 alpha-2 {@code country}: code ({@code CA-ON}) to name ({@code Ontario}), in the
     * order of their codes; empty for a country Jollyday has no calendar for, or one without regions.
     */
    public static Map<String, String> of(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        return BY_COUNTRY.computeIfAbsent(code, Regions::read);
    }

    /** The name of a region ({@code CA-ON}: Ontario), or the code itself when it is none Jollyday knows. */
    public static String name(String region) {
        int dash = region.indexOf('-');
        return dash < 0 ? region : of(region.substring(0, dash)).getOrDefault(region, region);
    }

    private static Map<String, String> read(String country) {
        if (!PublicHolidays.knows(country)) {
            return Map.of();
        }
        CalendarHierarchy calendar = PublicHolidays.instance(country.toLowerCase(Locale.ROOT)).getCalendarHierarchy();
        Map<String, String> out = new TreeMap<>();
        calendar.getChildren().values().forEach(r -> out.put(country + "-" + r.getId().toUpperCase(Locale.ROOT),
                r.getDescription(Locale.ENGLISH)));
        return Collections.unmodifiableMap(out);
    }
}
