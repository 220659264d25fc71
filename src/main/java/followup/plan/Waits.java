package followup.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Adds a policy duration to an instant the way a person counts: whole days are calendar days in the zone
 * ("1d" after 14:00 is 14:00 the next day, even across a daylight-saving change), anything else is elapsed time
 * ("3h" is three hours on the clock of the world, even on the night the clocks move).
 */
public final class Waits {
    private Waits() {
    }

    public static Instant after(Instant start, Duration wait, ZoneId zone) {
        if (!wait.isZero() && wait.toSeconds() % 86_400 == 0 && wait.getNano() == 0) {
            ZonedDateTime local = start.atZone(zone);
            return local.toLocalDateTime().plusDays(wait.toDays()).atZone(zone).toInstant();
        }
        return start.plus(wait);
    }

    /** {@code 3h}, {@code 2d}, {@code 90m}: the way the config writes it. */
    public static String describe(Duration wait) {
        long seconds = wait.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
