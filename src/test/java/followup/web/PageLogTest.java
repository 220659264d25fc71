package followup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What an open page, which reads every record again each time it looks, puts in the daemon's log. */
class PageLogTest {
    @TempDir
    Path tmp;

    @Test
    void aWarningAboutARecordIsNotRepeatedInTheLogEachTimeThePageLooks() throws IOException {
        // Israel: a zone of a country Jollyday has no calendar for, which the daemon warns about
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Logger log = (Logger) LoggerFactory.getLogger(followup.holiday.PublicHolidays.class);
        lines.start();
        log.addAppender(lines);
        log.setAdditive(false);         // the test's console stays quiet
        try (PageWorkspace ws = PageWorkspace.start(tmp)) {
            Files.writeString(ws.config.getParent().resolve("interviews/negev.conf"), """
                    company  = "Negev Labs"
                    position = "Backend Engineer"
                    at       = "2027-01-17T10:00"
                    zone     = "Asia/Jerusalem"
                    interviewers = [ { name = "Noa Levi", email = "noa@negev.example", topics = ["the queue"] } ]
                    """);
            Map<String, String> cookie = Map.of("Cookie", ws.cookie());
            for (int look = 0; look < 3; look++) {
                RawHttp.Response page = RawHttp.get(ws.port(), "/preview?id=negev", cookie);
                assertEquals(200, page.status(), page::toString);
            }
            assertTrue(RawHttp.get(ws.port(), "/", cookie).body().contains("Negev Labs"));
            List<String> warned = lines.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertTrue(warned.size() <= 1, "a page open for a day would log this every two seconds: " + warned);
        } finally {
            log.setAdditive(true);
            log.detachAppender(lines);
        }
    }
}
