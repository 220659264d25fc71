package followup.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hourly and daily caps of one sender, counted in memory: the instants of the messages sent in the last day,
 * read from the store once and then every {@link #RESYNC} (so that what another daemon on the same database sent is
 * counted too, at most that late), plus every send of this daemon as it happens. No count over the whole table
 * before each message. Thread-safe: the {@link SendLane} checks while claiming and counts a send once it is answered.
 */
final class SendingCap {
    static final Duration RESYNC = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** Why and until when a message waits. */
    record Wait(Instant until, String why) {
    }

    private final int perHour;
    private final int perDay;
    private final Function<Instant, Collection<Instant>> sentSince;
    private final Deque<Instant> lastDay = new ArrayDeque<>();
    private Instant readAt;

    /** @param sentSince the store's send instants from the given instant on, oldest first */
    SendingCap(int perHour, int perDay, Function<Instant, Collection<Instant>> sentSince) {
        this.perHour = perHour;
        this.perDay = perDay;
        this.sentSince = sentSince;
    }

    /** Empty when a message may go out now; otherwise until when it waits and why. */
    Optional<Wait> check(Instant now) {
        return check(now, 0);
    }

    /**
     * As {@link #check(Instant)}, counting {@code unanswered} messages on their way to the server as sent in this
     * hour and day.
     */
    synchronized Optional<Wait> check(Instant now, int unanswered) {
        if (readAt == null || !now.isBefore(readAt.plus(RESYNC)) || now.isBefore(readAt)) {
            lastDay.clear();
            lastDay.addAll(sentSince.apply(now.minus(DAY)));
            readAt = now;
        }
        while (!lastDay.isEmpty() && lastDay.peekFirst().isBefore(now.minus(DAY))) {
            lastDay.removeFirst();
        }
        int day = lastDay.size() + unanswered;
        int hour = unanswered;
        for (var it = lastDay.descendingIterator(); it.hasNext() && !it.next().isBefore(now.minus(HOUR)); ) {
            hour++;
        }
        if (hour < perHour && day < perDay) {
            return Optional.empty();
        }
        Instant next = now.plus(day >= perDay ? HOUR : Duration.ofMinutes(5));
        return Optional.of(new Wait(next, "sending cap reached (" + hour + " in the last hour, " + day
                + " in the last day)"));
    }

    /** A message went out at {@code at}. */
    synchronized void sent(Instant at) {
        if (lastDay.isEmpty() || !at.isBefore(lastDay.peekLast())) {
            lastDay.addLast(at);
        } else {
            lastDay.addFirst(at);   // a clock that went back: still counted, and dropped no later than the others
        }
    }
}
