package followup.template;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs template work (loading, rendering) on a worker thread with a time limit and an output limit, so that a
 * template that loops, recurses or floods fails with a problem instead of holding the daemon or the command. On
 * time-out the worker is interrupted: every {@code <#list>} of a loaded template checks for that (see
 * {@link InterruptibleConfiguration}), and so does every write.
 */
final class Bounded {
    /** Characters one message may come to; a real one is a few paragraphs. */
    static final int MAX_OUTPUT = 100_000;

    private final Duration limit;
    private final ExecutorService workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "followup-render");
                t.setDaemon(true);
                return t;
            });

    Bounded(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the render time limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** Template work that writes to {@code out}. */
    interface Work {
        void run(Writer out) throws IOException, freemarker.template.TemplateException;
    }

    /** Why the work was stopped, for a problem: what happened, and where to look. */
    static final class Stopped extends RuntimeException {
        private final String hint;

        Stopped(String what, String hint) {
            super(what, null, false, false);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /**
     * What the work wrote.
     *
     * @throws Stopped               when the work ran out of time or output, or failed in a way FreeMarker does not
     *                               report itself (a stack overflow, say)
     * @throws CancellationException when the calling thread was interrupted while it waited
     */
    String run(Work work) throws IOException, freemarker.template.TemplateException {
        Capped out = new Capped();
        Future<?> future = workers.submit(() -> {
            work.run(out);
            return null;
        });
        try {
            future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return out.toString();
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Stopped("was stopped after " + seconds(limit) + " of rendering",
                    "look for a <#list> over a huge or endless range, or a macro that calls itself");
        } catch (InterruptedException e) {
            // the caller is being stopped (shutdown): not the template's fault, so not a problem with it
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("rendering was interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) throws IOException,
            freemarker.template.TemplateException {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof TooLong) {
                throw new Stopped("was stopped at " + MAX_OUTPUT + " characters of output",
                        "a message is a few paragraphs: look for a <#list> over a huge range");
            }
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof freemarker.template.TemplateException t) {
            throw t;
        }
        if (cause instanceof StackOverflowError) {
            throw new Stopped("nests or recurses too deeply to render",
                    "a macro or <#include> that calls itself, or thousands of nested directives");
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return new Stopped("cannot be rendered: " + cause.getClass().getSimpleName() + message, "");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    /** Thrown by a write past {@link #MAX_OUTPUT}. */
    private static final class TooLong extends IOException {
        TooLong() {
            super("output limit reached", null);
        }
    }

    /** Collects the output; refuses a write past the limit or after the worker was interrupted. */
    private static final class Capped extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            check(len);
            text.append(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            check(len);
            text.append(s, off, off + len);
        }

        private void check(int len) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("rendering stopped");
            }
            if (text.length() + (long) len > MAX_OUTPUT) {
                throw new TooLong();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
