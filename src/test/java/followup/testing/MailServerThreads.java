package followup.testing;

import java.util.regex.Pattern;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail serves each connection on a thread of its own, named after the protocol and the two ends
 * ({@code imaps:127.0.0.1:39361<-/127.0.0.1:51822}), and lets that thread die with an exception when the client
 * hangs up in the middle (the tests that refuse an untrusted certificate or cut a connection do so on purpose); the
 * JVM then prints the trace on the console. Such a thread's end goes to the log at DEBUG instead; any other thread's
 * uncaught exception is handled as before. Registered through {@code META-INF/services}.
 */
public final class MailServerThreads implements TestExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(MailServerThreads.class);
    private static final Pattern MAIL_SERVER = Pattern.compile("(smtps?|imaps?|pop3s?):[^<]+<-/.+");

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (MAIL_SERVER.matcher(thread.getName()).matches()) {
                LOG.debug("The test mail server's connection thread {} ended: {}", thread.getName(), e.toString());
            } else if (before != null) {
                before.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        });
    }
}
