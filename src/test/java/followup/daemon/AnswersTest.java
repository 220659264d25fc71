package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.PASSWORD;
import static followup.daemon.DaemonHarness.RAJ;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import followup.plan.Cause;
import followup.plan.Interview;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.SettableClock;
import followup.plan.State;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import followup.template.Templates;
import jakarta.mail.Flags;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an invitation, a rejection and an out-of-office do to an interview, with the real store (an H2 file), the
 * real planner and templates, and the drafts folder on GreenMail; the verdicts are the classifier's output values.
 */
class AnswersTest {
    private static final ZoneId NY = DaemonHarness.ZONE;
    private static final String JANE_ADDRESS = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    // Tuesday 1 December 2026, two hours after the interview
    private final SettableClock clock = SettableClock.at("2026-12-01T12:00", NY);
    private Database db;
    private MessageStore store;
    private RecordBook book;
    private Reconciler reconciler;
    private Answers answers;
    private MailFolder drafts;

    @BeforeEach
    void setUp() throws Exception {
        Path interviews = Files.createDirectories(root.resolve("conf/interviews"));
        Files.writeString(interviews.resolve("acme.conf"), DaemonHarness.interviewAt(
                LocalDateTime.parse("2026-12-01T10:00"), JANE + "\n" + RAJ, ""));
        Path templates = Path.of("templates").toAbsolutePath();
        book = new RecordBook(interviews, new RecordLoader(NY, templates));
        book.loadNow();
        db = Database.open("jdbc:h2:file:" + root.resolve("data/followup"));
        store = new MessageStore(db);
        EventLog events = new EventLog(db);
        Sender sender = new Sender("Alex Morgan", SENDER, "+1 555 0100", NY, null, null);
        Notices notices = new Notices(store, events, sender, clock);
        reconciler = new Reconciler(book, new Planner(Policy.DEFAULTS, sender, clock), store, events, notices, clock);
        reconciler.reconcile("acme");

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

    private InboxMessage from(String address, String subject, String messageId) {
        return new InboxMessage("INBOX", 7, clock.instant(), messageId, address, subject, List.of("<t@example.com>"),
                Optional.empty(), Optional.empty());
    }

    private StoredMessage notice(String prefix) {
        return store.all().stream().filter(s -> s.isNotice() && s.key().startsWith("acme/notice/" + prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no notice " + prefix + " in " + store.all()));
    }

    @Test
    void a_rejection_holds_everything_and_drafts_an_answer_in_the_notice_and_the_drafts_folder() throws Exception {
        InboxMessage their = from(JANE_ADDRESS, "Your application", "<no.1@acme.example>");
        Verdict.Rejection no = new Verdict.Rejection(Set.of("acme"), JANE_ADDRESS,
                "We have decided to move forward with other candidates.");
        answers.rejection(no, their);
        answers.rejection(no, their);   // the same message read again: nothing more

        List<StoredMessage> steps = store.ofInterview("acme").stream().filter(s -> !s.isNotice()).toList();
        List<String> notHeld = new ArrayList<>();
        for (StoredMessage s : steps) {
            if (s.state() == State.PLANNED) {
                notHeld.add(s.key());
            }
        }
        assertEquals(List.of(), notHeld, "a rejection holds everything");
        StoredMessage debrief = store.find("acme/debrief/self").orElseThrow();
        assertEquals(State.HELD, debrief.state());
        assertEquals(Cause.REJECTION, debrief.cause());
        assertTrue(debrief.reason().startsWith("rejection from jane@acme.example at "), debrief.reason());

        String body = notice("rejection:").body();
        assertTrue(body.contains("We have decided to move forward with other candidates."), body);
        assertTrue(body.contains("Subject: Re: Your application") && body.contains("Dear Jane,")
                && body.contains("feedback") && body.contains("another role"), body);
        assertTrue(body.contains("saved in your Drafts folder"), body);

        List<MimeMessage> saved = drafts.getMessages().stream().map(m -> {
            try {
                return (MimeMessage) m.getMimeMessage();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(1, saved.size(), "one draft, however often the rejection is read");
        MimeMessage draft = saved.get(0);
        assertEquals("<no.1@acme.example>", draft.getHeader("In-Reply-To", null));
        assertTrue(draft.getHeader("References", null).endsWith("<no.1@acme.example>"));
        assertEquals(JANE_ADDRESS, draft.getAllRecipients()[0].toString());
        assertEquals("Re: Your application", draft.getSubject());
        assertTrue(drafts.getMessages().get(0).getFlags().contains(Flags.Flag.DRAFT));
        assertTrue(draft.getContent().toString().contains("Dear Jane,"));
    }

    @Test
    void an_invitation_holds_the_follow_ups_and_its_notice_carries_a_valid_record_for_the_next_round()
            throws Exception {
        Invite invite = new Invite("REQUEST", "uid-1", "Onsite with the platform team",
                ZonedDateTime.of(LocalDateTime.parse("2027-01-19T10:00"), NY),
                ZonedDateTime.of(LocalDateTime.parse("2027-01-19T13:00"), NY),
                Optional.of(new Invite.Person("Jane Doe", JANE_ADDRESS)),
                List.of(new Invite.Attendee("Jane Doe", JANE_ADDRESS, "CHAIR"),
                        new Invite.Attendee("Alex Morgan", SENDER, "REQ-PARTICIPANT"),
                        new Invite.Attendee("Sam \"the Architect\" Ortiz", "sam@acme.example", "REQ-PARTICIPANT")),
                Optional.empty(), Optional.empty(), Optional.empty());
        answers.invitation(new Verdict.Invitation(Set.of("acme"), JANE_ADDRESS, invite),
                from(JANE_ADDRESS, "Invitation: Onsite", "<inv.1@acme.example>"));

        StoredMessage followUp = store.find(FOLLOW_UP).orElseThrow();
        assertEquals(State.HELD, followUp.state());
        assertEquals(Cause.INVITATION, followUp.cause());
        assertEquals(State.PLANNED, store.find("acme/debrief/self").orElseThrow().state());
        StoredMessage notice = notice("invitation:");
        assertEquals("Acme Corp invited you to 'Onsite with the platform team' on Tue 19 Jan 10:00 EST",
                notice.subject());

        String body = notice.body();
        String marker = "conf/interviews/acme-2027-01-19.conf";
        assertTrue(body.contains(marker), body);
        String record = body.substring(body.indexOf("company  = ")).replace("\n-- followup\n", "");
        Path file = root.resolve("conf/interviews/acme-2027-01-19.conf");
        Files.writeString(file, record);
        List<Problem> problems = new ArrayList<>();
        Interview next = new RecordLoader(NY, Path.of("templates").toAbsolutePath()).load(file, problems);
        assertEquals(List.of(), problems, record);
        assertEquals("acme", next.previous());
        assertEquals(LocalDateTime.parse("2027-01-19T10:00"), next.at());
        assertEquals(NY, next.zone());
        assertEquals(List.of(JANE_ADDRESS, "sam@acme.example"), next.interviewers().stream()
                .map(i -> i.email()).toList(), "the attendees but not the user");
        // a nickname in quotes is left out of a greeting's name, as followup add reads it
        assertEquals("Sam Ortiz", next.interviewers().get(1).name());

        book.loadNow();
        reconciler.reconcile(next.id());
        StoredMessage superseded = store.find(FOLLOW_UP).orElseThrow();
        assertEquals(State.CANCELLED, superseded.state());
        assertTrue(superseded.reason().startsWith("superseded by the next round, acme-2027-01-19"),
                superseded.reason());
        assertEquals(State.PLANNED, store.find("acme-2027-01-19/thank-you/sam@acme.example").orElseThrow().state(),
                "the new round's own thank-yous go out as usual");

        Files.delete(file);
        book.loadNow();
        reconciler.reconcile(next.id());
        assertEquals(State.PLANNED, store.find(FOLLOW_UP).orElseThrow().state(), "the next round is gone");
    }

    @Test
    void an_out_of_office_with_a_return_date_moves_the_next_message_and_a_later_one_moves_it_again() {
        InboxMessage first = from(JANE_ADDRESS, "Automatic reply: Thank you", "<ooo.1@acme.example>");
        answers.outOfOffice(new Verdict.AutoReply("Auto-Submitted: auto-replied", Set.of("acme"), JANE_ADDRESS, true,
                Optional.of(java.time.LocalDate.parse("2026-12-07"))), first);

        StoredMessage thankYou = store.find(THANK_YOU).orElseThrow();
        assertEquals(State.PLANNED, thankYou.state());
        // back on Monday 7 December: Tuesday 8 December, 09:00 in New York
        assertEquals(ZonedDateTime.of(LocalDateTime.parse("2026-12-08T09:00"), NY).toInstant(), thankYou.due());
        assertEquals("moved: out of office until 2026-12-07 (jane@acme.example)", thankYou.reason());
        assertTrue(notice("away:").body().contains("now goes out Tue 8 Dec 09:00"), notice("away:").body());

        clock.advance(Duration.ofHours(1));
        answers.outOfOffice(new Verdict.AutoReply("Auto-Submitted: auto-replied", Set.of("acme"), JANE_ADDRESS, true,
                Optional.of(java.time.LocalDate.parse("2026-12-10"))),
                from(JANE_ADDRESS, "Automatic reply: Re: Thank you", "<ooo.2@acme.example>"));
        assertEquals(ZonedDateTime.of(LocalDateTime.parse("2026-12-11T09:00"), NY).toInstant(),
                store.find(THANK_YOU).orElseThrow().due());
        assertEquals(State.PLANNED, store.find("acme/thank-you/raj@acme.example").orElseThrow().state());
        assertEquals(ZonedDateTime.of(LocalDateTime.parse("2026-12-01T13:00"), NY).toInstant(),
                store.find("acme/thank-you/raj@acme.example").orElseThrow().due(), "only Jane's message moves");
    }

    @Test
    void an_out_of_office_without_a_return_date_moves_nothing_and_says_so() {
        StoredMessage before = store.find(THANK_YOU).orElseThrow();
        answers.outOfOffice(new Verdict.AutoReply("Subject: Out of Office", Set.of("acme"), JANE_ADDRESS, true,
                Optional.empty()), from(JANE_ADDRESS, "Out of Office", "<ooo.3@acme.example>"));
        assertEquals(before.due(), store.find(THANK_YOU).orElseThrow().due());
        assertTrue(notice("away:").body().contains("names no return date"), notice("away:").body());
    }
}
