package followup.daemon;

import org.slf4j.MDC;

/**
 * The message a log line is about, as MDC fields ({@code key}, {@code interview}, {@code step}) for the lines
 * logged while it is handled: the JSON log format ({@code followup.log.format = json}) shows them on every line.
 */
final class LogContext implements AutoCloseable {
    private LogContext() {
    }

    /** From a message key, {@code interview/step/recipient}. */
    static LogContext of(String key) {
        MDC.put("key", key);
        String[] parts = key.split("/", 3);
        if (parts.length == 3) {
            MDC.put("interview", parts[0]);
            MDC.put("step", parts[1]);
        }
        return new LogContext();
    }

    @Override
    public void close() {
        MDC.remove("key");
        MDC.remove("interview");
        MDC.remove("step");
    }
}
