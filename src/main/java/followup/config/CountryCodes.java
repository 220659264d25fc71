package followup.config;

import followup.holiday.Regions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
        return c == null ? null : check(c, true, message -> f.problem("country", message));
    }

    /**
     * {@code policy.send-window.holidays.regions}: a region for each country ({@code ["GB-ENG", "CA-ON"]}), taken
     * for a recipient in that country when neither the record nor the interviewer names one; by country.
     */
    static Map<String, String> regions(Fields f) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Fields.Item item : f.lineItems("regions", "[\"GB-ENG\"]")) {
            Consumer<String> problem = message -> f.problemAt(item.line(), item.key(), message);
            String code = check(item.value(), false, problem);
            if (code == null) {
                continue;
            }
            int dash = code.indexOf('-');
            if (dash < 0) {
                Map<String, String> known = Regions.of(code);
                problem.accept("\"" + item.value() + "\" is a country, not one of its regions (" + (known.isEmpty()
                        ? "no region's public holidays are known for it, so leave it out"
                        : "write one of " + list(known)) + ")");
                continue;
            }
            String earlier = out.putIfAbsent(code.substring(0, dash), code);
            if (earlier != null) {
                problem.accept("\"" + item.value() + "\": " + earlier + " is already the region of "
                        + code.substring(0, dash) + " (one region a country; a record or an interviewer in another"
                        + " one names it with country = \"" + code + "\")");
            }
        }
        return out;
    }

    /**
     * A country or region code as written: upper-cased, or null after telling {@code problem} what to write (and,
     * for a {@code country} key, that the country alone is another choice).
     */
    private static String check(String written, boolean country, Consumer<String> problem) {
        String code = written.strip().toUpperCase(Locale.ROOT);
        Matcher region = REGION.matcher(code);
        if (region.matches() && COUNTRIES.contains(region.group(1))) {
            return region(problem, written, code, region.group(1), country);
        }
        if (!COUNTRIES.contains(code)) {
            problem.accept("\"" + written + "\" is not an ISO 3166 country code (a valid value looks like country ="
                    + " \"DE\" or \"US\", or with the region for its public holidays, \"DE-BY\" or \"CA-ON\"; it"
                    + " decides the public holidays of the send window)");
            return null;
        }
        return code;
    }

    private static String region(Consumer<String> problem, String written, String code, String country,
            boolean alone) {
        Map<String, String> regions = Regions.of(country);
        if (regions.containsKey(code)) {
            return code;
        }
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        if (regions.isEmpty()) {
            problem.accept("\"" + written + "\": no region's public holidays are known for " + name + ", so write"
                    + " country = \"" + country + "\" (its national holidays) and add the region's own to"
                    + " policy.send-window.holidays.extra");
            return null;
        }
        problem.accept("\"" + written + "\" is none of the regions of " + name + " whose public holidays are known;"
                + " write one of " + list(regions) + (alone ? ", or country = \"" + country + "\" for the national"
                + " holidays alone" : ""));
        return null;
    }

    private static String list(Map<String, String> regions) {
        return regions.size() <= NAMED
                ? String.join(", ", regions.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .toList())
                : String.join(", ", regions.keySet());
    }
}
