package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caps counted in memory: what this daemon sends, what the store says once a minute, and the sliding windows. */
class SendingCapCountTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2027-01-14T19:00:00Z"));
    private final List<Instant> inStore = new ArrayList<>();
    private int reads;

    /** A send as the daemon makes it: counted by the cap, then marked in the store. */
    private void send(SendingCap cap) {
        cap.sent(clock.instant());
        inStore.add(clock.instant());
    }

    private SendingCap cap(int perHour, int perDay) {
        return new SendingCap(perHour, perDay, since -> {
            reads++;
            return inStore.stream().filter(i -> !i.isBefore(since)).sorted().toList();
        });
    }

    @Test
    void the_hourly_cap_holds_the_next_message_for_five_minutes_and_frees_it_an_hour_after_the_first_send() {
        SendingCap cap = cap(3, 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(cap.check(clock.instant()).isEmpty(), "message " + i);
            send(cap);
            clock.advance(Duration.ofMinutes(1));
        }
        SendingCap.Wait wait = cap.check(clock.instant()).orElseThrow();
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)), wait.until());
        assertTrue(wait.why().contains("3 in the last hour"), wait.why());
        clock.set(Instant.parse("2027-01-14T20:00:00.001Z"));
        assertTrue(cap.check(clock.instant()).isEmpty(), "the first send is more than an hour old");
    }

    @Test
    void a_message_claimed_and_not_yet_answered_counts_against_the_caps() {
        SendingCap cap = cap(3, 100);
        send(cap);
        send(cap);
        assertTrue(cap.check(clock.instant(), 0).isEmpty(), "two sent, the cap is three");
        SendingCap.Wait wait = cap.check(clock.instant(), 1).orElseThrow(
                () -> new AssertionError("a third message on the wire must hold a fourth back"));
        assertTrue(wait.why().contains("3 in the last hour"), wait.why());
    }

    @Test
    void the_daily_cap_holds_for_an_hour() {
        SendingCap cap = cap(100, 2);
        cap.check(clock.instant());
        send(cap);
        send(cap);
        clock.advance(Duration.ofHours(2));
        assertEquals(clock.instant().plus(Duration.ofHours(1)), cap.check(clock.instant()).orElseThrow().until());
    }

    @Test
    void the_store_is_read_once_a_minute_and_not_before_each_message() {
        SendingCap cap = cap(5, 100);
        for (int i = 0; i < 4; i++) {
            cap.check(clock.instant());
            send(cap);
            clock.advance(Duration.ofSeconds(5));
        }
        assertEquals(1, reads);
        inStore.add(clock.instant());            // sent by another daemon on the same database
        assertTrue(cap.check(clock.instant()).isEmpty(), "not seen yet: 4 counted");
        clock.advance(SendingCap.RESYNC);
        assertTrue(cap.check(clock.instant()).isPresent(), "the store's 5 sends in the last hour reach the cap");
        assertEquals(2, reads);
    }
}
