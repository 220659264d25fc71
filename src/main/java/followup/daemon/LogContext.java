package followup.daemon;

import org.slf4j.MDC;

/**
 * The message a log line is about, as MDC fields ({@code key}, {@code interview}, {@code step}, and in a deployment
 * of candidates {@code candidate}) for the lines logged while it is handled: the JSON log format
 * ({@code followup.log.format = json}) shows them on every line.
 */
final class LogContext implements AutoCloseable {
    private static final String[] FIELDS = {"key", "candidate", "interview", "step"};

    private LogContext() {
    }

    /**
     * From a message key: {@code interview/step/recipient}, where a candidate's interview id is {@code NAME/ID}.
     *
     * @param candidate the candidate whose message it is, or {@code ""} for the one job seeker of a config without
     *                  candidates
     */
    static LogContext of(String candidate, String key) {
        MDC.put("key", key);
        String prefix = candidate.isEmpty() ? "" : candidate + "/";
        if (!prefix.isEmpty()) {
            MDC.put("candidate", candidate);
        }
        if (key.startsWith(prefix)) {
            String[] parts = key.substring(prefix.length()).split("/", 3);
            if (parts.length == 3) {
                MDC.put("interview", prefix + parts[0]);
                MDC.put("step", parts[1]);
            }
        }
        return new LogContext();
    }

    /** The lines of work for one candidate's mailbox; nothing for the one job seeker of a config without them. */
    static LogContext ofCandidate(String candidate) {
        if (!candidate.isEmpty()) {
            MDC.put("candidate", candidate);
        }
        return new LogContext();
    }

    @Override
    public void close() {
        for (String field : FIELDS) {
            MDC.remove(field);
        }
    }
}
