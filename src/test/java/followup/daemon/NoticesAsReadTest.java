package followup.daemon;

import static followup.daemon.DaemonHarness.PASSWORD;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Problem;
import followup.config.RecordLoader;
import followup.config.Secret;
import followup.config.Settings;
import followup.inbox.DraftsFolder;
import followup.inbox.ImapConnector;
import followup.inbox.InboxMessage;
import followup.inbox.Invite;
import followup.inbox.Verdict;
import followup.plan.Interview;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.SettableClock;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.Reply;
import followup.store.StoredMessage;
import followup.template.Templates;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notices about a company's answer as the job seeker reads them (who wrote, about what, when in their own zone),
 * the record for the next round an invitation carries, and the answer drafted after a rejection, with the real store,
 * records and templates and the drafts folder on GreenMail. The job seeker lives in New York.
 */
class NoticesAsReadTest {
    private static final ZoneId NY = DaemonHarness.ZONE;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    // Sunday 6 December 2026, 12:00 in New York (17:00 UTC)
    private final SettableClock clock = SettableClock.at("2026-12-06T12:00", NY);
    private Database db;
    private MessageStore store;
    private RecordBook book;
    private Reconciler reconciler;
    private Answers answers;
    private MailFolder drafts;
    private Path interviews;

    @BeforeEach
    void setUp() throws Exception {
        interviews = Files.createDirectories(root.resolve("conf/interviews"));
        Files.writeString(interviews.resolve("invite.conf"), """
                company  = "Invite GmbH"
                position = "Entwickler (m/w/d)"
                at       = "2026-12-03T14:00"
                zone     = "Europe/Berlin"
                language = de
                country  = "AT"
                interviewers = [ { name = "Frau Eva Klein", email = "eva@invite.example", topics = ["Tests"] } ]
                """);
        Files.writeString(interviews.resolve("acme.conf"), """
                company  = "Acme Inc."
                position = "Platform Engineer"
                at       = "2026-12-04T10:00"
                zone     = "America/New_York"
                contact  = "jane@acme.example"
                interviewers = [
                  { name = "Jane Doe", email = "jane@acme.example", topics = ["the migration to Kubernetes", "on-call practices"] }
                  { name = "Raj Patel", email = "raj@acme.example", topics = ["the incident review process", "capacity planning"] }
                ]
                """);
        Files.writeString(interviews.resolve("vogel.conf"), """
                company  = "Beispiel GmbH"
                position = "Plattform-Ingenieur (m/w/d)"
                at       = "2026-12-04T10:00"
                zone     = "Europe/Berlin"
                language = de
                interviewers = [ { name = "Jonas Weiß", email = "jonas@beispiel.example", topics = ["Kubernetes"] } ]
                """);
        Path templates = Path.of("templates").toAbsolutePath();
        book = new RecordBook(interviews, new RecordLoader(NY, templates));
        book.loadNow();
        db = Database.open("jdbc:h2:file:" + root.resolve("data/followup"));
        store = new MessageStore(db);
        EventLog events = new EventLog(db);
        Sender sender = new Sender("Alex Morgan", SENDER, "+1 555 0100", NY, null, null);
        Notices notices = new Notices(store, events, sender, clock);
        reconciler = new Reconciler(book, new Planner(Policy.DEFAULTS, sender, clock), store, events, notices, clock);
        for (String id : List.of("invite", "acme", "vogel")) {
            reconciler.reconcile(id);
        }
        GreenMailUser alex = greenMail.setUser(SENDER, SENDER, PASSWORD);
        drafts = greenMail.getManagers().getImapHostManager().createMailbox(alex, "Drafts");
        ImapConnector imap = new ImapConnector(new Settings.Server("127.0.0.1", greenMail.getImap().getPort(),
                Settings.Security.PLAIN, SENDER, Secret.of(PASSWORD), Duration.ofSeconds(5), Duration.ofSeconds(5)));
        RejectionDrafts rejectionDrafts = new RejectionDrafts(new Templates(templates, Duration.ofSeconds(2)), sender,
                new DraftsFolder(imap, "Drafts"), clock);
        answers = new Answers(book, store, new MailLog(db), events, notices, rejectionDrafts, Set.of(SENDER), NY,
                clock, DeliveryListener.NONE, reconciler::reconcile);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private InboxMessage mail(String name, String address, String subject, String messageId) {
        return new InboxMessage("INBOX", 7, clock.instant(), messageId, address, subject, List.of(), Optional.empty(),
                Optional.empty(), new InboxMessage.Details(name, List.of(), false, null, null), Optional.empty());
    }

    private StoredMessage notice(String id, String prefix) {
        return store.all().stream().filter(s -> s.isNotice() && s.key().startsWith(id + "/notice/" + prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no notice " + prefix + " in " + store.all()));
    }

    private Invite secondRound() {
        return new Invite("REQUEST", "abc123@invite.example", "Zweites Gespräch",
                ZonedDateTime.of(LocalDateTime.parse("2026-12-15T10:00"), BERLIN),
                ZonedDateTime.of(LocalDateTime.parse("2026-12-15T11:00"), BERLIN),
                Optional.of(new Invite.Person("Eva Klein", "eva@invite.example")),
                List.of(new Invite.Attendee("Eva Klein", "eva@invite.example", "REQ-PARTICIPANT"),
                        new Invite.Attendee("Dr. Max Mustermann", "max@invite.example", "REQ-PARTICIPANT"),
                        new Invite.Attendee("Alex Morgan", SENDER, "REQ-PARTICIPANT")),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Interview loadNext(String body, String file) throws Exception {
        assertTrue(body.contains("conf/interviews/" + file), body);
        String record = body.substring(body.indexOf("company  = ")).replace("\n-- followup\n", "");
        Path path = interviews.resolve(file);
        Files.writeString(path, record);
        List<Problem> problems = new ArrayList<>();
        Interview next = new RecordLoader(NY, Path.of("templates").toAbsolutePath()).load(path, problems);
        assertEquals(List.of(), problems, record);
        return next;
    }

    @Test
    void the_next_rounds_record_keeps_the_language_the_country_and_how_a_known_interviewer_is_addressed()
            throws Exception {
        answers.invitation(new Verdict.Invitation(Set.of("invite"), "eva@invite.example", secondRound()),
                mail("Eva Klein", "eva@invite.example", "Einladung: Zweites Gespräch", "<inv.1@invite.example>"));
        Interview next = loadNext(notice("invite", "invitation:").body(), "invite-2026-12-15.conf");
        assertEquals("de", next.language());
        assertEquals("AT", next.country());
        assertEquals(List.of("Frau Eva Klein", "Dr. Max Mustermann"),
                next.interviewers().stream().map(i -> i.name()).toList());
    }

    private String rejection(String id, String name, String address, String subject) {
        answers.rejection(new Verdict.Rejection(Set.of(id), address,
                "We have decided to move forward with other candidates."),
                mail(name, address, subject, "<no." + address + ">"));
        String body = notice(id, "rejection:").body();
        return body.substring(body.indexOf("----\n") + 5, body.lastIndexOf("----\n"));
    }

    @Test
    void a_recruiter_written_last_name_first_is_greeted_first_name_first_and_told_of_no_topics_or_talks()
            throws Exception {
        String draft = rejection("acme", "Ortiz, Sam", "sam.ortiz@acme.example", "Your application");
        assertTrue(draft.startsWith("Subject: Re: Your application\n\nDear Sam,\n"), draft);
        assertFalse(draft.contains("Ortiz, Sam"), draft);
        // Sam was not in the interview: no talks with them, and none of the interviewers' topics
        assertFalse(draft.contains("you and the team"), draft);
        assertTrue(draft.contains("for the time the team gave me"), draft);
        for (String topic : List.of("Kubernetes", "on-call", "incident review", "capacity")) {
            assertFalse(draft.contains(topic), draft);
        }
        MimeMessage saved = (MimeMessage) drafts.getMessages().get(0).getMimeMessage();
        assertEquals("Re: Your application", saved.getSubject());
    }

    @Test
    void a_german_answer_keeps_the_reply_prefix_it_was_sent_with_and_greets_first_name_first() {
        String draft = rejection("vogel", "Vogel, Katrin", "katrin.vogel@beispiel.example", "AW: Ihre Bewerbung");
        assertTrue(draft.startsWith("Subject: AW: Ihre Bewerbung\n\nGuten Tag Katrin Vogel,\n"), draft);
        assertFalse(draft.contains("Kubernetes") || draft.contains("Sie und das Team"), draft);
        assertTrue(draft.contains("für die Zeit, die sich das Team im Auswahlverfahren"), draft);
    }

    @Test
    void an_interviewer_who_says_no_is_reminded_of_their_own_topics_only() {
        String draft = rejection("acme", "Raj Patel", "raj@acme.example", "Re: Thank you");
        assertTrue(draft.startsWith("Subject: Re: Thank you\n\nDear Raj,\n"), draft);
        assertTrue(draft.contains("for the time you and the team gave me"), draft);
        assertTrue(draft.contains("especially our conversation about the incident review process and capacity"
                + " planning."), draft);
        assertFalse(draft.contains("Kubernetes") || draft.contains("on-call"), draft);
    }

    private List<String> rejectionNotices(String id) {
        return store.all().stream().filter(s -> s.isNotice() && s.key().startsWith(id + "/notice/rejection:"))
                .map(StoredMessage::body).toList();
    }

    @Test
    void a_rejection_from_an_address_nobody_reads_points_to_the_contact_and_drafts_the_answer_to_them()
            throws Exception {
        answers.rejection(new Verdict.Rejection(Set.of("acme"), "careers-noreply@acme.example",
                "We have decided to move forward with other candidates."),
                mail("Acme Careers", "careers-noreply@acme.example", "Your application", "<no.1@acme.example>"));
        String body = rejectionNotices("acme").get(0);
        assertTrue(body.contains("careers-noreply@acme.example takes no replies"), body);
        assertTrue(body.contains("write to Jane Doe (jane@acme.example)"), body);
        assertTrue(body.contains("Dear Jane,"), body);
        // Jane did not write the no: the answer to her does not thank her for it
        assertFalse(body.contains("Thank you for letting me know"), body);
        assertTrue(body.contains("Dear Jane,\n\nI have received the decision on my application, and I want to thank"
                + " you for the time you and the team gave me"), body);
        assertTrue(body.contains("`followup resume acme`"), body);
        assertEquals(1, drafts.getMessages().size());
        MimeMessage saved = (MimeMessage) drafts.getMessages().get(0).getMimeMessage();
        assertEquals("jane@acme.example", saved.getAllRecipients()[0].toString());
        assertEquals(null, saved.getHeader("In-Reply-To", null), "not a reply in a thread Jane never saw");

        // a second one, with nothing left pending: no offer to resume what was not held
        clock.advance(Duration.ofMinutes(5));
        answers.rejection(new Verdict.Rejection(Set.of("acme"), "no-reply@acme.example",
                "We have decided to move forward with other candidates."),
                mail("", "no-reply@acme.example", "Update on your application", "<no.2@acme.example>"));
        String second = rejectionNotices("acme").stream().filter(b -> b.contains("no-reply@acme.example"))
                .findFirst().orElseThrow();
        assertTrue(second.contains("Nothing was pending, so nothing was held."), second);
        assertFalse(second.contains("followup resume"), second);
    }

    @Test
    void a_rejection_from_an_address_nobody_reads_with_no_one_to_write_to_drafts_nothing() throws Exception {
        Files.writeString(interviews.resolve("acme.conf"), """
                company  = "Acme Inc."
                position = "Platform Engineer"
                at       = "2026-12-04T10:00"
                zone     = "America/New_York"
                interviewers = [ { name = "Jane Doe", topics = ["Kubernetes"] } ]
                domains = ["acme.example"]
                """);
        book.loadNow();
        answers.rejection(new Verdict.Rejection(Set.of("acme"), "donotreply@acme.example",
                "We have decided to move forward with other candidates."),
                mail("Acme", "donotreply@acme.example", "Your application", "<no.3@acme.example>"));
        String body = rejectionNotices("acme").get(0);
        assertTrue(body.contains("donotreply@acme.example takes no replies"), body);
        assertTrue(body.contains("No answer was drafted"), body);
        assertFalse(body.contains("Subject:"), body);
        assertEquals(0, drafts.getMessages().size());
    }

    @Test
    void the_notices_say_who_wrote_what_and_when_in_the_job_seekers_own_time() {
        answers.invitation(new Verdict.Invitation(Set.of("invite"), "eva@invite.example", secondRound()),
                mail("Eva Klein", "eva@invite.example", "Einladung: Zweites Gespräch", "<inv.2@invite.example>"));
        StoredMessage invitation = notice("invite", "invitation:");
        assertEquals("Invite GmbH invited you to 'Zweites Gespräch' on Tue 15 Dec 10:00 CET", invitation.subject());
        assertTrue(invitation.body().startsWith("Invite GmbH invited you to 'Zweites Gespräch' on Tue 15 Dec 10:00 CET"
                + " (04:00 your time). Eva Klein (eva@invite.example) sent the invitation on Sun 6 Dec 12:00"
                + " (“Einladung: Zweites Gespräch”).\n"), invitation.body());

        answers.reply(new Reply("acme", "<r.1@acme.example>", "jane@acme.example", clock.instant(),
                "from jane@acme.example"), mail("Jane Doe", "jane@acme.example", "Re: next steps", "<r.1@acme.example>"));
        String reply = notice("acme", "reply").body();
        assertTrue(reply.startsWith("Acme Inc. answered: Jane Doe (jane@acme.example) wrote “Re: next steps” on"
                + " Sun 6 Dec 12:00.\n"), reply);
        assertEquals(1, reply.split("jane@acme\\.example", -1).length - 1, "the address once: " + reply);

        clock.advance(Duration.ofMinutes(3));
        answers.rejection(new Verdict.Rejection(Set.of("vogel"), "jonas@beispiel.example", "Leider haben wir uns"
                + " für einen anderen Kandidaten entschieden."), mail("Weiß, Jonas", "jonas@beispiel.example",
                "AW: Vielen Dank", "<no.9@beispiel.example>"));
        String rejection = notice("vogel", "rejection:").body();
        assertTrue(rejection.startsWith("Jonas Weiß (jonas@beispiel.example) of Beispiel GmbH wrote “AW: Vielen Dank”"
                + " on Sun 6 Dec 12:03:\n"), rejection);

        // the thank-you to Eva was due before Sunday: missed, and said so without brackets in brackets
        String missed = notice("invite", "missed:").body();
        assertTrue(missed.startsWith("These messages for your interview with Invite GmbH for the Entwickler position"
                + " were not sent"), missed);
        for (StoredMessage n : store.all().stream().filter(StoredMessage::isNotice).toList()) {
            String text = n.body().contains("company  = ") ? n.body().substring(0, n.body().indexOf("company  = "))
                    : n.body();   // the record for the next round writes its own `at`
            assertFalse(text.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"), "no raw instant: " + text);
            assertFalse(n.body().contains("(m/w/d))"), "no brackets in brackets: " + n.body());
        }
    }
}
