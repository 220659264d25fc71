package followup.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * The events of some loggers, kept for a test to assert and kept off the console (the warnings a test provokes on
 * purpose are not news in a test run's output). As a test's field:
 * {@code @RegisterExtension final QuietLog log = QuietLog.of(Mailbox.class, Settlements.class);}
 */
public final class QuietLog implements BeforeEachCallback, AfterEachCallback {
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final List<Logger> loggers;

    private QuietLog(List<Logger> loggers) {
        this.loggers = loggers;
    }

    public static QuietLog of(Class<?>... classes) {
        return new QuietLog(Arrays.stream(classes).map(c -> (Logger) LoggerFactory.getLogger(c)).toList());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        events.start();
        for (Logger l : loggers) {
            l.setAdditive(false);          // to the list only
            l.addAppender(events);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Logger l : loggers) {
            l.detachAppender(events);
            l.setAdditive(true);
        }
    }

    /** What was logged so far, in order. */
    public List<ILoggingEvent> events() {
        synchronized (events.list) {
            return List.copyOf(events.list);
        }
    }

    @Override
    public String toString() {
        return events().toString();
    }
}
