package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.store.Database;
import followup.store.MailLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page of a deployment of candidates: each interview's times in its own job seeker's zone. */
class PageCandidatesTest {
    private static final Pattern YOURS = Pattern.compile("<span class=\"yours\">([^<]+)</span>");

    @TempDir
    Path tmp;
    private PageWorkspace ws;

    @BeforeEach
    void start() throws Exception {
        ws = PageWorkspace.startWithCandidates(tmp);
    }

    @AfterEach
    void stop() {
        ws.close();
    }

    @Test
    void eachInterviewShowsWhenItsMessagesGoOutInItsOwnCandidatesZone() throws Exception {
        String page = RawHttp.get(ws.port(), "/", Map.of("Cookie", ws.cookie())).body();

        List<String> alice = yours(section(page, "iv-alice-acme-platform"));
        List<String> bob = yours(section(page, "iv-bob-acme-platform"));
        assertFalse(alice.isEmpty(), page);
        assertEquals(alice.size(), bob.size(), page);
        assertTrue(alice.stream().allMatch(t -> t.endsWith(" EST")), () -> "alice is in New York: " + alice);
        assertTrue(bob.stream().allMatch(t -> t.endsWith(" CET")), () -> "bob is in Berlin: " + bob);
        assertTrue(page.contains("(the recipient's time, then the candidate's)"), page);
    }

    /**
     * What the mailbox poll saw for bob is shown on his own page in his zone, as {@code status --candidate bob} shows
     * it; on everyone's page, in this machine's.
     */
    @Test
    void aCandidatesOwnPageShowsTheirMailboxInTheirZone() throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("data/followup"))) {
            new MailLog(db, "bob").recordSeen("INBOX", 1, 7, Instant.parse("2027-01-14T15:30:00Z"),
                    "<r1@acme.example>", "jane.doe@acme.example", "Re: Thank you", "reply", "bob/acme-platform",
                    null);
        }
        Map<String, String> cookie = Map.of("Cookie", ws.cookie());
        String his = RawHttp.get(ws.port(), "/?candidate=bob", cookie).body();
        assertTrue(his.contains("<td>Thu 14 Jan 2027 16:30 CET</td>"), () -> "in Berlin time:\n" + his);
        String everyone = RawHttp.get(ws.port(), "/", cookie).body();
        assertTrue(everyone.contains("<td>Thu 14 Jan 2027 15:30 UTC</td>"), () -> "in this machine's:\n" + everyone);
    }

    /**
     * A page per candidate ({@code /?candidate=bob}), linked from everyone's: only their interviews, their part kept
     * current on its own, their name chosen in the upload form, and a hold made there comes back to it. A deployment
     * of a thousand candidates makes everyone's page tens of megabytes; one candidate's reads their records alone.
     */
    @Test
    void eachCandidateHasAPageOfTheirOwn() throws Exception {
        Map<String, String> cookie = Map.of("Cookie", ws.cookie());
        String everyone = RawHttp.get(ws.port(), "/", cookie).body();
        assertTrue(everyone.contains("<a href=\"/?candidate=bob\"><bdi>bob</bdi></a>"), everyone);
        assertTrue(everyone.contains("iv-alice-acme-platform") && everyone.contains("iv-bob-acme-platform"));

        RawHttp.Response bobs = RawHttp.get(ws.port(), "/?candidate=bob", cookie);
        assertEquals(200, bobs.status(), bobs::toString);
        String bob = bobs.body();
        assertTrue(bob.contains("<h1>Interviews of <bdi>bob</bdi></h1>"), bob);
        assertTrue(bob.contains("iv-bob-acme-platform"), bob);
        assertFalse(bob.contains("iv-alice-acme-platform"), "alice's interview on bob's page:\n" + bob);
        assertTrue(bob.contains("<option value=\"bob\" selected>"), "the upload is bob's unless changed:\n" + bob);
        assertTrue(bob.contains("href=\"/?candidate=bob\" aria-current=\"page\""), bob);

        String bobsVersion = RawHttp.get(ws.port(), "/state?candidate=bob", cookie).body();
        assertTrue(bob.contains(versionOf(bobsVersion)), bobsVersion + " is not the version of bob's page");
        String fragment = RawHttp.get(ws.port(), "/fragment?candidate=bob", cookie).body();
        assertTrue(fragment.contains("iv-bob-acme-platform") && !fragment.contains("iv-alice-acme-platform"),
                fragment);

        RawHttp.Response nobody = RawHttp.get(ws.port(), "/?candidate=carol", cookie);
        assertEquals(404, nobody.status(), nobody::toString);
        assertTrue(nobody.body().contains("no such candidate"), nobody::toString);

        String self = "http://127.0.0.1:" + ws.port();
        RawHttp.Response held = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin", self),
                "id=bob%2Facme-platform&reason=x&view=bob&csrf=" + PageWorkspace.csrf(bob));
        assertEquals(303, held.status(), held::toString);
        assertEquals("/?candidate=bob#iv-bob-acme-platform", held.headers().get("location"), held::toString);
        String after = RawHttp.get(ws.port(), "/?candidate=bob", cookie).body();
        assertTrue(after.contains("on hold"), "the hold shows at once on bob's page:\n" + after);
    }

    /**
     * bob and bob-lee are two job seekers; bob has an interview whose record is named lee-acme-platform, bob-lee one
     * named acme-platform. Each interview keeps an id of its own on the page, so that the link a hold comes back to,
     * a label and the focus kept across an update lead to that interview and not to the other's.
     */
    @Test
    void interviewsOfCandidatesWhoseNamesRunIntoEachOtherKeepIdsOfTheirOwn() throws Exception {
        Path candidates = tmp.resolve("conf/candidates");
        Path lee = Files.createDirectories(candidates.resolve("bob-lee/interviews")).getParent();
        Files.writeString(lee.resolve("candidate.conf"), """
                sender { name = "Bob Lee", email = "bob.lee@example.com", zone = "Europe/Berlin" }
                """);
        Files.copy(Path.of("conf/interviews/acme-platform.conf"), lee.resolve("interviews/acme-platform.conf"));
        Files.copy(Path.of("conf/interviews/acme-platform.conf"),
                candidates.resolve("bob/interviews/lee-acme-platform.conf"));

        Map<String, String> cookie = Map.of("Cookie", ws.cookie());
        String page = RawHttp.get(ws.port(), "/", cookie).body();
        assertTrue(page.contains("bob-lee/acme-platform") && page.contains("bob/lee-acme-platform"), page);
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), () -> "two elements with the id " + m.group(1) + " on the page");
        }

        RawHttp.Response held = RawHttp.postForm(ws.port(), "/hold", Map.of("Cookie", ws.cookie(), "Origin",
                "http://127.0.0.1:" + ws.port()), "id=bob%2Flee-acme-platform&csrf=" + PageWorkspace.csrf(page));
        assertEquals(303, held.status(), held::toString);
        String fragment = held.headers().get("location").replaceAll(".*#", "");
        String after = RawHttp.get(ws.port(), "/", cookie).body();
        assertTrue(section(after, fragment).contains("bob/lee-acme-platform"), "the hold leads back to " + fragment);
    }

    private static String versionOf(String state) {
        Matcher m = Pattern.compile("\"version\":\"([0-9a-f]+)\"").matcher(state);
        assertTrue(m.find(), state);
        return "data-version=\"" + m.group(1) + "\"";
    }

    /** The section of one interview on the page. */
    private static String section(String page, String id) {
        int start = page.indexOf("<section class=\"interview\" id=\"" + id + "\"");
        assertTrue(start >= 0, () -> "no " + id + " in\n" + page);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static List<String> yours(String section) {
        Matcher m = YOURS.matcher(section);
        List<String> times = new java.util.ArrayList<>();
        while (m.find()) {
            times.add(m.group(1));
        }
        return times;
    }
}
