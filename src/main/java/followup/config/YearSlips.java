package followup.config;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * An interview whose year looks written wrong: about a year ago, or a year from now, while the same day one year
 * later (or earlier) is close to today. 2026 typed for 2027 in January makes every message of the interview missed,
 * and nothing else would say so: the record is valid.
 */
final class YearSlips {
    /** Further from now than this, an interview is not one being followed up now. */
    private static final Duration FAR = Duration.ofDays(200);
    /** The day a year off lies at most this far from now for the year to look like a slip. */
    private static final Duration NEAR = Duration.ofDays(45);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private YearSlips() {
    }

    static Optional<String> of(LocalDateTime at, ZoneId zone, Instant now) {
        Instant when = at.atZone(zone).toInstant();
        Duration ago = Duration.between(when, now);
        if (ago.compareTo(FAR) > 0 && near(at.plusYears(1), zone, now)) {
            return Optional.of("the interview is on " + DAY.format(at) + ", " + ago.toDays() + " days ago, so every"
                    + " message of it is long past and none will be sent; if the year is a slip, write at = \""
                    + at.plusYears(1) + "\"");
        }
        if (ago.negated().compareTo(FAR) > 0 && near(at.minusYears(1), zone, now)) {
            return Optional.of("the interview is on " + DAY.format(at) + ", " + ago.negated().toDays() + " days from"
                    + " now, so its thank-you waits until then; if the year is a slip, write at = \""
                    + at.minusYears(1) + "\"");
        }
        return Optional.empty();
    }

    private static boolean near(LocalDateTime at, ZoneId zone, Instant now) {
        return Duration.between(at.atZone(zone).toInstant(), now).abs().compareTo(NEAR) <= 0;
    }
}
