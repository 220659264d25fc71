package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thank-you whose due instant passed while the daemon was down is caught up the next morning: it waits for the
 * recipient's send window to open and says "yesterday", not "today". The recipient's zone is chosen so that the
 * real clock stands a few seconds before 09:00 there, so that the real daemon, Quartz and GreenMail play it out.
 */
class CatchUpNextMorningTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void a_thank_you_caught_up_the_next_morning_says_yesterday_and_goes_out_when_the_window_opens()
            throws Exception {
        Instant opening = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(8);
        ZoneOffset zone = zoneWhereItIsNine(opening);
        LocalDate today = opening.atZone(zone).toLocalDate();
        String record = DaemonHarness.interviewAt(today.minusDays(1).atTime(10, 0), JANE, "")
                .replace("zone     = \"" + DaemonHarness.ZONE.getId() + "\"", "zone     = \"" + zone.getId() + "\"");
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.policyPlus("""
                    thank-you { after = 3h, latest = 48h }
                    send-window { enabled = true, days = [MON, TUE, WED, THU, FRI, SAT, SUN], from = "09:00", until = "17:00" }
                    """);
            h.record("acme", record);
            h.start();

            h.awaitTrue("the thank-you to be planned", () -> h.message(THANK_YOU).isPresent());
            StoredMessage planned = h.message(THANK_YOU).orElseThrow();
            assertTrue(planned.state() == State.PLANNED || planned.state() == State.SENT, planned.toString());

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            ZonedDateTime local = sent.sentAt().atZone(zone);
            assertFalse(local.toLocalTime().isBefore(LocalTime.of(9, 0)), "sent at " + local + ", before the window");
            assertTrue(local.toLocalTime().isBefore(LocalTime.of(17, 0)), "sent at " + local);
            assertEquals(today, local.toLocalDate());

            MimeMessage mail = h.delivered("jane@acme.example", sent.messageId());
            String body = mail.getContent().toString();
            assertTrue(body.contains(" yesterday"), body);
            assertFalse(body.contains("today"), body);
            assertFalse(mail.getSentDate().toInstant().isBefore(opening), "Date: " + mail.getSentDate());
        }
    }

    /** The fixed offset at which {@code instant} is 09:00:00 local time. */
    private static ZoneOffset zoneWhereItIsNine(Instant instant) {
        int secondOfDay = instant.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
        int offset = Math.floorMod(9 * 3600 - secondOfDay, 86_400);
        if (offset > 12 * 3600) {
            offset -= 86_400;
        }
        return ZoneOffset.ofTotalSeconds(offset);
    }
}
