package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's ids and fragments: one per interview, so that a link or a label never leads to another's. */
class HtmlAnchorTest {
    @Test
    void idsThatDifferOnlyByADotOrAnUnderscoreGetAnchorsOfTheirOwn() {
        assertNotEquals(Html.anchor("acme.onsite"), Html.anchor("acme-onsite"));
        assertNotEquals(Html.anchor("acme_onsite"), Html.anchor("acme-onsite"));
        assertNotEquals(Html.anchor("acme_onsite"), Html.anchor("acme.onsite"));
        assertEquals("acme-onsite", Html.anchor("acme-onsite"));
        assertEquals("bob-acme-platform", Html.anchor("bob/acme-platform"), "a candidate's interview, as before");
    }

    @Test
    void interviewsOfCandidatesWhoseNamesRunIntoEachOtherGetAnchorsOfTheirOwn() {
        assertNotEquals(Html.anchor("anna/lee-corp"), Html.anchor("anna-lee/corp"));
        assertEquals("anna-lee-corp", Html.anchor("anna/lee-corp"));
        assertEquals("anna_2dlee-corp", Html.anchor("anna-lee/corp"));
        assertNotEquals(Html.anchor("acme\u02ea"), Html.anchor("acme.a"), "codes of every length stay apart");
    }

    @Test
    void everyIdARecordMayHaveHasItsOwnAnchorMadeOfCharactersAnIdAndAFragmentTake() {
        String alphabet = "abcXYZ019._-";
        Random random = new Random(20261207);
        // one page holds the ids of one kind: with a candidate's name (a deployment), or without (one job seeker)
        Map<Boolean, Map<String, String>> seen = Map.of(true, new HashMap<>(), false, new HashMap<>());
        for (int i = 0; i < 100_000; i++) {
            StringBuilder id = new StringBuilder("a");
            for (int n = random.nextInt(6); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                // a candidate's interview, NAME/ID (a deployment's ids all have one; a config without candidates, none)
                id.append("/b");
                for (int n = random.nextInt(4); n > 0; n--) {
                    id.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String anchor = Html.anchor(id.toString());
            assertTrue(anchor.matches("[A-Za-z0-9_-]+"), anchor);
            String before = seen.get(id.indexOf("/") > 0).putIfAbsent(anchor, id.toString());
            assertTrue(before == null || before.equals(id.toString()), before + " and " + id + " share " + anchor);
        }
    }
}
