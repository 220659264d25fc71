package followup.holiday;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country an IANA zone belongs to, from {@code zone-countries.tsv} (derived from the tz database's
 * {@code zone.tab}: one country per zone, e.g. {@code Europe/Berlin} is DE, {@code America/New_York} US). Zones
 * that are not places ({@code UTC}, {@code Etc/GMT+5}) and old aliases ({@code US/Eastern}) have no country: a
 * record for such a zone names its {@code country}.
 */
public final class ZoneCountries {
    private static final String RESOURCE = "/followup/holiday/zone-countries.tsv";
    private static final Map<String, String> BY_ZONE = load();

    private ZoneCountries() {
    }

    public static Optional<String> of(ZoneId zone) {
        return Optional.ofNullable(BY_ZONE.get(zone.getId()));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = ZoneCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.put(cols[0].strip(), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
