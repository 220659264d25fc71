package followup.web;

import com.sun.net.httpserver.HttpExchange;
import followup.config.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each page of the {@link WebServer} answers, once its request has passed the {@link Guard}: the overview, its
 * live part and that part's version, the previews, holding and resuming an interview, and adding an invitation.
 */
final class Routes {
    /** The page's log, under the name of the server it answers for. */
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Desk desk;
    private final AccessToken token;
    /** The renderings kept, with the form token of the access token they were made for. */
    private volatile LiveViews views;

    Routes(Desk desk, AccessToken token) {
        this.desk = desk;
        this.token = token;
        this.views = new LiveViews(desk, token.formToken());
    }

    void route(HttpExchange ex, String method, String path, Map<String, String> query,
               Map<String, String> form, byte[] body, String type) throws IOException {
        String csrf = token.formToken();
        // HEAD is GET without the body (Answers leaves it out), for every page a GET reads
        switch ((method.equals("HEAD") ? "GET" : method) + " " + path) {
            case "GET /", "GET /fragment", "GET /state" -> live(ex, path, query, csrf);
            case "GET /preview" -> preview(ex, query);
            case "POST /hold", "POST /resume" -> {
                String id = form.getOrDefault("id", "");
                try {
                    if (path.equals("/resume") && refusedAsStale(ex, id, form, csrf)) {
                        return;
                    }
                    LOG.info("Page: {}", path.equals("/hold") ? desk.hold(id, form.getOrDefault("reason", ""))
                            : desk.resume(id));
                } catch (BadInputException e) {           // no such interview (any longer): say which there are
                    Answers.send(ex, 404, "text/html", Pages.problems("nothing to " + path.substring(1), e.problems()));
                    return;
                } finally {
                    views.changed();
                }
                Answers.redirect(ex, back(form) + "#iv-" + Html.anchor(id));
            }
            case "POST /add" -> add(ex, body, type, form);
            default -> Answers.send(ex, 404, "text/html", Pages.refusal("no such page: " + path));
        }
    }

    /**
     * True when a resume would release what its form's page did not show (the company answered since): answered with
     * a 409 that says what came, and nothing resumed. Pressed twice, the second press finds nothing more to release.
     */
    private boolean refusedAsStale(HttpExchange ex, String id, Map<String, String> form, String csrf)
            throws IOException {
        Desk.Timeline now = desk.timeline(id);
        List<String> unseen = Resumes.unseen(now, form.get(Resumes.FIELD));
        if (unseen.isEmpty()) {
            return false;
        }
        String view = form.getOrDefault("view", "").strip();
        Answers.send(ex, 409, "text/html", Resumes.refusal(now, unseen, csrf, view.isEmpty() ? null : view));
        return true;
    }

    /**
     * The page (everyone's, or one candidate's with {@code ?candidate=NAME}), its live part, or that part's version;
     * an unknown candidate's is a 404 that says who is known.
     */
    private void live(HttpExchange ex, String path, Map<String, String> query, String csrf) throws IOException {
        String candidate = query.getOrDefault("candidate", "").strip();
        LiveView.Shown shown;
        try {
            shown = views(csrf).current(candidate);
        } catch (BadInputException e) {
            if (path.equals("/state")) {
                // an open page's script says what to fix instead of going on as if what it shows were current
                Answers.problems(ex, candidate.isEmpty() ? 500 : 404, e.problems());
                return;
            }
            if (candidate.isEmpty()) {
                throw e;
            }
            Answers.send(ex, 404, "text/html", Pages.problems("No page for candidate " + candidate, e.problems()));
            return;
        }
        switch (path) {
            case "/fragment" -> Answers.send(ex, 200, "text/html", shown.live());
            case "/state" -> Answers.send(ex, 200, "application/json", "{\"version\":\"" + shown.version() + "\"}");
            default -> Answers.send(ex, 200, "text/html", Pages.overview(shown.overview(), shown.live(), shown.version(),
                    csrf));
        }
    }

    /**
     * The kept renderings, made anew when the access token (so the form token in their forms) changed: its file was
     * deleted or replaced while the page is served.
     */
    private LiveViews views(String csrf) {
        synchronized (this) {
            if (!views.csrf().equals(csrf)) {
                views = new LiveViews(desk, csrf);
            }
            return views;
        }
    }

    /** The page a form was sent from: everyone's, or one candidate's ({@code view} in the form). */
    private static String back(Map<String, String> form) {
        String view = form.getOrDefault("view", "").strip();
        return view.isEmpty() ? "/" : "/?candidate=" + java.net.URLEncoder.encode(view, StandardCharsets.UTF_8);
    }

    private void preview(HttpExchange ex, Map<String, String> query) throws IOException {
        String id = query.getOrDefault("id", "");
        String key = query.get("key");
        try {
            List<Desk.Preview> all = desk.previews(id, key);
            List<Desk.Preview> shown = key == null ? all : all.stream().filter(p -> p.key().equals(key)).toList();
            if (shown.isEmpty()) {
                Answers.send(ex, 404, "text/html", Pages.refusal("no message " + key + " to preview"));
                return;
            }
            String view = query.getOrDefault("view", "").strip();
            Answers.send(ex, 200, "text/html", Pages.previews(id, shown, view.isEmpty() ? null : view));
        } catch (BadInputException e) {
            Answers.send(ex, 404, "text/html", Pages.problems("No preview", e.problems()));
        }
    }

    private void add(HttpExchange ex, byte[] body, String type, Map<String, String> form) throws IOException {
        Uploads.File file = type == null || !type.startsWith("multipart/form-data") ? null
                : Uploads.file(body, type, "invitation");
        if (file == null || file.content().length == 0) {
            Answers.send(ex, 400, "text/html", Pages.refusal("choose an invitation file (.ics or .eml) to add"));
            return;
        }
        Desk.Added added;
        try {
            added = desk.add(file.name(), file.content(), form.get("id"), form.get("candidate"));
        } catch (BadInputException e) {
            Answers.send(ex, 400, "text/html", Pages.problems("Not added", e.problems()));
            return;
        } finally {
            // before the answer: the page the browser asks for next must show the new record, not the last rendering
            views.changed();
        }
        String view = form.getOrDefault("view", "").strip();
        Answers.send(ex, added.problems().isEmpty() ? 201 : 422, "text/html", Pages.added(added,
                view.isEmpty() ? null : view));
    }
}
