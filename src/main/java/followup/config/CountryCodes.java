package followup.config;

import followup.holiday.Regions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code country} of a record or an interviewer: an ISO 3166 alpha-2 code ({@code "CA"}), or an ISO 3166-2 code of
 * one of its regions ({@code "CA-ON"}, {@code "DE-BY"}, {@code "US-MA"}) whose public holidays the calendar knows:
 * then the send window is shut on that region's holidays besides the country's.
 */
final class CountryCodes {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern REGION = Pattern.compile("([A-Z]{2})-([A-Z0-9]{1,3})");
    /** Up to this many regions are listed with their names; more (France's departments) by their codes alone. */
    private static final int NAMED = 20;

    private CountryCodes() {
    }

    /** Upper-cased, or null with a problem at the key. */
    static String country(Fields f) {
        String c = f.line("country", false, "\"DE\"");
        if (c == null) {
            return null;
        }
        String code = c.strip().toUpperCase(Locale.ROOT);
        Matcher region = REGION.matcher(code);
        if (region.matches() && COUNTRIES.contains(region.group(1))) {
            return region(f, c, code, region.group(1));
        }
        if (!COUNTRIES.contains(code)) {
            f.problem("country", "\"" + c + "\" is not an ISO 3166 country code (a valid value looks like country ="
                    + " \"DE\" or \"US\", or with the region for its public holidays, \"DE-BY\" or \"CA-ON\"; it"
                    + " decides the public holidays of the send window)");
            return null;
        }
        return code;
    }

    private static String region(Fields f, String written, String code, String country) {
        Map<String, String> regions = Regions.of(country);
        if (regions.containsKey(code)) {
            return code;
        }
        if (regions.isEmpty()) {
            f.problem("country", "\"" + written + "\": no region's public holidays are known for "
                    + new Locale("", country).getDisplayCountry(Locale.ENGLISH) + ", so write country = \"" + country
                    + "\" (its national holidays) and add the region's own to policy.send-window.holidays.extra");
            return null;
        }
        String valid = regions.size() <= NAMED
                ? String.join(", ", regions.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .toList())
                : String.join(", ", regions.keySet());
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        f.problem("country", "\"" + written + "\" is none of the regions of " + name + " whose public holidays are"
                + " known; write one of " + valid + ", or country = \"" + country + "\" for the national holidays"
                + " alone");
        return null;
    }
}
