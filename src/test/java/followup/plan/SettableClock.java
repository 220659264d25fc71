package followup.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} for tests: it stands still until it is {@link #set set} or {@link #advance advanced}. Clocks made
 * by {@link #withZone} share the same instant, so advancing one advances all of them.
 */
public final class SettableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public SettableClock(Instant instant) {
        this(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /** A clock showing {@code localDateTime} (ISO, e.g. {@code 2026-11-17T08:00}) in {@code zone}. */
    public static SettableClock at(String localDateTime, ZoneId zone) {
        return new SettableClock(new AtomicReference<>(LocalDateTime.parse(localDateTime).atZone(zone).toInstant()),
                zone);
    }

    public SettableClock set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
        return this;
    }

    public SettableClock set(ZonedDateTime dateTime) {
        return set(dateTime.toInstant());
    }

    /** Sets the clock to {@code localDateTime} read in this clock's zone. */
    public SettableClock set(String localDateTime) {
        return set(LocalDateTime.parse(localDateTime).atZone(zone));
    }

    public SettableClock advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
        return this;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SettableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "SettableClock[" + instant() + ", " + zone + "]";
    }
}
