package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A template that never finishes rendering costs the daemon one message, not its send loop. */
class HostileTemplateTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void an_endless_loop_in_one_records_template_fails_that_message_and_the_others_still_go_out() throws Exception {
        Path templates = Files.createDirectories(root.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Files.writeString(templates.resolve("endless.ftl"), "Subject: Thank you\n\n<#list 1.. as i></#list>\n");
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.templates(templates).policyPlus("""
                    debrief { enabled = false }
                    follow-up { after = 10m }
                    """);
            h.record("loop", DaemonHarness.interview(Duration.ZERO, JANE, "templates { thank-you = \"endless.ftl\" }"));
            h.record("acme", DaemonHarness.interview(Duration.ZERO, RAJ, ""));
            h.start();

            StoredMessage failed = h.awaitState("loop/thank-you/jane@acme.example", State.FAILED);
            assertTrue(failed.reason().contains("endless.ftl") && failed.reason().contains("was stopped after 2s"),
                    failed.reason());
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            h.awaitTrue("a notice about the template reached the sender", () -> h.store().ofInterview("loop").stream()
                    .anyMatch(m -> m.isNotice() && m.state() == State.SENT
                            && m.subject().contains("could not write the thank-you")));

            assertEquals(0, h.inbox("jane@acme.example").size());
            assertEquals(1, h.inbox("raj@acme.example").size());

            // the notice says how the message goes once the template is fixed, and it does
            StoredMessage notice = h.store().ofInterview("loop").stream().filter(StoredMessage::isNotice).findFirst()
                    .orElseThrow();
            String text = h.delivered(DaemonHarness.SENDER, notice.messageId()).getContent().toString();
            assertTrue(text.contains("`followup validate`") && text.contains("`followup resume loop` sends the"
                    + " message"), text);
            Files.writeString(templates.resolve("endless.ftl"), "Subject: Thank you\n\nThank you for the"
                    + " conversation today.\n");
            assertEquals(0, h.cli("resume", "loop").code());
            h.awaitState("loop/thank-you/jane@acme.example", State.SENT);
            assertEquals(1, h.inbox("jane@acme.example").size());
        }
    }
}
