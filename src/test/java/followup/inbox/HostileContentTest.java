package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.testing.QuietLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile messages again, now from the company (so they are replies, and their content is read for
 * invitations, return dates and rejections) and from a mailer daemon (so they are read as suspected bounces): reading
 * and classifying never fails, and nothing read carries a control character into a verdict.
 */
class HostileContentTest {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** The messages that can be read only in part: one warning each time one is read, none for the others. */
    private static final Set<String> READ_IN_PART = Set.of("broken boundary", "multiparts 100 deep", "report 100 deep",
            "unknown transfer encoding", "report not base64", "NULs in headers", "garbage status");
    private final Classifier classifier = new Classifier(Set.of("alex@example.test"), BounceFixturesTest.correlation());
    @RegisterExtension
    final QuietLog log = QuietLog.of(InboxMessages.class);

    static Stream<Map.Entry<String, byte[]>> hostile() {
        return Stream.of(
                Map.entry("broken boundary", HostileMessages.brokenBoundary()),
                Map.entry("missing closing boundary", HostileMessages.missingClosingBoundary()),
                Map.entry("multiparts 100 deep", HostileMessages.nestedMultiparts(100, false)),
                Map.entry("report 100 deep", HostileMessages.nestedMultiparts(100, true)),
                Map.entry("unknown transfer encoding", HostileMessages.unknownTransferEncoding()),
                Map.entry("report not base64", HostileMessages.reportWithBadTransferEncoding("jane@acme.test")),
                Map.entry("no headers", HostileMessages.noHeadersAtAll()),
                Map.entry("8-bit garbage", HostileMessages.eightBitGarbage()),
                Map.entry("NULs in headers", HostileMessages.nulsInHeaders()),
                Map.entry("unknown charset words", HostileMessages.unknownCharsetWords()),
                Map.entry("unknown charset parameter", HostileMessages.unknownCharsetParameter("jane@acme.test",
                        Fixtures.THANK_YOU_JANE)),
                Map.entry("garbage status", HostileMessages.reportWithGarbageStatus(Fixtures.THANK_YOU_JANE)),
                Map.entry("4 MB", HostileMessages.huge(4 * 1024 * 1024)),
                Map.entry("calendar garbage", HostileMessages.raw("From: x@elsewhere.test\nContent-Type:"
                        + " multipart/mixed; boundary=b\n\n--b\nContent-Type: text/calendar; method=REQUEST\n\n"
                        + "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=\u0000/../../etc:2027\u00ff\nATTENDEE;CN=\"\n"
                        + "END:VCALENDAR\n--b--\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostile_content_from_the_company_or_a_mailer_daemon_never_fails(Map.Entry<String, byte[]> hostile) {
        String text = new String(hostile.getValue(), StandardCharsets.ISO_8859_1);
        for (String from : new String[] {"jane@acme.test", "MAILER-DAEMON@mx.example.net"}) {
            byte[] bytes = text.replace(HostileMessages.STRANGER, from).replace("x@elsewhere.test", from)
                    .getBytes(StandardCharsets.ISO_8859_1);
            Verdict v = assertDoesNotThrow(() -> classifier.classify(
                    Fixtures.read(HostileMessages.mime(bytes), classifier)), hostile.getKey() + " from " + from);
            assertNotNull(v);
            assertFalse(CONTROL.matcher(v.toString()).find(), hostile.getKey() + ": " + v);
        }
        List<String> warnings = log.warnings();
        assertEquals(READ_IN_PART.contains(hostile.getKey()) ? 2 : 0, warnings.size(), "one warning per reading of a"
                + " message read only in part: " + warnings);
        for (String w : warnings) {
            assertTrue(w.contains(" was read only in part: ") && !CONTROL.matcher(w).find(), w);
        }
    }
}
