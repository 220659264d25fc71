package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlook and Exchange do not list the organizer among the people invited: a hiring manager's invitation with one
 * colleague makes only the colleague an interviewer. {@code add} says the organizer was left out, and how to add her.
 */
class AddOrganizerTest {
    private static final Path INVITATION = AddWorkspace.INVITATIONS.resolve("outlook-hiring-manager.ics");
    private static final String ORGANIZER_LINE = "The organizer, Maren Schneider"
            + " <maren.schneider@brightline-energy.de>, is not among the people invited (Outlook and Exchange leave"
            + " the organizer out), so is no interviewer and gets no thank-you; if you meet them, add to interviewers"
            + " in the file: { name = \"Maren Schneider\", email = \"maren.schneider@brightline-energy.de\" }";

    @TempDir
    Path tmp;

    private static List<String> emails(Interview iv) {
        return iv.interviewers().stream().map(Interviewer::email).toList();
    }

    /** The invitation as Outlook sends it, with its organizer's address replaced by {@code organizer}. */
    private Path organizedBy(String organizer) throws Exception {
        String original = Files.readString(INVITATION, StandardCharsets.UTF_8);
        String text = original.replace("ORGANIZER;CN=\"Schneider, Maren\";SENT-BY=\"mailto:paul.wagner@brightline"
                + "-ener\r\n gy.de\":mailto:maren.schneider@brightline-energy.de", "ORGANIZER:mailto:" + organizer);
        assertTrue(!text.equals(original), "the organizer is replaced");
        Path file = tmp.resolve("invite.ics");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theHiringManagerWhoOrganizedIsSaidToBeLeftOutWithTheLineToAddHer() throws Exception {
        AddWorkspace ws = new AddWorkspace(tmp.resolve("ws"));

        Cli.Result r = ws.add(INVITATION.toString());

        assertEquals(0, r.code(), r::toString);
        Interview iv = ws.interview("brightline-energy-controls-engineer");
        assertEquals(List.of("david.okoye@brightline-energy.de"), emails(iv), "the rule stays: the people invited");
        assertTrue(r.out().lines().anyMatch(ORGANIZER_LINE::equals), r::toString);
        assertTrue(r.out().lines().noneMatch(l -> l.contains("paul.wagner")), () -> "not who sent it for her:\n" + r);
    }

    /** A scheduling system, a team's shared mailbox or the user who organized is no one to thank: nothing said. */
    @Test
    void aSchedulerASharedMailboxOrTheUserAsOrganizerIsNotSaid() throws Exception {
        for (String organizer : List.of("no-reply@brightline-energy.de", "talent@brightline-energy.de",
                "scheduling@goodtime.io", "alex.morgan@posteo.de")) {
            AddWorkspace ws = new AddWorkspace(tmp.resolve(organizer));
            Files.writeString(ws.config(), Files.readString(ws.config()).replace("zone = \"America/New_York\" }",
                    "zone = \"America/New_York\", notify = \"alex.morgan@posteo.de\" }"));

            Cli.Result r = ws.add(organizedBy(organizer).toString());

            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().lines().noneMatch(l -> l.startsWith("The organizer")), () -> organizer + "\n" + r);
            assertEquals(List.of("david.okoye@brightline-energy.de"),
                    emails(ws.interview("brightline-energy-controls-engineer")), organizer);
        }
    }
}
