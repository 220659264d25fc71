package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan's reasons write an instant exactly as the JDK's formatter of the same pattern and the zone's label do. */
class OpeningTextTest {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final Formatted JDK = t -> PATTERN.format(t) + " " + ZoneLabel.of(t, Locale.ENGLISH);

    private interface Formatted {
        String format(java.time.ZonedDateTime t);
    }
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Africa/Casablanca"),
            ZoneId.of("UTC"), ZoneId.of("Etc/GMT+5"), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30),
            ZoneId.of("America/St_Johns"), ZoneId.of("Europe/London"));

    @Test
    void every_day_month_hour_and_zone_is_written_as_the_formatter_writes_it() {
        Random random = new Random(20261205);
        Instant from = Instant.parse("1990-01-01T00:00:00Z");
        long span = Duration.between(from, Instant.parse("2060-01-01T00:00:00Z")).toSeconds();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = from.plusSeconds((long) (random.nextDouble() * span));
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            assertEquals(JDK.format(instant.atZone(zone)), OpeningText.format(instant, zone), instant + " " + zone);
        }
    }

    @Test
    void around_the_daylight_saving_changes_the_zone_name_follows_the_instant() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (Instant change : List.of(Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"),
                Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"))) {
            for (long minutes = -90; minutes <= 90; minutes += 15) {
                Instant t = change.plusSeconds(minutes * 60);
                assertEquals(JDK.format(t.atZone(newYork)), OpeningText.format(t, newYork), t.toString());
                assertEquals(JDK.format(t.atZone(berlin)), OpeningText.format(t, berlin), t.toString());
            }
        }
        assertEquals("Sun 1 Nov 01:30 EDT", OpeningText.format(Instant.parse("2026-11-01T05:30:00Z"), newYork));
        assertEquals("Sun 1 Nov 01:30 EST", OpeningText.format(Instant.parse("2026-11-01T06:30:00Z"), newYork));
    }
}
