package followup.schedule;

import java.time.Instant;

/** What the scheduled jobs do; the daemon implements it. Quartz fires at least once, so both must be idempotent. */
public interface Jobs {
    /**
     * The trigger of the message with this key fired, set for {@code scheduledFor} (null when not known): a trigger
     * set for an earlier instant than the message's next one (a retry decided since) is not the message's own.
     */
    void send(String key, Instant scheduledFor);

    /**
     * Quartz fires the send again because the daemon that was running it stopped without finishing (killed, its
     * machine lost): a message it had claimed may or may not have gone out.
     */
    default void recover(String key) {
        send(key, null);
    }

    /** The periodic mailbox poll fired. */
    void poll();

    /** The periodic poll of one candidate's mailbox fired ("" for the one job seeker of a config without candidates). */
    default void poll(String candidate) {
        poll();
    }
}
