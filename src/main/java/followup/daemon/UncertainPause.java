package followup.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One sender's messages to companies after a send whose outcome is uncertain (the server took the message's data
 * and the connection ended before its answer): the next one would most likely meet the same fault and end uncertain
 * too, each a message the job seeker must then check by hand. So they wait, with the retries' back-off, until the
 * server answers a message again (the notice about the uncertain one, to the job seeker, goes at once and is the
 * first to try it), or until the pause is over: then the first message that comes tries the server, and another
 * uncertain outcome doubles the pause, up to the retries' longest wait. Thread-safe.
 */
final class UncertainPause {
    /** Until when messages wait, and why, in words for their reason. */
    record Until(Instant until, String why) {
    }

    private final Dispatcher.Retry retry;
    private Instant until;
    private Duration pause;
    private String why;

    UncertainPause(Dispatcher.Retry retry) {
        this.retry = retry;
    }

    /** While the pause lasts: until when, and why. */
    synchronized Optional<Until> at(Instant now) {
        return until != null && now.isBefore(until) ? Optional.of(new Until(until, "waiting: the server's answer to"
                + " the last message never came (" + why + "); tried again after " + pause.toSeconds() + " s, or"
                + " once the server answers another message")) : Optional.empty();
    }

    /** A send ended without the server's answer: the pause begins, or doubles. */
    synchronized void uncertain(Instant now, String why) {
        pause = pause == null ? retry.first() : pause.multipliedBy(2);
        if (pause.compareTo(retry.max()) > 0) {
            pause = retry.max();
        }
        until = now.plus(pause);
        this.why = why;
    }

    /** The server answered a message: the pause is over. */
    synchronized void answered() {
        until = null;
        pause = null;
        why = null;
    }
}
