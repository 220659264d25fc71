package followup.config;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Zones as people write them instead of the IANA name a record needs: an abbreviation ("EST", "PST"), a city
 * ("Berlin", "New York"), the right name in the wrong case ("europe/berlin"), or an offset ("GMT+1"), which is a
 * zone but one without summer time.
 */
final class ZoneNames {
    /** Abbreviations and words that name one zone people mean by them. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("ET", "America/New_York"), Map.entry("EASTERN", "America/New_York"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("CT", "America/Chicago"), Map.entry("CENTRAL", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("MT", "America/Denver"), Map.entry("MOUNTAIN", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PACIFIC", "America/Los_Angeles"),
            Map.entry("BST", "Europe/London"), Map.entry("CEST", "Europe/Berlin"), Map.entry("MEZ", "Europe/Berlin"),
            Map.entry("MESZ", "Europe/Berlin"), Map.entry("IST", "Asia/Kolkata"), Map.entry("JST", "Asia/Tokyo"),
            Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"));
    /** Zones whose rules are one offset by design: no warning for these. */
    private static final Set<String> UNIVERSAL = Set.of("Z", "UTC", "GMT", "UT", "Etc/UTC", "Etc/GMT", "Etc/UCT",
            "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu", "Etc/GMT0", "GMT0", "Etc/Greenwich", "Greenwich");

    /**
     * Zones of the tz database named for a clock, not a place, with the zones of the places people on that clock
     * mean: a name for the warning to suggest.
     */
    private static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("CET", List.of("Europe/Berlin", "Europe/Paris")),
            Map.entry("MET", List.of("Europe/Berlin", "Europe/Paris")),
            Map.entry("EET", List.of("Europe/Athens", "Europe/Helsinki")), Map.entry("WET", List.of("Europe/Lisbon")),
            Map.entry("EST5EDT", List.of("America/New_York")), Map.entry("CST6CDT", List.of("America/Chicago")),
            Map.entry("MST7MDT", List.of("America/Denver")), Map.entry("PST8PDT", List.of("America/Los_Angeles")),
            Map.entry("Australia/ACT", List.of("Australia/Sydney")), Map.entry("Australia/NSW",
                    List.of("Australia/Sydney")), Map.entry("Australia/Victoria", List.of("Australia/Melbourne")),
            Map.entry("Australia/Queensland", List.of("Australia/Brisbane")), Map.entry("Australia/South",
                    List.of("Australia/Adelaide")), Map.entry("Australia/West", List.of("Australia/Perth")),
            Map.entry("Australia/North", List.of("Australia/Darwin")), Map.entry("Australia/Tasmania",
                    List.of("Australia/Hobart")), Map.entry("Australia/Yancowinna", List.of("Australia/Broken_Hill")),
            Map.entry("Australia/LHI", List.of("Australia/Lord_Howe")));
    /** The old aliases by country or region ({@code US/Eastern}): zone.tab names no country for them either. */
    private static final List<String> ALIAS_PREFIXES = List.of("US/", "Canada/", "Mexico/", "Brazil/", "Chile/",
            "SystemV/");
    /** The same, where the prefix is also a continent's whose cities are places ({@code Australia/NSW}). */
    private static final Set<String> REGION_ALIASES = Set.of("Australia/ACT", "Australia/NSW", "Australia/Victoria",
            "Australia/Queensland", "Australia/South", "Australia/West", "Australia/North", "Australia/Tasmania",
            "Australia/Yancowinna", "Australia/LHI");

    private ZoneNames() {
    }

    /**
     * Why {@code zone}, a name of the tz database that is no place's (a clock's, {@code CET}, {@code EST5EDT}, or an
     * old alias, {@code US/Eastern}), leaves the public holidays out of the send window: it belongs to no country.
     * Empty for a place's zone, for UTC and for an offset (see {@link #fixedOffset}).
     */
    static Optional<String> noCountry(ZoneId zone) {
        String id = zone.getId();
        if (zone.getRules().isFixedOffset() || UNIVERSAL.contains(id)
                || id.indexOf('/') > 0 && ALIAS_PREFIXES.stream().noneMatch(id::startsWith)
                && !REGION_ALIASES.contains(id)) {
            return Optional.empty();
        }
        List<String> places = PLACES.getOrDefault(id, List.of());
        return Optional.of("\"" + id + "\" names no place, so it belongs to no country and no public holiday is known"
                + " for it: a message to the company may go out on one; write the zone of the city instead ("
                + (places.isEmpty() ? "a valid value looks like zone = \"Europe/Berlin\" or \"America/New_York\""
                        : "zone = \"" + String.join("\" or \"", places) + "\"" + (places.size() > 1
                                ? ", whichever city's clock is meant" : ""))
                + "), or name the country of its public holidays with country = \"DE\"");
    }

    /** The IANA name to write instead of {@code written}, which is no zone; empty when none can be told. */
    static Optional<String> instead(String written) {
        String s = written.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (ABBREVIATIONS.containsKey(upper)) {
            return Optional.of(ABBREVIATIONS.get(upper));
        }
        String city = s.replace(' ', '_');
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equalsIgnoreCase(s) || id.indexOf('/') > 0 && !id.startsWith("Etc/")
                    && id.substring(id.lastIndexOf('/') + 1).equalsIgnoreCase(city)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code zone}, written as an offset, would put the messages an hour off for half the year; empty for a
     * zone with a name (and for UTC, which means one offset on purpose).
     */
    static Optional<String> fixedOffset(String written, ZoneId zone) {
        if (!zone.getRules().isFixedOffset() || UNIVERSAL.contains(zone.getId())) {
            return Optional.empty();
        }
        ZoneOffset offset = zone.getRules().getOffset(java.time.Instant.EPOCH);
        String sign = zone.getId().startsWith("Etc/GMT") ? " (the sign of the Etc/GMT names is reversed: it is UTC"
                + offset.getId() + ")" : "";
        return Optional.of("\"" + written + "\" is a fixed offset" + sign + ", which never changes for summer time:"
                + " where the clocks change, the interview's hour and the send window are an hour off for half the"
                + " year, and the offset belongs to no country, so no public holiday is known; write the name of the"
                + " place's zone (a valid value looks like zone = \"Europe/Berlin\" or \"America/New_York\"), or"
                + " zone = \"UTC\" for UTC itself");
    }
}
