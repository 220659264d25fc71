package followup.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The live part of the page as last rendered, and its version. An open page asks for the version every two seconds;
 * rendering it re-reads every record of every candidate and plans them, which a deployment of 1,000 candidates with
 * 5,000 interviews took 4 s of CPU to do. So a rendering is kept until it is older than ten times what it cost, and
 * at least a second: a single job seeker's page follows their edits within a second or two, as before, and a large
 * deployment's page within a minute, at a tenth of a core at most instead of all of one. A change made from the page
 * (a hold, a resume, an invitation added) is shown at once.
 */
final class LiveView {
    static final long MIN_AGE_NANOS = 1_000_000_000L;
    static final int COST_FACTOR = 10;

    private final Desk desk;
    private final String candidate;
    private final String csrf;
    private final LongSupplier nanos;

    /**
     * What the page shows now: the overview's frame (zone, candidates, whose page; its timelines, mailbox and
     * problems are kept only as rendered in {@code live}), the live part, and that part's version.
     */
    record Shown(Desk.Overview overview, String live, String version) {
    }

    private record Kept(Shown shown, long renderedAt, long cost) {
    }

    private Kept kept;

    /** @param candidate the one candidate this view shows, or null for everyone */
    LiveView(Desk desk, String candidate, String csrf, LongSupplier nanos) {
        this.desk = desk;
        this.candidate = candidate;
        this.csrf = csrf;
        this.nanos = nanos;
    }

    /** The last rendering while it is young enough (see the class), else a new one. */
    synchronized Shown current() {
        long start = nanos.getAsLong();
        if (kept == null || start - kept.renderedAt() >= Math.max(MIN_AGE_NANOS, COST_FACTOR * kept.cost())) {
            Desk.Overview o = desk.overview(candidate);
            String live = Pages.live(o, csrf);
            long done = nanos.getAsLong();
            Desk.Overview frame = new Desk.Overview(o.zone(), List.of(), List.of(), List.of(), o.storeExists(),
                    o.candidates(), o.only());
            kept = new Kept(new Shown(frame, live, version(live)), done, done - start);
        }
        return kept.shown();
    }

    /** Something changed from the page: the next look renders anew. */
    synchronized void changed() {
        kept = null;
    }

    static String version(String live) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(live.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
