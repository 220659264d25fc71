package followup.daemon;

import followup.store.MessageStore;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys this daemon's workers are on, and the due keys the drains share: a key read by a drain is handed to one
 * worker only, and a key a worker is on is handed to no other, whether its trigger fired or a drain picked it.
 */
final class DueKeys {
    /** How many due keys are read from the store at a time. */
    private static final int BATCH = 200;

    private final MessageStore store;
    private final Clock clock;
    /** The keys a worker of this daemon is handling right now. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Due keys read by a drain and not yet handed to a worker (guarded by itself). */
    private final ArrayDeque<String> queue = new ArrayDeque<>();

    DueKeys(MessageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** True if no worker was on this key; the caller then is, until {@link #leave}. */
    boolean enter(String key) {
        return inFlight.add(key);
    }

    void leave(String key) {
        inFlight.remove(key);
    }

    /**
     * The next due key no worker is on and this drain has not tried, already {@link #enter entered}; null when
     * nothing else is due (or the store is away: the triggers are still there). Reads {@link #BATCH} due keys from
     * the store when the shared queue runs dry.
     */
    String next(Set<String> tried) {
        synchronized (queue) {
            String key = takeQueued(tried);
            if (key != null) {
                return key;
            }
            try {
                for (String due : store.dueKeys(clock.instant(), BATCH)) {
                    if (!tried.contains(due) && !inFlight.contains(due)) {
                        queue.add(due);
                    }
                }
            } catch (RuntimeException e) {
                return null;
            }
            return takeQueued(tried);
        }
    }

    private String takeQueued(Set<String> tried) {
        for (String key; (key = queue.poll()) != null; ) {
            if (!tried.contains(key) && inFlight.add(key)) {
                return key;
            }
        }
        return null;
    }
}
