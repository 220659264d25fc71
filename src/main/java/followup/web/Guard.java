package followup.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the page: a request to one of the page's own host names (no DNS rebinding), carrying the token (in
 * the address or the cookie set from it); a POST also from the page itself (Origin, or Referer, of the page's own
 * origin, and the form token). Everything else is refused with 403 (401 without any token).
 */
final class Guard {

    /** Why a request is refused, with its HTTP status. */
    record Refusal(int status, String why) {
    }

    private final AccessToken token;
    private final Set<String> hosts = new HashSet<>();
    private final String cookieName;

    Guard(AccessToken token, String bind, int port) {
        this.token = token;
        this.cookieName = cookieName(port);
        for (String h : List.of("127.0.0.1", "localhost", "[::1]", bind.contains(":") && !bind.startsWith("[")
                ? "[" + bind + "]" : bind)) {
            hosts.add((h + ":" + port).toLowerCase(Locale.ROOT));
        }
    }

    /** Empty when the request may go on: {@link #checkHeaders}, then for a POST {@link #checkForm}. */
    Optional<Refusal> check(String method, Headers headers, Map<String, String> query, Map<String, String> form) {
        Optional<Refusal> refused = checkHeaders(method, headers, query);
        return refused.isPresent() || !method.equals("POST") ? refused : checkForm(form);
    }

    /**
     * What can be told before the body is read: the host, the site, the token, and for a POST that it comes from
     * the page. Empty when the request may go on (a POST still needs {@link #checkForm}).
     */
    Optional<Refusal> checkHeaders(String method, Headers headers, Map<String, String> query) {
        String host = headers.getFirst("Host");
        if (host == null || !hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return refuse(403, "this page answers only to its own address (Host " + (host == null ? "missing"
                    : "not one of the page's") + ")");
        }
        String origin = headers.getFirst("Origin");
        boolean sameOrigin = origin != null && origin.equalsIgnoreCase("http://" + host.strip());
        if (origin != null && !sameOrigin) {
            return refuse(403, "requests from another site are refused (Origin)");
        }
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return refuse(403, "requests from another site are refused (Sec-Fetch-Site: " + site + ")");
        }
        String inAddress = query.get("token");
        String inCookie = cookie(headers.getFirst("Cookie"), cookieName);
        if (inAddress == null && inCookie == null) {
            return refuse(401, "this page needs its address with the token: run `followup web-url`");
        }
        // either will do: an address with an old token (from before web-token was made anew) opens the page in the
        // browser whose cookie holds the page's token, and the address with the token replaces a cookie's old one
        if (!token.matches(inAddress) && !token.matches(inCookie)) {
            return refuse(403, "wrong token: run `followup web-url` for the page's address");
        }
        if (method.equals("POST")) {
            if (!sameOrigin && !sameReferer(headers.getFirst("Referer"), host.strip())) {
                return refuse(403, "a change must come from the page itself (no Origin or Referer of its own)");
            }
        }
        return Optional.empty();
    }

    /** A POST's form carries the page's form token. */
    Optional<Refusal> checkForm(Map<String, String> form) {
        String given = form == null ? null : form.get("csrf");
        if (given == null) {
            return refuse(403, "a change must come from the page's own form (form token missing)");
        }
        if (!MessageDigest.isEqual(token.formToken().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            // most often a page opened before data/web-token was made anew: its forms carry the old form token
            return refuse(403, "a change must come from the page's own form, and this form's token is not the"
                    + " page's (a page opened before its access token changed): reload the page and send it again");
        }
        return Optional.empty();
    }

    private static boolean sameReferer(String referer, String host) {
        if (referer == null) {
            return false;
        }
        try {
            URI uri = URI.create(referer);
            return "http".equalsIgnoreCase(uri.getScheme()) && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The name of the cookie that keeps the token of the page on {@code port}: {@code followup_4580}. A browser keeps
     * cookies per host, not per port, and sends those of 127.0.0.1 to every port of it: named after its port, the
     * cookie of one page is not taken for (or replaced by) that of another page of this machine.
     */
    static String cookieName(int port) {
        return "followup_" + port;
    }

    /** True when the address carries the page's own token (which the cookie then keeps), not an old one. */
    boolean addressHasToken(Map<String, String> query) {
        return token.matches(query.get("token"));
    }

    /** The cookie that carries the token, as {@code Set-Cookie} gives it (for this page's port). */
    String cookieFor(String token) {
        return cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /**
     * The value of the cookie {@code name} in a {@code Cookie} header, or null: without the double quotes RFC 6265
     * allows around it ({@code name="value"}), and without the blanks some clients leave around the {@code =}.
     */
    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                String value = part.substring(eq + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static Optional<Refusal> refuse(int status, String why) {
        return Optional.of(new Refusal(status, why));
    }
}
