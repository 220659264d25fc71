package followup.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's desk, watched for the state database going out of reach and coming back. While its PostgreSQL server is
 * down, an open page asks every two seconds and every answer fails the same way: that is no line of the log each. The
 * daemon's store warns of the outage once, whichever part of followup noticed it first, and says when the server is
 * back ({@link StateUnreachable#toldByStore}); when nothing else says it, this says it, once when the page starts
 * failing and once when it can read the database again.
 */
final class StateWatch implements Desk {
    private static final Logger LOG = LoggerFactory.getLogger(StateWatch.class);

    private final Desk desk;
    /** While the page cannot read the database: whether this said so in the log (and says when it is back). */
    private final AtomicBoolean out = new AtomicBoolean();
    private volatile boolean said;

    StateWatch(Desk desk) {
        this.desk = desk;
    }

    @Override
    public Overview overview(String candidate) {
        return read(() -> desk.overview(candidate));
    }

    @Override
    public List<Preview> previews(String id, String key) {
        return read(() -> desk.previews(id, key));
    }

    @Override
    public Timeline timeline(String id) {
        return read(() -> desk.timeline(id));
    }

    @Override
    public String hold(String id, String reason) {
        return desk.hold(id, reason);
    }

    @Override
    public String resume(String id) {
        return desk.resume(id);
    }

    @Override
    public Added add(String fileName, byte[] content, String id, String candidate) {
        return desk.add(fileName, content, id, candidate);
    }

    private <T> T read(Supplier<T> read) {
        T result;
        try {
            result = read.get();
        } catch (StateUnreachable e) {
            if (out.compareAndSet(false, true)) {
                said = !e.toldByStore();
                if (said) {
                    LOG.warn("Page: {} The page says so until it can read the state database again",
                            e.getMessage());
                }
            }
            LOG.debug("Page: the state database cannot be reached: {}", e.getMessage());
            throw e;
        }
        if (out.compareAndSet(true, false) && said) {
            LOG.info("Page: the state database answers again");
        }
        return result;
    }
}
