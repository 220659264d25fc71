package followup.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import followup.store.ConnectionLossFilter;
import java.util.Map;

/**
 * The logging of every command, set up by logback through {@code META-INF/services} before it would look for a
 * {@code logback.xml}: one console appender, {@code CONSOLE}, on stderr ({@code followup.log.target} =
 * {@code System.out} for the daemon), and the levels below. This was a logback.xml; reading it took logback's XML
 * configurator a good part of a short command's start-up (an XML parser, and a hundred classes and lambdas of
 * its own), for a configuration that never changes.
 *
 * <p>A {@code logback-test.xml} on the class path (the tests') or a file named by {@code -Dlogback.configurationFile}
 * wins, as it would over a logback.xml: logback's own configurator then reads it.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    static final String APPENDER = "CONSOLE";
    /** A line about one candidate's work names them in brackets: {@code WARN  [alice] Mailbox - ...}. */
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %replace([%X{candidate}] ){'^\\[\\] $', ''}"
            + "%logger{0} - %msg%n";
    /** The level of each logger; {@code followup}'s is {@code followup.log.level}, INFO by default. */
    static final Map<String, Level> LEVELS = Map.of(Logger.ROOT_LOGGER_NAME, Level.WARN, "org.quartz", Level.WARN,
            "freemarker", Level.WARN, "com.icegreen", Level.WARN,
            // ical4j warns with a stack trace for each odd property of an invitation it skips: expected, not news
            "net.fortuna.ical4j", Level.ERROR);

    public ConsoleLogging() {
        // found and made by logback's ServiceLoader
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || hasResource("logback-test.xml")
                || hasResource("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void configureConsole(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER);
        // logs go to stderr, so stdout carries only what a command prints (plan --json stays clean)
        console.setTarget(property("followup.log.target", "System.err"));
        console.setEncoder(encoder);
        console.start();
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        setLevel(context.getLogger("followup"), property("followup.log.level", "INFO"));
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(console);
        ConnectionLossFilter losses = new ConnectionLossFilter();
        losses.setContext(context);
        losses.start();
        context.addTurboFilter(losses);
    }

    /** As logback.xml's {@code ${name:-fallback}} read it: a system property, else an environment variable. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null ? fallback : value;
    }

    /** As logback's XML configurator sets a logger's level: blank leaves it, INHERITED or NULL clears it. */
    private static void setLevel(Logger logger, String level) {
        if (level.isBlank()) {
            return;
        }
        if (level.equalsIgnoreCase("INHERITED") || level.equalsIgnoreCase("NULL")) {
            logger.setLevel(null);
        } else {
            logger.setLevel(Level.toLevel(level));
        }
    }

    private static boolean hasResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : ConsoleLogging.class.getClassLoader()).getResource(name) != null;
    }
}
