package followup.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a request the page could not answer, other than for bad input: the state database out of reach
 * ({@link StateUnreachable}) is said as such, with its server and what to check; anything else is "something went
 * wrong", logged.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    static void answer(HttpExchange ex, RuntimeException e) {
        boolean state = ex.getRequestURI().getRawPath().equals("/state");
        if (e instanceof StateUnreachable) {
            // in the log once, not once a request (StateWatch)
            // an open page's script says so, and that what it shows may be out of date; a page opened now, the same
            Answers.answerFailure(ex, 503, state ? "application/json" : "text/html", state
                    ? Answers.json("unreachable", e.getMessage()) : unreachable(e.getMessage()));
            return;
        }
        LOG.warn("Page request failed: {}", e.toString());
        String why = "something went wrong on this page: " + e.getMessage();
        if (state) {
            // an open page's script says why it cannot be brought up to date, instead of passing over an HTML error
            // in silence
            Answers.answerFailure(ex, 503, "application/json", Answers.problemsJson(List.of(why)));
        } else {
            Answers.answerFailure(ex, 500, "text/html", Pages.refusal(why));
        }
    }

    /** A page (the whole page, a preview) that cannot be shown while the state database cannot be reached. */
    private static String unreachable(String why) {
        return Pages.layout("followup: the state database cannot be reached", "<h1>The state database cannot be"
                + " reached</h1><p>" + Html.text(why) + "</p><p>Reload this page once it is back.</p>");
    }
}
