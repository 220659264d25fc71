package followup.metrics;

import followup.mail.SendResult;
import java.time.Duration;

/**
 * What the daemon tells its meters, at the moment it happens. {@link #NONE} when metrics are off
 * ({@code followup.metrics.port} not set); {@link PrometheusMeters} serves them on {@code /metrics}.
 */
public interface Meters {
    Meters NONE = new Meters() {
        @Override
        public void send(SendResult result, Duration took, Duration late) {
        }

        @Override
        public void failure(String kind) {
        }

        @Override
        public void poll(Duration took, boolean ok) {
        }
    };

    /**
     * The meters of one candidate's sends, failures and polls: labelled with their name in a deployment of candidates,
     * as they are for a single job seeker ({@code ""}) otherwise.
     */
    default Meters of(String candidate) {
        return this;
    }

    /**
     * One SMTP conversation for one message: how it ended, how long it took, and (when accepted) how far behind
     * its due instant it went out.
     */
    void send(SendResult result, Duration took, Duration late);

    /** A failure outside an SMTP conversation: {@code reply-check} (mailbox unavailable before a send), {@code unexpected}. */
    void failure(String kind);

    /** One scheduled look at the mailbox. */
    void poll(Duration took, boolean ok);
}
