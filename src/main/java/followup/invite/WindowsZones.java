package followup.invite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IANA zone of a TZID as calendars write it: an IANA id (Google, Zoom), a Windows zone name (Outlook and
 * Exchange, "W. Europe Standard Time", from the table {@code windows-zones.tsv}), or an IANA id behind a vendor
 * prefix ("/mozilla.org/20070129_1/Europe/Paris"). Used both by {@code followup add} and by the inbox when it reads
 * an invitation.
 */
public final class WindowsZones {
    private static final String TABLE = "windows-zones.tsv";
    /** Names a Java runtime older than its tz data may only know by their former spelling. */
    private static final Map<String, String> FORMERLY = Map.of("Europe/Kyiv", "Europe/Kiev",
            "America/Nuuk", "America/Godthab", "America/Ciudad_Juarez", "America/Denver");
    private static final Map<String, ZoneId> WINDOWS = load();
    private static final java.util.Set<String> IANA = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());

    private WindowsZones() {
    }

    /** The IANA zone for a TZID, or empty when it names none we know. */
    public static Optional<ZoneId> zone(String tzid) {
        String id = tzid == null ? "" : tzid.strip().replaceAll("^\"|\"$", "");   // some clients quote it
        if (id.isEmpty()) {
            return Optional.empty();
        }
        ZoneId windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return Optional.of(windows);
        }
        // an IANA id, maybe behind a vendor prefix: the id from its last three, two or one path segments
        String[] parts = id.split("/");
        for (int from = Math.max(0, parts.length - 3); from < parts.length; from++) {
            String candidate = String.join("/", Arrays.copyOfRange(parts, from, parts.length));
            if (IANA.contains(candidate)) {
                return Optional.of(ZoneId.of(candidate));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a TZID names UTC itself ({@code UTC}, {@code GMT}, {@code Etc/UTC}, Outlook's "Coordinated Universal
     * Time", ...): a clock no one lives by, so the time it gives is an instant, not where the interview is.
     */
    public static boolean universal(String tzid) {
        String id = tzid == null ? "" : tzid.strip().replaceAll("^\"|\"$", "");
        return id.equalsIgnoreCase("Z") || zone(id).map(ZoneId::normalized).filter(ZoneOffset.UTC::equals)
                .isPresent();
    }

    /** The IANA zones of the Windows names, each once, in the table's order (the most used zone of each offset). */
    static List<ZoneId> representatives() {
        return WINDOWS.values().stream().distinct().toList();
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> out = new LinkedHashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the Windows zone table " + TABLE + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length != 2) {
                    continue;
                }
                out.put(cols[0].strip().toLowerCase(Locale.ROOT), iana(cols[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static ZoneId iana(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneId.of(FORMERLY.getOrDefault(name, "UTC"));
        }
    }
}
