package followup.auth;

import java.time.Duration;

/** Waiting between two polls of the token endpoint; tests pass one that records the waits and returns at once. */
@FunctionalInterface
public interface Pause {
    Pause REAL = d -> Thread.sleep(d.toMillis());

    void pause(Duration d) throws InterruptedException;
}
