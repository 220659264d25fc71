package followup.schedule;

/** What the scheduled jobs do; the daemon implements it. Quartz fires at least once, so both must be idempotent. */
public interface Jobs {
    /** The trigger of the message with this key fired. */
    void send(String key);

    /** The periodic mailbox poll fired. */
    void poll();
}
