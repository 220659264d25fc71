package followup.daemon;

import java.util.List;

/** The lines one class logs at INFO and above, kept off the console while they are listened to. */
final class Listened implements AutoCloseable {
    private final ch.qos.logback.classic.Logger logger;
    private final ch.qos.logback.classic.Level level;
    private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> list =
            new ch.qos.logback.core.read.ListAppender<>() {
                @Override
                protected void append(ch.qos.logback.classic.spi.ILoggingEvent e) {
                    e.prepareForDeferredProcessing();     // the MDC of the logging thread, read now
                    super.append(e);
                }
            };

    private Listened(Class<?> type) {
        logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(type);
        level = logger.getLevel();
        list.start();
        logger.addAppender(list);
        logger.setAdditive(false);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
    }

    static Listened to(Class<?> type) {
        return new Listened(type);
    }

    List<ch.qos.logback.classic.spi.ILoggingEvent> events() {
        synchronized (list) {
            return List.copyOf(list.list);
        }
    }

    @Override
    public void close() {
        logger.setLevel(level);
        logger.setAdditive(true);
        logger.detachAppender(list);
    }
}
