package followup.daemon;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copies of one mailbox's sent messages on their way to its sent folder: queued by the send path, appended in
 * order by one thread of their own over the mailbox's open IMAP connection. The next message goes on the wire
 * without waiting for the IMAP server to file the last one (a copy is for the user's mail client; the message was
 * marked sent before it was queued). Stopping appends what is queued, for at most the given time; a copy still
 * queued when the process is killed is not made (the message itself went out and is marked {@code sent}).
 */
final class SentCopies implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SentCopies.class);
    private final Consumer<MimeMessage> append;
    private final Duration drain;
    private final ExecutorService thread;
    private final String candidate;

    /**
     * @param append    files one copy (and reports its own failures)
     * @param drain     how long {@link #close()} waits for the queued copies
     * @param candidate whose copies they are (named in the log's lines), or {@code ""} for the one job seeker
     */
    SentCopies(Consumer<MimeMessage> append, Duration drain, String candidate) {
        this.append = append;
        this.drain = drain;
        this.candidate = candidate;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(() -> {
                LogContext.ofCandidate(candidate);      // for the thread's life
                r.run();
            }, candidate.isEmpty() ? "followup-sent-copies" : "followup-sent-copies-" + candidate);
            t.setDaemon(true);
            return t;
        });
    }

    void add(MimeMessage copy) {
        try {
            thread.execute(() -> {
                try {
                    append.accept(copy);
                } catch (RuntimeException e) {
                    LOG.warn("Sent, but could not save a copy in the sent folder: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            append.accept(copy);       // stopping: file it on the caller's thread
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try (LogContext context = LogContext.ofCandidate(candidate)) {
            if (!thread.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Stopping with {} message(s) not yet copied to the sent folder", thread.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
