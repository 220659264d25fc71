package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.NavigableMap;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The zone written for an invitation's own zone ("Customized Time Zone"): of the zones that agree with it, the one
 * most people on that clock live in, since the record's country (its public holidays) follows the zone.
 */
class ZoneMatchTest {
    private static final ZoneId MINE = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime AT = LocalDateTime.of(2027, 3, 17, 9, 0);

    private static ZoneId chosen(ZoneRules rules) {
        return ZoneMatch.of("Customized Time Zone", rules, AT, MINE).zone();
    }

    @Test
    void theUsualZoneOfEachClockIsWrittenNotABorderTownsOrAnIslands() {
        assertEquals(ZoneId.of("America/Los_Angeles"), chosen(ZoneId.of("America/Los_Angeles").getRules()));
        assertEquals(ZoneId.of("Asia/Tokyo"), chosen(ZoneRules.of(ZoneOffset.ofHours(9))));
        assertEquals(ZoneId.of("America/Sao_Paulo"), chosen(ZoneRules.of(ZoneOffset.ofHours(-3))));
        assertEquals(ZoneId.of("America/Mexico_City"), chosen(ZoneRules.of(ZoneOffset.ofHours(-6))));
        assertEquals(ZoneId.of("Asia/Karachi"), chosen(ZoneRules.of(ZoneOffset.ofHours(5))));
    }

    @Test
    void theUsersOwnZoneStillComesFirstWhenItAgrees() {
        assertEquals(MINE, chosen(ZoneId.of("Europe/Paris").getRules()));
    }

    /**
     * A provider that lists a zone and then has no rules for it, as ical4j's does for a zone of an invitation it has
     * let go: asking for the rules throws. Registered for the rest of the JVM, under an id no other test looks for.
     */
    private static final class LostZones extends ZoneRulesProvider {
        private final String id = "Lost/Zone-" + UUID.randomUUID();

        @Override
        protected Set<String> provideZoneIds() {
            return Set.of(id);
        }

        @Override
        protected ZoneRules provideRules(String zoneId, boolean forCaching) {
            throw new NullPointerException("no rules held for " + zoneId);
        }

        @Override
        protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
            throw new NullPointerException("no rules held for " + zoneId);
        }
    }

    @Test
    void aZoneWhoseRulesCannotBeHadIsPassedOver() {
        ZoneRulesProvider.registerProvider(new LostZones());
        // UTC+03:17 agrees with no zone, so every zone is tried, the lost one too: the time goes into the user's zone
        ZoneMatch.Chosen odd = ZoneMatch.of("Lab Time", ZoneRules.of(ZoneOffset.ofHoursMinutes(3, 17)), AT, MINE);
        assertEquals(MINE, odd.zone());
        assertEquals(LocalDateTime.of(2027, 3, 17, 6, 43), odd.at());
        assertEquals(ZoneId.of("Asia/Tokyo"), chosen(ZoneRules.of(ZoneOffset.ofHours(9))));
    }
}
