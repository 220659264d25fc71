package followup.web;

import followup.plan.Cause;
import followup.plan.PlannedMessage;
import followup.plan.State;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static followup.web.Html.anchor;
import static followup.web.Html.text;
import static followup.web.Html.url;

/**
 * What Resume would release beyond the user's own hold (the company's answer it sets aside, the messages that answer
 * or a server stopped), as the page showed it. Resume from the page sends what those hold; pressed on a page shown
 * before one of them came (a page without its script, or not brought up to date yet), it would send a follow-up after
 * the company answered without the user having seen the answer. So each Resume form carries what its page showed
 * ({@link #seen}), and a resume that would release something else is refused with what came since ({@link #unseen}).
 */
final class Resumes {
    /** The form field that carries what the page showed. */
    static final String FIELD = "seen";

    private Resumes() {
    }

    /** What a resume of {@code t} would release beyond the user's own hold, each in words. */
    static List<String> releasable(Desk.Timeline t) {
        List<String> out = new ArrayList<>();
        if (t.answered() != null) {
            out.add("the company's answer: " + t.answered());
        }
        for (PlannedMessage m : t.messages()) {
            boolean held = m.state() == State.HELD && m.cause() != Cause.USER_HOLD;
            if (m.applies() && (held || m.state() == State.FAILED)) {
                out.add(m.key() + ": " + m.state().label() + (m.reason() == null || m.reason().isBlank() ? ""
                        : " (" + m.reason() + ")"));
            }
        }
        return out;
    }

    /** The value of the Resume form's {@link #FIELD}: a short digest of each of {@link #releasable}. */
    static String seen(Desk.Timeline t) {
        return String.join(" ", releasable(t).stream().map(Resumes::digest).toList());
    }

    /** What a resume of {@code now} would release that the form's page did not show ({@code seen}: its field). */
    static List<String> unseen(Desk.Timeline now, String seen) {
        Set<String> shown = Set.of(seen == null || seen.isBlank() ? new String[0] : seen.strip().split(" +"));
        return releasable(now).stream().filter(item -> !shown.contains(digest(item))).toList();
    }

    /**
     * The answer to a refused resume: what came since the page was shown, and a Resume of the interview as it is now
     * for the user who still wants it.
     *
     * @param view the candidate whose page the form was on, or null
     */
    static String refusal(Desk.Timeline now, List<String> unseen, String csrf, String view) {
        String id = now.interview().id();
        StringBuilder b = new StringBuilder("<p><a href=\"/" + (view == null ? "" : "?candidate=" + url(view))
                + "#iv-" + anchor(id) + "\">Back to the interviews</a></p><h1>Not resumed: " + text(id)
                + "</h1><p>Since the page you pressed Resume on was shown, this came, and Resume would set it aside"
                + " and send what it holds:</p><ul class=\"problems\">");
        for (String item : unseen) {
            b.append("<li>").append(text(item)).append("</li>");
        }
        b.append("</ul><p>Nothing was resumed. If you still want to, resume it as it is now:</p>")
                .append(Pages.form("/resume", id, csrf, view, "<input type=\"hidden\" name=\"" + FIELD
                        + "\" value=\"" + Html.esc(seen(now)) + "\"><button type=\"submit\" class=\"resume\">Resume"
                        + "<span class=\"sr\"> " + text(id) + "</span></button>"));
        return Pages.layout("Not resumed: " + id, b.toString());
    }

    private static String digest(String item) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(item.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
