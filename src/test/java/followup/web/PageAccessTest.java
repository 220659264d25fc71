package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.store.Database;
import followup.store.Holds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who the page answers: only its own address with its token; a change only from its own form. */
class PageAccessTest {
    @TempDir
    Path tmp;
    private PageWorkspace ws;

    @BeforeEach
    void start() throws IOException {
        ws = PageWorkspace.start(tmp);
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    private RawHttp.Response page() throws IOException {
        return RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie()));
    }

    private boolean held(String id) {
        Path db = tmp.resolve("data/followup.mv.db");
        if (!Files.exists(db)) {
            return false;
        }
        try (Database d = Database.open("jdbc:h2:file:" + tmp.resolve("data/followup"))) {
            return new Holds(d).held().contains(id);
        }
    }

    @Test
    void theTokenIsKeptInTheDataDirectoryForItsOwnerOnlyAndTheAddressCarriesIt() throws IOException {
        Path file = tmp.resolve("data").resolve(AccessToken.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(ws.token().length() >= 40, ws.token());
        assertEquals("http://127.0.0.1:" + ws.port() + "/?token=" + ws.token(), ws.page.url());
    }

    @Test
    void theLogSaysWhereThePageIsButNeverItsToken(@TempDir Path other) throws IOException {
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(followup.cli.LocalPage.class);
        lines.start();
        log.addAppender(lines);
        try (PageWorkspace second = PageWorkspace.start(other)) {
            String token = second.token();
            List<String> said = lines.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .toList();
            assertTrue(said.stream().anyMatch(l -> l.contains("http://127.0.0.1:" + second.port() + "/")), said.toString());
            assertTrue(said.stream().noneMatch(l -> l.contains(token)), said.toString());
        } finally {
            log.detachAppender(lines);
        }
    }

    @Test
    void theAddressWithTheTokenSetsAnHttpOnlyStrictCookieAndLeavesTheTokenOutOfThePage() throws IOException {
        RawHttp.Response first = RawHttp.get(ws.port(), "/?token=" + ws.token(), Map.of());
        assertEquals(303, first.status(), first::toString);
        String cookie = first.headers().get("set-cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        RawHttp.Response deep = RawHttp.get(ws.port(), "/preview?id=acme-platform&token=" + ws.token(), Map.of());
        assertEquals("/preview?id=acme-platform", deep.headers().get("location"), "the rest of the address is kept");
        RawHttp.Response page = page();
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Acme Corp") && page.body().contains("Nordlicht Analytics"), page.body());
        assertFalse(page.body().contains(ws.token()), "the token never appears in the page");
        assertTrue(page.headers().get("content-security-policy").contains("script-src 'self'"), page::toString);
    }

    @Test
    void theCookieIsNamedAfterThePortSoThatTheCookieOfAPageOnAnotherPortIsNotThisOnes() throws IOException {
        String cookie = RawHttp.get(ws.port(), "/?token=" + ws.token(), Map.of()).headers().get("set-cookie");
        assertTrue(cookie.startsWith("followup_" + ws.port() + "=" + ws.token() + ";"), cookie);
        String mine = "followup_" + ws.port() + "=" + ws.token();
        assertEquals(200, RawHttp.get(ws.port(), "/", Map.of("Cookie", "a=b; " + mine + "; c=d")).status());
        for (String other : List.of("followup_" + (ws.port() + 1) + "=" + ws.token(), "followup-token=" + ws.token(),
                "xfollowup_" + ws.port() + "=" + ws.token())) {
            RawHttp.Response r = RawHttp.get(ws.port(), "/", Map.of("Cookie", other));
            assertEquals(401, r.status(), other + ": " + r);
        }
    }

    /** RFC 6265 allows a cookie's value in double quotes; a client that sends it so is let in as without them. */
    @Test
    void aQuotedCookieValueIsRead() throws IOException {
        String quoted = Guard.cookieName(ws.port()) + "=\"" + ws.token() + "\"";
        RawHttp.Response r = RawHttp.get(ws.port(), "/", Map.of("Cookie", "a=\"b\"; " + quoted));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("Acme Corp"), r.body());
        String wrong = Guard.cookieName(ws.port()) + "=\"" + ws.token().substring(1) + "A\"";
        assertEquals(403, RawHttp.get(ws.port(), "/", Map.of("Cookie", wrong)).status());
    }

    /**
     * An address with a token that is not the page's (an old one, from before web-token was made anew) opens the page
     * in a browser whose cookie holds the page's token, without the old token in the address or in the cookie.
     */
    @Test
    void anOldTokenInTheAddressGivesWayToTheCookieOfThePagesToken() throws IOException {
        String old = "Q" + ws.token().substring(1, ws.token().length() - 1) + "Q";
        RawHttp.Response r = RawHttp.get(ws.port(), "/preview?id=acme-platform&token=" + old, Map.of("Cookie",
                ws.cookie()));
        assertEquals(303, r.status(), r::toString);
        assertEquals("/preview?id=acme-platform", r.headers().get("location"));
        assertEquals(null, r.headers().get("set-cookie"), "the old token never goes into the cookie");
        RawHttp.Response post = RawHttp.postForm(ws.port(), "/hold?token=" + old, Map.of("Cookie", ws.cookie(),
                "Origin", "http://127.0.0.1:" + ws.port()), "id=acme-platform&csrf=" + PageWorkspace.csrf(
                page().body()));
        assertEquals(303, post.status(), post::toString);
        assertEquals(403, RawHttp.get(ws.port(), "/?token=" + old, Map.of()).status(), "the old token alone");
    }

    /**
     * web-token deleted while the page is served, for a new token (the old address was shared by mistake): the address
     * web-url then prints opens the page, the old token no longer does, and the page's forms carry the form token of
     * the new one.
     */
    @Test
    void aTokenDeletedWhileThePageRunsGivesWayToTheNewOneWebUrlPrints() throws IOException {
        String old = ws.token();
        String oldCookie = ws.cookie();
        String oldCsrf = PageWorkspace.csrf(page().body());
        Files.delete(tmp.resolve("data").resolve(AccessToken.FILE));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = followup.cli.Main.execute(new String[] {"web-url", "--config", ws.config.toString()},
                PageWorkspace.BEFORE_INTERVIEWS, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertEquals(0, code, err::toString);
        String address = out.toString().strip();
        String fresh = address.substring(address.indexOf("token=") + "token=".length());
        assertFalse(fresh.equals(old), "a new token");

        RawHttp.Response opened = RawHttp.get(ws.port(), address.substring(address.indexOf('/', "http://".length())),
                Map.of());
        assertEquals(303, opened.status(), opened::toString);
        assertTrue(opened.headers().get("set-cookie").startsWith(Guard.cookieName(ws.port()) + "=" + fresh + ";"),
                opened::toString);
        RawHttp.Response now = page();
        assertEquals(200, now.status(), now::toString);
        String csrf = PageWorkspace.csrf(now.body());
        assertFalse(csrf.equals(oldCsrf), "the forms carry the new token's form token");

        assertEquals(403, RawHttp.get(ws.port(), "/", Map.of("Cookie", oldCookie)).status(), "the old cookie");
        assertEquals(403, RawHttp.get(ws.port(), "/?token=" + old, Map.of()).status(), "the old address");
        String self = "http://127.0.0.1:" + ws.port();
        RawHttp.Response stale = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin", self),
                "id=acme-platform&csrf=" + oldCsrf);
        assertEquals(403, stale.status(), stale::toString);
        // an open page of before the new token: its form is the page's own, and the answer says what to do
        assertTrue(stale.body().contains("reload the page"), stale.body());
        RawHttp.Response held = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin", self),
                "id=acme-platform&csrf=" + csrf);
        assertEquals(303, held.status(), held::toString);
        assertTrue(held("acme-platform"));
    }

    @Test
    void aRequestWithoutTheTokenIsRefused() throws IOException {
        RawHttp.Response r = RawHttp.get(ws.port(), "/", Map.of());
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.body().contains("followup web-url"), r.body());
        assertFalse(r.body().contains("Acme Corp"));
        assertEquals(401, RawHttp.get(ws.port(), "/state", Map.of()).status());
        assertEquals(401, RawHttp.get(ws.port(), "/preview?id=acme-platform", Map.of()).status());
    }

    @Test
    void aWrongTokenIsRefusedInTheAddressAndInTheCookie() throws IOException {
        String wrong = ws.token().substring(1) + "A";
        RawHttp.Response viaQuery = RawHttp.get(ws.port(), "/?token=" + wrong, Map.of());
        assertEquals(403, viaQuery.status(), viaQuery::toString);
        assertEquals(null, viaQuery.headers().get("set-cookie"), "no cookie for a wrong token");
        RawHttp.Response viaCookie = RawHttp.get(ws.port(), "/", Map.of("Cookie", "followup_" + ws.port() + "=" + wrong));
        assertEquals(403, viaCookie.status(), viaCookie::toString);
        assertFalse(viaCookie.body().contains("Acme Corp"));
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() throws IOException {
        // a DNS name rebound to 127.0.0.1 carries its own name in Host
        RawHttp.Response r = RawHttp.get(ws.port(), "/?token=" + ws.token(),
                Map.of("Host", "attacker.example:" + ws.port()));
        assertEquals(403, r.status(), r::toString);
        RawHttp.Response otherPort = RawHttp.get(ws.port(), "/", Map.of("Host", "127.0.0.1:1",
                "Cookie", ws.cookie()));
        assertEquals(403, otherPort.status(), otherPort::toString);
        assertEquals(200, RawHttp.get(ws.port(), "/", Map.of("Host", "localhost:" + ws.port(),
                "Cookie", ws.cookie())).status(), "localhost is the page's own name");
    }

    @Test
    void aForeignOriginIsRefusedEvenWithTheToken() throws IOException {
        RawHttp.Response r = RawHttp.get(ws.port(), "/state", Map.of("Cookie", ws.cookie(),
                "Origin", "http://attacker.example"));
        assertEquals(403, r.status(), r::toString);
    }

    @Test
    void aCrossSitePostIsRefusedAndHoldsNothing() throws IOException {
        String csrf = PageWorkspace.csrf(page().body());
        String form = "id=acme-platform&reason=x&csrf=" + csrf;
        String self = "http://127.0.0.1:" + ws.port();
        RawHttp.Response foreign = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(),
                "Origin", "http://attacker.example"), form);
        assertEquals(403, foreign.status(), foreign::toString);
        RawHttp.Response crossSite = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(),
                "Origin", self, "Sec-Fetch-Site", "cross-site"), form);
        assertEquals(403, crossSite.status(), crossSite::toString);
        RawHttp.Response noOrigin = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie()), form);
        assertEquals(403, noOrigin.status(), noOrigin::toString);
        RawHttp.Response noFormToken = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(),
                "Origin", self), "id=acme-platform&reason=x");
        assertEquals(403, noFormToken.status(), noFormToken::toString);
        RawHttp.Response wrongFormToken = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(),
                "Origin", self), "id=acme-platform&reason=x&csrf=" + csrf.substring(2));
        assertEquals(403, wrongFormToken.status(), wrongFormToken::toString);
        assertFalse(held("acme-platform"), "no refused request held anything");

        RawHttp.Response own = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin", self),
                form);
        assertEquals(303, own.status(), own::toString);
        assertTrue(held("acme-platform"), "the page's own form holds");
        assertTrue(page().body().contains("on hold"));
    }

    @Test
    void aPostWithoutTheTokenIsRefusedBeforeItsBodyIsRead() throws IOException {
        // the request says a body of 5 MB follows and sends none: the refusal must not wait for it (nor parse it)
        try (Socket s = new Socket("127.0.0.1", ws.port())) {
            s.setSoTimeout(15_000);
            s.getOutputStream().write(("POST /add HTTP/1.1\r\nHost: 127.0.0.1:" + ws.port() + "\r\nContent-Type:"
                    + " multipart/form-data; boundary=B\r\nContent-Length: 5000000\r\n\r\n--B\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", status);
        }
        RawHttp.Response put = RawHttp.send(ws.port(), "PUT", "/", Map.of(), "text/plain", new byte[0]);
        assertEquals(401, put.status(), put::toString);
        RawHttp.Response putWithToken = RawHttp.send(ws.port(), "PUT", "/", Map.of("Cookie", ws.cookie()),
                "text/plain", new byte[0]);
        assertEquals(405, putWithToken.status(), putWithToken::toString);
        assertEquals("GET, HEAD, POST", putWithToken.headers().get("allow"));
    }

    /** HEAD answers as GET does, headers alone, for every page a GET reads (a link checker, a monitor's probe). */
    @Test
    void headAnswersLikeGetWithoutTheBody() throws IOException {
        Map<String, String> cookie = Map.of("Cookie", ws.cookie());
        for (String target : List.of("/", "/fragment", "/state", "/preview?id=acme-platform")) {
            RawHttp.Response get = RawHttp.get(ws.port(), target, cookie);
            RawHttp.Response head = RawHttp.send(ws.port(), "HEAD", target, cookie, "text/plain", new byte[0]);
            assertEquals(200, get.status(), () -> target + ": " + get);
            assertEquals(200, head.status(), () -> target + ": " + head);
            assertEquals(get.headers().get("content-type"), head.headers().get("content-type"), target);
            assertEquals("", head.body(), target);
        }
        assertEquals(401, RawHttp.send(ws.port(), "HEAD", "/state", Map.of(), "text/plain", new byte[0]).status());
    }

    @Test
    void aHoldOfAnInterviewThatDoesNotExistGetsAPageThatSaysSo() throws IOException {
        String csrf = PageWorkspace.csrf(page().body());
        String self = "http://127.0.0.1:" + ws.port();
        for (String id : List.of("nonexistent", "", "..%2Fapplication")) {
            RawHttp.Response r = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin", self),
                    "id=" + id + "&reason=x&csrf=" + csrf);
            assertEquals(404, r.status(), r::toString);
            assertTrue(r.body().contains("no interview with id"), r.body());
            assertTrue(r.body().contains("acme-platform"), "the page names the interviews there are: " + r.body());
        }
    }

    @Test
    void theTokenIsTakenOutOfTheAddressHoweverItsNameIsWritten() throws IOException {
        RawHttp.Response r = RawHttp.get(ws.port(), "/?%74oken=" + ws.token() + "&candidate=", Map.of());
        assertEquals(303, r.status(), r::toString);
        assertEquals("/?candidate=", r.headers().get("location"));
        assertFalse(r.headers().get("location").contains(ws.token()));
    }

    @Test
    void everyRecordValueIsEscapedAndRecordProblemsShowTheirFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("conf/interviews/hostile.conf"), """
                company  = "<script>document.title='owned'</script>"
                position = "A & B \\"quoted\\" <b>bold</b>"
                at       = "2027-01-20T10:00"
                interviewers = [ { name = "<img src=x onerror=alert(1)>", email = "eve@hostile.example" } ]
                """);
        Files.writeString(tmp.resolve("conf/interviews/broken.conf"), """
                company  = "Broken Inc"
                position = "Engineer"
                at       = "next week"
                interviewers = [ { name = "Bob" } ]
                """);
        String body = page().body();
        assertFalse(body.contains("<script>document"), body);
        assertFalse(body.contains("<img src=x"), body);
        assertTrue(body.contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;"), body);
        assertTrue(body.contains("A &amp; B &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;"), body);
        assertTrue(body.contains("broken.conf</bdi></code>") || body.contains("broken.conf</bdi>:"), body);
        assertTrue(body.matches("(?s).*broken\\.conf</bdi>:3</code> <code><bdi>at</bdi></code>.*"), body);
    }
}
