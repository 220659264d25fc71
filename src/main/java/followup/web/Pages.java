package followup.web;

import followup.config.Problem;
import followup.plan.Interview;
import followup.plan.PlannedMessage;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static followup.web.Html.anchor;
import static followup.web.Html.esc;
import static followup.web.Html.text;
import static followup.web.Html.url;

/**
 * The page's HTML, rendered on the server. Every value from a record, a mail or a template goes through esc; shown as
 * text, through {@link Html#text}, which isolates its direction too.
 */
final class Pages {
    static final followup.config.Display.Moment WHEN = followup.config.Display.WHEN;

    /** What the mailbox poll's verdicts mean, in words. */
    private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("reply", "reply",
            "autoreply", "auto-reply", "bounce", "bounce", "delayed", "delayed (the server still tries)",
            "undelivered", "undelivered (the server gave up)");

    private Pages() {
    }

    static String layout(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><link rel=\"stylesheet\" href=\"/app.css\">"
                + "<script src=\"/app.js\" defer></script></head><body>"
                + "<a class=\"skip\" href=\"#main\">Skip to the interviews</a>"
                + "<header><a class=\"home\" href=\"/\">followup</a></header>"
                + "<main id=\"main\">" + body + "</main></body></html>\n";
    }

    /** The whole page: the live part (see {@link #live}) and the upload form. */
    static String overview(Desk.Overview o, String live, String version, String csrf) {
        return layout("followup", candidates(o) + "<h1>" + (o.only() == null ? "Your interviews"
                : "Interviews of " + text(o.only())) + "</h1>"
                + "<p class=\"lead\">Every message followup plans, when it goes out (the recipient's time, then "
                + (o.candidates().isEmpty() ? "yours, " + esc(o.zone().getId()) : "the candidate's") + ") and why."
                // the page's script replaces this with "This page follows the daemon as it works." when it runs: a
                // browser without JavaScript (or that blocks it) keeps what the page is then, a snapshot
                + " <span id=\"follows\">Without JavaScript this page does not follow the daemon by itself: reload it"
                + " to see what changed.</span>"
                + " <span id=\"updated\" role=\"status\" aria-live=\"polite\"></span></p>"
                + "<div id=\"live\" data-version=\"" + esc(version) + "\">" + live + "</div>"
                + addForm(csrf, o.candidates(), o.only()));
    }

    /**
     * In a deployment of candidates: a link to everyone's page and one to each candidate's own (a page of one
     * candidate reads only their records, and stays small and quick with a thousand of them).
     */
    private static String candidates(Desk.Overview o) {
        if (o.candidates().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav class=\"candidates\" aria-label=\"Candidates\">Show: <a href=\"/\"")
                .append(o.only() == null ? " aria-current=\"page\"" : "").append(">everyone</a>");
        for (String name : o.candidates()) {
            b.append(" · <a href=\"/?candidate=").append(url(name)).append("\"")
                    .append(name.equals(o.only()) ? " aria-current=\"page\"" : "").append(">").append(text(name))
                    .append("</a>");
        }
        return b.append("</nav>").toString();
    }

    /** What changes while the daemon works: problems, the interviews' timelines, the mailbox. */
    static String live(Desk.Overview o, String csrf) {
        StringBuilder b = new StringBuilder();
        if (!o.problems().isEmpty()) {
            b.append("<section class=\"problems\" aria-labelledby=\"problems-h\"><h2 id=\"problems-h\">Record problems"
                    + "</h2><p>Until each is fixed, followup goes on with its last good version, or plans nothing"
                    + " for a record that never had one:</p><ul>");
            for (Problem p : o.problems()) {
                b.append("<li><code>").append(text(p.file())).append(p.line() > 0 ? ":" + p.line() : "")
                        .append("</code>").append(p.key().isEmpty() ? "" : " <code>" + text(p.key()) + "</code>")
                        .append(": ").append(text(p.message())).append("</li>");
            }
            b.append("</ul></section>");
        }
        if (o.interviews().isEmpty()) {
            b.append("<p class=\"empty\">No interviews yet: add one from its invitation below.</p>");
        } else {
            b.append(counts(o.interviews()));
        }
        for (Desk.Timeline t : o.interviews()) {
            b.append(interview(t, csrf, o.only()));
        }
        b.append(mailbox(o));
        return b.toString();
    }

    /** The messages shown, counted per state, as {@code status} counts them: "3 sent · 9 planned · 1 held". */
    private static String counts(List<Desk.Timeline> interviews) {
        java.util.Map<followup.plan.State, Integer> n = new java.util.EnumMap<>(followup.plan.State.class);
        for (Desk.Timeline t : interviews) {
            t.messages().stream().filter(PlannedMessage::applies).forEach(m -> n.merge(m.state(), 1, Integer::sum));
        }
        List<String> parts = new java.util.ArrayList<>();
        n.forEach((state, count) -> parts.add(count + " " + state.label()));
        return "<p class=\"counts\">Messages: " + esc(String.join(" · ", parts)) + "</p>";
    }

    private static String interview(Desk.Timeline t, String csrf, String view) {
        Interview iv = t.interview();
        String a = anchor(iv.id());
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"interview\" id=\"iv-").append(a).append("\" aria-labelledby=\"h-").append(a)
                .append("\"><h2 id=\"h-").append(a).append("\"><span class=\"company\">").append(text(iv.company()))
                .append("</span> <span class=\"position\">").append(text(iv.position())).append("</span>")
                .append(iv.closed() ? " <span class=\"badge\">closed</span>" : "")
                .append(t.heldByYou() ? " <span class=\"badge held\">on hold</span>" : "").append("</h2>");
        b.append("<p class=\"meta\"><time datetime=\"").append(esc(iv.start().toOffsetDateTime().toString()))
                .append("\">").append(esc(WHEN.format(iv.start()))).append("</time> (").append(esc(iv.zone().getId()))
                .append(") · <code>").append(text(t.file())).append("</code> · <a href=\"/preview?id=")
                .append(url(iv.id())).append(from(view)).append("\">Preview all messages</a></p>");
        // a screen reader lists buttons and fields by their names alone: each names its interview
        String which = "<span class=\"sr\"> " + text(iv.company()) + " " + text(iv.position())
                + (iv.id().indexOf('/') > 0 ? " (" + text(iv.id().substring(0, iv.id().indexOf('/'))) + ")" : "")
                + "</span>";
        b.append("<div class=\"actions\">");
        b.append(form("/hold", iv.id(), csrf, view, "<label>Reason<span class=\"sr\"> to hold</span>" + which
                + " <input name=\"reason\" id=\"reason-" + a + "\" maxlength=\"200\" placeholder=\"optional\"></label>"
                + " <button type=\"submit\" class=\"hold\">Hold" + which + "</button>"));
        // what the page shows Resume would release: a resume pressed after something else came is refused
        b.append(form("/resume", iv.id(), csrf, view, "<input type=\"hidden\" name=\"" + Resumes.FIELD
                + "\" value=\"" + esc(Resumes.seen(t)) + "\"><button type=\"submit\" class=\"resume\">Resume" + which
                + "</button>"));
        b.append("</div>");
        if (t.answered() != null) {
            // also while the user's own hold covers the messages it holds: Resume sets it aside
            b.append("<p class=\"answered\">The company answered: ").append(text(t.answered()))
                    .append(". Resume sets the answer aside and sends what it holds.</p>");
        }
        b.append("<ol class=\"timeline\">");
        for (PlannedMessage m : t.messages()) {
            String state = m.state().name().toLowerCase(Locale.ROOT);
            b.append("<li class=\"msg state-").append(state).append("\" data-key=\"").append(esc(m.key()))
                    .append("\"><div class=\"step\">").append(text(m.step().id())).append("</div>")
                    .append("<div class=\"to\">").append(to(m)).append("</div>")
                    .append("<div class=\"due\"><span class=\"theirs\">").append(esc(when(m, m.to().zone())))
                    .append("</span><span class=\"yours\">").append(esc(when(m, t.senderZone())))
                    .append("</span></div>")
                    .append("<div class=\"state\">").append(esc(m.state().label())).append("</div>")
                    .append("<div class=\"reason\">").append(text(m.reason())).append("</div>");
            if (m.applies()) {
                b.append("<a class=\"open\" href=\"/preview?id=").append(url(iv.id())).append("&amp;key=")
                        .append(url(m.key())).append(from(view)).append("\">Preview<span class=\"sr\"> ").append(text(m.step().id()))
                        .append(" to ").append(text(recipient(m))).append("</span></a>");
            }
            b.append("</li>");
        }
        b.append("</ol></section>");
        return b.toString();
    }

    /** @param view the candidate whose page the form is on (the answer goes back there), or null */
    static String form(String action, String id, String csrf, String view, String controls) {
        return "<form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" name=\"csrf\" value=\""
                + esc(csrf) + "\"><input type=\"hidden\" name=\"id\" value=\"" + esc(id) + "\">"
                + (view == null ? "" : "<input type=\"hidden\" name=\"view\" value=\"" + esc(view) + "\">")
                + controls + "</form>";
    }

    private static String when(PlannedMessage m, ZoneId zone) {
        return (m.estimated() ? "about " : "") + WHEN.format(m.due().atZone(zone));
    }

    /** The recipient: the name, and the address under it. */
    private static String to(PlannedMessage m) {
        if (!m.step().toCompany()) {
            return "you" + (m.cc().isEmpty() ? "" : " <span class=\"addr\">+ "
                    + m.cc().stream().map(Html::text).collect(Collectors.joining(", "))
                    + "</span>");
        }
        return text(m.to().name()) + " <span class=\"addr\">" + (m.to().email() == null ? "(no email)"
                : text(m.to().email())) + "</span>";
    }

    static String recipient(PlannedMessage m) {
        if (!m.step().toCompany()) {
            return "you" + (m.cc().isEmpty() ? "" : " + " + String.join(", ", m.cc()));
        }
        return m.to().email() == null ? m.to().name() + " (no email)" : m.to().name() + " <" + m.to().email() + ">";
    }

    private static String mailbox(Desk.Overview o) {
        StringBuilder b = new StringBuilder("<section class=\"mailbox\" aria-labelledby=\"mail-h\"><h2 id=\"mail-h\">"
                + "Mailbox</h2>");
        if (o.mailbox().isEmpty()) {
            return b.append("<p>No reply, auto-reply or bounce seen yet").append(o.storeExists() ? ""
                    : " (the daemon has not run yet)").append(".</p></section>").toString();
        }
        b.append("<table><thead><tr><th scope=\"col\">Received</th><th scope=\"col\">What</th><th scope=\"col\">From"
                + "</th><th scope=\"col\">Subject</th><th scope=\"col\">Interview</th></tr></thead><tbody>");
        for (Desk.MailItem s : o.mailbox()) {
            b.append("<tr class=\"verdict-").append(anchor(s.verdict())).append("\"><td>")
                    .append(esc(WHEN.format(s.received().atZone(o.zone())))).append("</td><td>")
                    .append(esc(VERDICTS.getOrDefault(s.verdict(), s.verdict()))).append(s.detail() == null ? "" : " <small>(" + text(s.detail()) + ")</small>")
                    .append("</td><td>").append(text(s.from() == null ? "?" : s.from())).append("</td><td>")
                    .append(text(s.subject())).append("</td><td>");
            if (s.interviewId() != null && !s.interviewId().isBlank()) {
                for (String id : s.interviewId().split(",")) {
                    b.append("<a href=\"#iv-").append(anchor(id.strip())).append("\">").append(text(id.strip()))
                            .append("</a> ");
                }
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }

    private static String addForm(String csrf, List<String> candidates, String only) {
        return "<section class=\"add\" aria-labelledby=\"add-h\"><h2 id=\"add-h\">Add an interview</h2>"
                + "<p>From its calendar invitation: the .ics file, or the invitation mail saved as .eml (Google"
                + " Calendar, Outlook, Zoom). followup writes the record (never over an existing one), checks it and"
                + " shows its plan.</p>"
                + "<form method=\"post\" action=\"/add\" enctype=\"multipart/form-data\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(csrf) + "\">"
                + (only == null ? "" : "<input type=\"hidden\" name=\"view\" value=\"" + esc(only) + "\">")
                + "<label>Invitation <input type=\"file\" name=\"invitation\" id=\"invitation\""
                + " accept=\".ics,.eml,text/calendar,message/rfc822\" required></label> "
                + whose(candidates, only)
                + "<label>Id <input name=\"id\" id=\"add-id\" placeholder=\"default: company-position\""
                + " pattern=\"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\"></label> "
                + "<button type=\"submit\">Add</button></form></section>";
    }

    /**
     * Whose interview an upload is, in a deployment of candidates: a choice of their names (the only one chosen
     * already, or the one whose page this is); nothing for the one job seeker of a config without candidates.
     */
    private static String whose(List<String> candidates, String only) {
        if (candidates.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<label>For <select name=\"candidate\" id=\"add-candidate\" required>");
        if (candidates.size() > 1) {
            b.append("<option value=\"\">choose a candidate</option>");
        }
        for (String name : candidates) {
            b.append("<option value=\"").append(esc(name)).append("\"")
                    .append(candidates.size() == 1 || name.equals(only) ? " selected" : "").append(">").append(esc(name)).append("</option>");
        }
        return b.append("</select></label> ").toString();
    }

    /** A preview's link names the candidate whose page it is on, so that the preview leads back there. */
    private static String from(String view) {
        return view == null ? "" : "&amp;view=" + url(view);
    }

    /** @param view the candidate whose page the preview was opened from (its link leads back there), or null */
    static String previews(String id, List<Desk.Preview> previews, String view) {
        StringBuilder b = new StringBuilder("<p><a href=\"/" + (view == null ? "" : "?candidate=" + url(view))
                + "#iv-" + anchor(id) + "\">Back to the interviews</a></p>"
                + "<h1>Preview of " + text(id) + "</h1><p class=\"lead\">Exactly as it will be sent (rendered now; a"
                + " record edit before then changes it).</p>");
        for (Desk.Preview p : previews) {
            b.append("<article class=\"preview\" id=\"m-").append(anchor(p.key())).append("\"><h2>")
                    .append(text(p.key())).append("</h2><p class=\"meta\">").append(esc(p.state())).append(", ")
                    .append(esc(p.when())).append("</p><dl class=\"headers\">");
            for (Desk.Header h : p.headers()) {
                b.append("<dt>").append(esc(h.name())).append("</dt><dd>").append(text(h.value())).append("</dd>");
            }
            b.append("</dl><pre class=\"body\">").append(text(p.body())).append("</pre></article>");
        }
        return layout("Preview: " + id, b.toString());
    }

    /**
     * @param view the candidate whose page the upload was sent from, or null: its link leads to the page of the
     *             candidate whose interview it is (that one, unless another was chosen in the form)
     */
    static String added(Desk.Added a, String view) {
        String whose = view == null ? null : a.id().indexOf('/') > 0 ? a.id().substring(0, a.id().indexOf('/')) : view;
        StringBuilder b = new StringBuilder("<p><a href=\"/" + (whose == null ? "" : "?candidate=" + url(whose))
                + "#iv-" + anchor(a.id()) + "\">Back to the interviews</a></p>"
                + "<h1>Added " + text(a.id()) + "</h1>");
        lines(b, "notices", a.notices());
        b.append("<p>Wrote <code>").append(text(a.file())).append("</code>.</p>");
        lines(b, "warnings", a.warnings());
        b.append("<p>");
        if (!a.problems().isEmpty()) {
            b.append("It does not pass validate yet; fix these lines in the file:</p><ul class=\"problems\">");
            for (Problem p : a.problems()) {
                b.append("<li>").append(text(p.toString())).append("</li>");
            }
            return layout("Added " + a.id(), b.append("</ul>").toString());
        }
        b.append("Add what each interviewer talked about (topics), what was promised and the date they gave to the"
                + " file; the plan follows your edits.</p><pre class=\"plan\">").append(text(a.plan())).append("</pre>");
        return layout("Added " + a.id(), b.toString());
    }

    /** What add says on the console beside the record, one item a line, as text. */
    private static void lines(StringBuilder b, String kind, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append("<ul class=\"").append(kind).append("\">");
        for (String line : lines) {
            b.append("<li>").append(text(line)).append("</li>");
        }
        b.append("</ul>");
    }

    static String problems(String title, List<Problem> problems) {
        StringBuilder b = new StringBuilder("<p><a href=\"/\">Back to the interviews</a></p><h1>" + text(title)
                + "</h1><ul class=\"problems\">");
        for (Problem p : problems) {
            b.append("<li>").append(text(p.toString())).append("</li>");
        }
        return layout(title, b.append("</ul>").toString());
    }

    static String refusal(String why) {
        return layout("followup: refused", "<h1>Refused</h1><p>" + text(why) + "</p>");
    }

}
