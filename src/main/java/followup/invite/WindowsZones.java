package followup.invite;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IANA zone of a TZID as calendars write it: an IANA id (Google, Zoom), a Windows zone name (Outlook and
 * Exchange, "W. Europe Standard Time"), or an IANA id behind a vendor prefix ("/mozilla.org/20070129_1/Europe/Paris").
 * Used both by {@code followup add} and by the inbox when it reads an invitation.
 */
public final class WindowsZones {
    /** The Windows names Outlook writes most, after the CLDR table (windowsZones.xml, territory 001). */
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("dateline standard time", "Etc/GMT+12"),
            Map.entry("hawaiian standard time", "Pacific/Honolulu"),
            Map.entry("alaskan standard time", "America/Anchorage"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("us mountain standard time", "America/Phoenix"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("canada central standard time", "America/Regina"),
            Map.entry("central america standard time", "America/Guatemala"),
            Map.entry("central standard time (mexico)", "America/Mexico_City"),
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("us eastern standard time", "America/Indianapolis"),
            Map.entry("atlantic standard time", "America/Halifax"),
            Map.entry("newfoundland standard time", "America/St_Johns"),
            Map.entry("e. south america standard time", "America/Sao_Paulo"),
            Map.entry("argentina standard time", "America/Buenos_Aires"),
            Map.entry("utc", "UTC"),
            Map.entry("coordinated universal time", "UTC"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("central europe standard time", "Europe/Budapest"),
            Map.entry("romance standard time", "Europe/Paris"),
            Map.entry("central european standard time", "Europe/Warsaw"),
            Map.entry("gtb standard time", "Europe/Bucharest"),
            Map.entry("fle standard time", "Europe/Kiev"),
            Map.entry("e. europe standard time", "Europe/Chisinau"),
            Map.entry("israel standard time", "Asia/Jerusalem"),
            Map.entry("south africa standard time", "Africa/Johannesburg"),
            Map.entry("turkey standard time", "Europe/Istanbul"),
            Map.entry("russian standard time", "Europe/Moscow"),
            Map.entry("arabian standard time", "Asia/Dubai"),
            Map.entry("india standard time", "Asia/Calcutta"),
            Map.entry("singapore standard time", "Asia/Singapore"),
            Map.entry("china standard time", "Asia/Shanghai"),
            Map.entry("tokyo standard time", "Asia/Tokyo"),
            Map.entry("korea standard time", "Asia/Seoul"),
            Map.entry("aus eastern standard time", "Australia/Sydney"),
            Map.entry("e. australia standard time", "Australia/Brisbane"),
            Map.entry("w. australia standard time", "Australia/Perth"),
            Map.entry("new zealand standard time", "Pacific/Auckland"));

    private WindowsZones() {
    }

    /** The IANA zone for a TZID, or empty when it names none we know. */
    public static Optional<ZoneId> zone(String tzid) {
        String id = tzid == null ? "" : tzid.strip().replaceAll("^\"|\"$", "");   // some clients quote it
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return Optional.of(ZoneId.of(windows));
        }
        // a vendor prefix before the IANA id: try the id from its last two (or three) path segments
        String[] parts = id.split("/");
        for (int from = Math.max(0, parts.length - 3); from < parts.length; from++) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (candidate.contains("/") || from == parts.length - 1) {
                try {
                    ZoneId zone = ZoneId.of(candidate);
                    if (candidate.contains("/") || candidate.equals("UTC")) {
                        return Optional.of(zone);
                    }
                } catch (DateTimeException e) {
                    // not this suffix
                }
            }
        }
        return Optional.empty();
    }
}
