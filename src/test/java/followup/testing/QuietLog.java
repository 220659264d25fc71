package followup.testing;

import ch.qos.logback.classic.Level;
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
 * A test that provokes a warning asserts it, e.g. {@code assertEquals(1, log.warnings().size(), log.toString())}.
 * Only the named loggers are kept off the console: a warning from any other still shows.
 */
public final class QuietLog implements BeforeEachCallback, AfterEachCallback {
    private final ListAppender<ILoggingEvent> events = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent e) {
            e.prepareForDeferredProcessing();     // the message and MDC of the logging thread, read now
            synchronized (list) {
                list.add(e);
            }
        }
    };
    private final List<Logger> loggers;

    private QuietLog(List<Logger> loggers) {
        this.loggers = loggers;
    }

    public static QuietLog of(Class<?>... classes) {
        return new QuietLog(Arrays.stream(classes).map(c -> (Logger) LoggerFactory.getLogger(c)).toList());
    }

    /** The loggers named for what they tell rather than for a class (e.g. {@code "followup.daemon.RecordWarnings"}). */
    public static QuietLog of(String... names) {
        return new QuietLog(Arrays.stream(names).map(n -> (Logger) LoggerFactory.getLogger(n)).toList());
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

    /** The messages logged so far, formatted, in order. */
    public List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The messages logged at {@code level} so far, formatted, in order. */
    public List<String> messages(Level level) {
        return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The warnings so far, formatted, in order. */
    public List<String> warnings() {
        return messages(Level.WARN);
    }

    /** The errors so far, formatted, in order. */
    public List<String> errors() {
        return messages(Level.ERROR);
    }

    @Override
    public String toString() {
        return events().toString();
    }
}
