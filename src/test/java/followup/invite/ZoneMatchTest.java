package followup.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
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
}
