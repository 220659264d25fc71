package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ConsoleLogging sets logging up as the logback.xml it replaced did (with a candidate's name added to the lines
 * about their work), read by logback's XML configurator.
 */
class ConsoleLoggingTest {
    /** The logback.xml that ConsoleLogging replaced. */
    private static final String FORMER_XML = """
            <configuration>
              <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                <target>${followup.log.target:-System.err}</target>
                <encoder>
                  <pattern>%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %replace([%X{candidate}] ){'^\\[\\] $', ''}%logger{0} - %msg%n</pattern>
                </encoder>
              </appender>
              <logger name="followup" level="${followup.log.level:-INFO}"/>
              <logger name="org.quartz" level="WARN"/>
              <logger name="freemarker" level="WARN"/>
              <logger name="com.icegreen" level="WARN"/>
              <logger name="net.fortuna.ical4j" level="ERROR"/>
              <root level="WARN">
                <appender-ref ref="CONSOLE"/>
              </root>
            </configuration>
            """;
    private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "followup", "followup.daemon",
            "org.quartz", "freemarker", "com.icegreen", "net.fortuna.ical4j", "org.h2", "com.zaxxer");

    @Test
    void sameAsTheFormerXmlByDefault() throws JoranException {
        assertSame(null, null);
    }

    @Test
    void sameAsTheFormerXmlWithTheDaemonsTargetAndALevel() throws JoranException {
        assertSame("System.out", "DEBUG");
    }

    @Test
    void sameAsTheFormerXmlWithOddLevels() throws JoranException {
        assertSame(null, "loud");
        assertSame(null, "inherited");
        assertSame(null, " ");
    }

    @Test
    void aLineAboutACandidatesWorkNamesThemAndOtherLinesAreAsBefore() {
        LoggerContext context = new LoggerContext();
        ch.qos.logback.classic.PatternLayout layout = new ch.qos.logback.classic.PatternLayout();
        layout.setContext(context);
        layout.setPattern(ConsoleLogging.PATTERN);
        layout.start();
        Logger mailbox = context.getLogger("followup.daemon.Mailbox");
        ch.qos.logback.classic.spi.LoggingEvent alice = new ch.qos.logback.classic.spi.LoggingEvent(
                Logger.class.getName(), mailbox, ch.qos.logback.classic.Level.WARN, "Mailbox reachable again", null,
                null);
        alice.setMDCPropertyMap(java.util.Map.of("candidate", "alice"));
        ch.qos.logback.classic.spi.LoggingEvent anyone = new ch.qos.logback.classic.spi.LoggingEvent(
                Logger.class.getName(), mailbox, ch.qos.logback.classic.Level.WARN, "Mailbox reachable again", null,
                null);
        anyone.setMDCPropertyMap(java.util.Map.of());

        assertEquals("WARN  [alice] Mailbox - Mailbox reachable again", layout.doLayout(alice).substring(24).strip());
        assertEquals("WARN  Mailbox - Mailbox reachable again", layout.doLayout(anyone).substring(24).strip());
        context.stop();
    }

    private static void assertSame(String target, String level) throws JoranException {
        String oldTarget = System.getProperty("followup.log.target");
        String oldLevel = System.getProperty("followup.log.level");
        try {
            set("followup.log.target", target);
            set("followup.log.level", level);
            LoggerContext fromXml = new LoggerContext();
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(fromXml);
            joran.doConfigure(new ByteArrayInputStream(FORMER_XML.getBytes(StandardCharsets.UTF_8)));
            LoggerContext fromCode = new LoggerContext();
            ConsoleLogging.configureConsole(fromCode);
            for (String name : LOGGERS) {
                assertEquals(fromXml.getLogger(name).getLevel(), fromCode.getLogger(name).getLevel(), name);
                assertEquals(fromXml.getLogger(name).getEffectiveLevel(), fromCode.getLogger(name).getEffectiveLevel(),
                        name);
            }
            ConsoleAppender<?> xml = assertInstanceOf(ConsoleAppender.class,
                    fromXml.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLogging.APPENDER));
            ConsoleAppender<?> code = assertInstanceOf(ConsoleAppender.class,
                    fromCode.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLogging.APPENDER));
            assertEquals(xml.getTarget(), code.getTarget());
            assertEquals(xml.isStarted(), code.isStarted());
            assertEquals(assertInstanceOf(PatternLayoutEncoder.class, xml.getEncoder()).getPattern(),
                    assertInstanceOf(PatternLayoutEncoder.class, code.getEncoder()).getPattern());
            fromXml.stop();
            fromCode.stop();
        } finally {
            set("followup.log.target", oldTarget);
            set("followup.log.level", oldLevel);
        }
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
