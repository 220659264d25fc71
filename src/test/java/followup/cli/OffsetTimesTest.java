package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** OffsetTimes writes exactly what ISO_OFFSET_DATE_TIME writes: plan's JSON must not change by a byte. */
class OffsetTimesTest {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Test
    void everyZoneAtRandomInstantsAsTheFormatter() {
        Random random = new Random(20261204);
        long from = Instant.parse("1800-01-01T00:00:00Z").getEpochSecond();   // zones then had offsets with seconds
        long until = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        // the JDK's own zones: ZoneId.getAvailableZoneIds() also lists those of providers other libraries register
        // (ical4j's, once a test has read an invitation), which may have no rules
        for (String id : TimeZone.getAvailableIDs()) {
            ZoneId zone = ZoneId.of(id, ZoneId.SHORT_IDS);
            for (int i = 0; i < 200; i++) {
                long second = from + (long) (random.nextDouble() * (until - from));
                int nano = switch (i % 4) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(1_000) * 1_000_000;
                    case 2 -> random.nextInt(1_000_000_000);
                    default -> random.nextInt(10) * 100_000_000;
                };
                Instant instant = Instant.ofEpochSecond(second, nano);
                assertEquals(ISO.format(instant.atZone(zone)), OffsetTimes.format(instant, zone), id + " " + instant);
            }
        }
    }

    @Test
    void edgesAsTheFormatter() {
        ZoneId[] zones = {ZoneOffset.UTC, ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15), ZoneOffset.ofHours(18),
                ZoneOffset.ofHours(-18), ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/New_York")};
        LocalDateTime[] times = {LocalDateTime.parse("0000-01-01T00:00"), LocalDateTime.parse("0001-02-03T04:05:06.7"),
                LocalDateTime.parse("1937-06-30T23:59:59.999999999"), LocalDateTime.parse("9999-12-31T23:59:59"),
                LocalDateTime.parse("2027-03-14T02:30:00.000000001"), LocalDateTime.parse("-0001-12-31T23:00"),
                LocalDateTime.parse("+10000-01-01T00:00"), LocalDateTime.parse("2027-11-07T01:30:00.12")};
        for (ZoneId zone : zones) {
            for (LocalDateTime t : times) {
                assertEquals(ISO.format(t.atZone(zone)), OffsetTimes.format(t.atZone(zone)), zone + " " + t);
            }
        }
    }

    @Test
    void anInstantInUtcAsItsOwnToString() {
        Random random = new Random(20261205);
        long from = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long until = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = from + (long) (random.nextDouble() * (until - from));
            int nano = switch (i % 4) {
                case 0, 1 -> 0;
                case 2 -> random.nextInt(1_000) * 1_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            assertEquals(instant.toString(), OffsetTimes.utc(instant));
        }
        for (String edge : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z", "2027-01-15T14:00:00Z", "2027-01-15T14:00:00.100Z"}) {
            assertEquals(edge, OffsetTimes.utc(Instant.parse(edge)));
        }
    }
}
