package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interview loop a scheduler sends in UTC (GoodTime, Greenhouse): an afternoon in New York runs past midnight UTC,
 * and the loop is still one day, the user's, with everyone in it.
 */
class AddLoopInUtcTest {
    @TempDir
    Path tmp;

    private static String event(String uid, String start, String end, String part, String name, String email) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "@goodtime.io\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:" + start
                + "\r\nDTEND:" + end + "\r\nSUMMARY:Interview: Platform Engineer at Acme Corp - " + part + "\r\n"
                + "ORGANIZER;CN=Acme Recruiting:mailto:scheduling@goodtime.io\r\n"
                + "ATTENDEE;CN=" + name + ":mailto:" + email + "\r\n"
                + "ATTENDEE;CN=Alex Morgan:mailto:alex@example.com\r\nEND:VEVENT\r\n";
    }

    @Test
    void anAfternoonLoopPastMidnightUtcIsOneInterviewOnTheUsersDay() throws IOException {
        AddWorkspace ws = new AddWorkspace(tmp);   // the user in America/New_York
        Path f = tmp.resolve("loop.ics");
        Files.writeString(f, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//GoodTime.io//Scheduler//EN\r\n"
                + "METHOD:REQUEST\r\n"
                // listed as the scheduler lists them, not in time order
                + event("l2", "20270115T000000Z", "20270115T004500Z", "System Design", "Raj Patel",
                        "raj.patel@acme.example")
                + event("l1", "20270114T230000Z", "20270114T234500Z", "Coding", "Jane Doe", "jane.doe@acme.example")
                + event("l3", "20270116T150000Z", "20270116T160000Z", "Team Lunch", "Li Wei", "li.wei@acme.example")
                + "END:VCALENDAR\r\n");
        Cli.Result r = ws.add(f.toString());
        assertEquals(0, r.code(), r::toString);
        Interview iv = ws.interview("acme-corp-platform-engineer");
        assertEquals(LocalDateTime.parse("2027-01-14T18:00"), iv.at());
        assertEquals(List.of("jane.doe@acme.example", "raj.patel@acme.example"),
                iv.interviewers().stream().map(p -> p.email()).toList());
        assertTrue(r.out().contains("2 events on 2027-01-14") && r.out().contains("one interview at 18:00"),
                r::toString);
        assertTrue(r.out().contains("Not added: \"Interview: Platform Engineer at Acme Corp - Team Lunch\" at"
                + " 2027-01-16 10:00"), r::toString);
        assertTrue(r.out().contains("System Design\" at 2027-01-14 19:00"), r::toString);
        assertFalse(r.out().contains("Not added: \"Interview: Platform Engineer at Acme Corp - System Design"),
                r::toString);
    }
}
