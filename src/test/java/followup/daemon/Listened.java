package followup.daemon;

import java.util.List;

/** The lines one class logs at INFO (or DEBUG) and above, kept off the console while they are listened to. */
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

    private Listened(Class<?> type, ch.qos.logback.classic.Level at) {
        this(type.getName(), at);
    }

    private Listened(String name, ch.qos.logback.classic.Level at) {
        logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(name);
        level = logger.getLevel();
        list.start();
        logger.addAppender(list);
        logger.setAdditive(false);
        logger.setLevel(at);
    }

    static Listened to(Class<?> type) {
        return new Listened(type, ch.qos.logback.classic.Level.INFO);
    }

    /** The lines of a logger that is named for what it tells rather than for a class. */
    static Listened to(String name) {
        return new Listened(name, ch.qos.logback.classic.Level.INFO);
    }

    /** The lines one class logs at DEBUG and above: also what it notes for the tests that make a moment happen. */
    static Listened toDebug(Class<?> type) {
        return new Listened(type, ch.qos.logback.classic.Level.DEBUG);
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
