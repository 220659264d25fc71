package followup.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The page of everyone (key "") and of the candidates shown alone last, each as last rendered ({@link LiveView}): at
 * most {@link #KEPT}, so that going through a thousand candidates' pages does not keep each one's rendering.
 */
final class LiveViews {
    static final int KEPT = 16;

    private final Desk desk;
    private final String csrf;
    private final LongSupplier nanos;
    private final Map<String, LiveView> views = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LiveView> eldest) {
            return size() > KEPT;
        }
    };

    LiveViews(Desk desk, String csrf) {
        this(desk, csrf, System::nanoTime);
    }

    LiveViews(Desk desk, String csrf, LongSupplier nanos) {
        this.desk = desk;
        this.csrf = csrf;
        this.nanos = nanos;
    }

    /** The form token in the forms of these renderings. */
    String csrf() {
        return csrf;
    }

    /**
     * What the page of {@code candidate} ("" for everyone) shows now.
     *
     * @throws followup.config.BadInputException when there is no such candidate (nothing is kept for the name)
     */
    LiveView.Shown current(String candidate) {
        LiveView view;
        synchronized (views) {
            view = views.computeIfAbsent(candidate, c -> new LiveView(desk, c.isEmpty() ? null : c, csrf, nanos));
        }
        try {
            return view.current();
        } catch (RuntimeException e) {
            if (!candidate.isEmpty()) {
                synchronized (views) {
                    views.remove(candidate);
                }
            }
            throw e;
        }
    }

    /** A change made from the page: every view renders anew at its next look. */
    void changed() {
        List<LiveView> all;
        synchronized (views) {
            all = List.copyOf(views.values());
        }
        all.forEach(LiveView::changed);
    }
}
