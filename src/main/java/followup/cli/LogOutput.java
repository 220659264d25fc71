package followup.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import followup.config.Settings;
import org.slf4j.LoggerFactory;

/**
 * {@code followup.log.format}: the console appender of {@link ConsoleLogging} keeps its pattern for {@code text}; for
 * {@code json} it gets logback's JSON encoder, one object per line with the time (epoch milliseconds), level,
 * thread, logger, MDC fields (the message's {@code key}, {@code interview} and {@code step} while it is handled) and
 * the formatted message.
 */
final class LogOutput {
    private static final String APPENDER = "CONSOLE";

    private LogOutput() {
    }

    static void use(Settings.LogFormat format) {
        if (format != Settings.LogFormat.JSON
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (!(appender instanceof OutputStreamAppender<ILoggingEvent> console)) {
            return;
        }
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithKVPList(false);
        json.setWithMarkers(false);
        json.setWithFormattedMessage(true);
        json.start();
        console.stop();
        console.setEncoder(json);
        console.start();
    }
}
