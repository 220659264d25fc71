package followup.daemon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system's clock, jumped forward (by what a machine slept) or back (a clock set back) by the test. */
final class JumpingClock extends Clock {
    private final AtomicReference<Duration> slept;
    private final ZoneId zone;

    JumpingClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private JumpingClock(AtomicReference<Duration> slept, ZoneId zone) {
        this.slept = slept;
        this.zone = zone;
    }

    void jump(Duration by) {
        slept.updateAndGet(d -> d.plus(by));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(slept.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new JumpingClock(slept, other);
    }
}
