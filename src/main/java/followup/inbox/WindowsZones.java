package followup.inbox;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone of a TZID as calendars write it: an IANA id (Google Calendar), a Windows zone name (Outlook and
 * Exchange: "W. Europe Standard Time"), or an IANA id behind a vendor prefix ("/mozilla.org/20070129_1/Europe/Paris").
 */
final class WindowsZones {
    /** The Windows names Outlook writes most, after the CLDR table (windowsZones.xml, territory 001). */
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("hawaiian standard time", "Pacific/Honolulu"),
            Map.entry("alaskan standard time", "America/Anchorage"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("us mountain standard time", "America/Phoenix"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("atlantic standard time", "America/Halifax"),
            Map.entry("e. south america standard time", "America/Sao_Paulo"),
            Map.entry("utc", "UTC"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("central europe standard time", "Europe/Budapest"),
            Map.entry("romance standard time", "Europe/Paris"),
            Map.entry("central european standard time", "Europe/Warsaw"),
            Map.entry("gtb standard time", "Europe/Bucharest"),
            Map.entry("fle standard time", "Europe/Kiev"),
            Map.entry("israel standard time", "Asia/Jerusalem"),
            Map.entry("russian standard time", "Europe/Moscow"),
            Map.entry("arabian standard time", "Asia/Dubai"),
            Map.entry("india standard time", "Asia/Calcutta"),
            Map.entry("singapore standard time", "Asia/Singapore"),
            Map.entry("china standard time", "Asia/Shanghai"),
            Map.entry("tokyo standard time", "Asia/Tokyo"),
            Map.entry("aus eastern standard time", "Australia/Sydney"));

    private WindowsZones() {
    }

    static Optional<ZoneId> zone(String tzid) {
        String id = tzid == null ? "" : tzid.strip().replaceAll("^\"|\"$", "");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return Optional.of(ZoneId.of(windows));
        }
        String[] parts = id.split("/");
        for (int from = 0; from < parts.length; from++) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (candidate.isEmpty() || !candidate.contains("/") && !candidate.equals("UTC")) {
                continue;
            }
            try {
                return Optional.of(ZoneId.of(candidate));
            } catch (DateTimeException e) {
                // not an IANA id from here on: try a shorter tail
            }
        }
        return Optional.empty();
    }
}
