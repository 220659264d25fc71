package followup.config;

import java.time.ZoneId;
import java.time.ZoneOffset;
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

    private ZoneNames() {
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
