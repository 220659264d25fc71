package followup.mail;

import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The one thread that times the writes of every SMTP and IMAP connection. Given a write timeout, Jakarta Mail wraps
 * each socket in one that starts a thread of its own to time its writes, unless the session names a
 * {@link ScheduledExecutorService} for them ({@code mail.<protocol>.executor.writetimeout}): a deployment of a
 * thousand candidates, each with an IMAP connection kept open, would otherwise keep a thousand idle threads.
 */
public final class WriteTimeouts {
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "followup-write-timeouts");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);    // a write that finished in time leaves nothing queued
    }

    private WriteTimeouts() {
    }

    /** Sets {@code mail.<protocol>.writetimeout} and the shared thread that enforces it. */
    public static void set(Properties session, String protocol, String millis) {
        session.put("mail." + protocol + ".writetimeout", millis);
        session.put("mail." + protocol + ".executor.writetimeout", TIMER);
    }
}
