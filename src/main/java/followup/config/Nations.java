package followup.config;

import followup.holiday.Regions;
import followup.holiday.ZoneCountries;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A country whose nations, provinces or states keep different public holidays, none of which is named: the United
 * Kingdom (England and Wales keep Easter Monday and the last Monday of August, Scotland 2 January, the first Monday
 * of August and St Andrew's Day, Northern Ireland St Patrick's Day and 12 July), Canada (Victoria Day, Thanksgiving
 * and Family Day are the provinces'), Australia (the King's Birthday and Labour Day are the states'). With none
 * named, only the holidays they all keep shut the send window, so a message may go out on a day the office is
 * closed: the warning names the key to write.
 */
final class Nations {
    /** What a country's parts are called, which holidays differ between them, and the part named in the example. */
    private record Parts(String called, String differ, String example) {
    }

    private static final Map<String, Parts> BY_COUNTRY = Map.of(
            "GB", new Parts("nations", "bank holidays (England and Wales keep Easter Monday and the last Monday of"
                    + " August, Scotland 2 January, the first Monday of August and St Andrew's Day, Northern"
                    + " Ireland St Patrick's Day and 12 July)", "GB-ENG"),
            "CA", new Parts("provinces and territories", "public holidays (Victoria Day in May, Thanksgiving in"
                    + " October and Family Day in February are theirs, not Canada's)", "CA-ON"),
            "AU", new Parts("states and territories", "public holidays (the King's Birthday and Labour Day are"
                    + " theirs, on different days)", "AU-NSW"));
    /** Up to this many other parts are listed with their names; more by their codes alone. */
    private static final int NAMED = 4;

    private Nations() {
    }

    /**
     * The warning for a recipient in {@code zone}'s country (the sender's zone, or a record's or an interviewer's
     * without a country), when it is one whose nations differ and {@code policy.send-window.holidays.regions} names
     * none of them.
     *
     * @param whose where else the nation can be named ({@code "this record"}, {@code "this interviewer"}), or null
     *              for {@code sender.zone}
     */
    static Optional<String> ofZone(ZoneId zone, Settings.Holidays holidays, String whose) {
        return ZoneCountries.of(zone).flatMap(country -> of(country, holidays, "\"" + zone.getId() + "\" is in "
                + name(country), whose));
    }

    /** The same for {@code country = "GB"} written in a record or for an interviewer. */
    static Optional<String> ofCountry(String country, Settings.Holidays holidays, String whose) {
        return of(country, holidays, "\"" + country + "\" is " + name(country), whose);
    }

    private static Optional<String> of(String country, Settings.Holidays holidays, String where, String whose) {
        Parts parts = BY_COUNTRY.get(country);
        if (parts == null || holidays == null || !holidays.enabled() || holidays.regions().containsKey(country)) {
            return Optional.empty();
        }
        String example = parts.example();
        Map<String, String> regions = Regions.of(country);
        String others = regions.entrySet().stream().filter(e -> !e.getKey().equals(example))
                .map(e -> "\"" + e.getKey() + "\"" + (regions.size() - 1 <= NAMED ? " (" + e.getValue() + ")" : ""))
                .collect(Collectors.joining(", "));
        return Optional.of(where + ", whose " + parts.called() + " keep different " + parts.differ() + ": with"
                + " none named, only the ones they all keep shut the send window, and a message may go out on a day"
                + " the office is closed; name " + (whose != null ? "the one of " + whose + " with country = \""
                + example + "\", or for every record in " + name(country) + " with" : "it for every record in "
                + name(country) + " with") + " policy.send-window.holidays.regions = [\"" + example + "\"] in"
                + " application.conf" + (whose != null ? "" : ", or in a record with country = \"" + example
                + "\"") + " (the others: " + others + ")");
    }

    private static String name(String country) {
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return name.startsWith("United ") ? "the " + name : name;
    }
}
