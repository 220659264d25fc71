package followup.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.State;
import followup.plan.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on an H2 file; {@link MessageStoreOnPostgresTest} runs the same tests on PostgreSQL. */
class MessageStoreTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    @TempDir
    Path dir;
    private Database db;
    private MessageStore store;
    private final Instant now = Instant.parse("2026-11-20T12:00:00Z");

    /** The database these tests run on, the same URL for every call in one test. */
    String url() {
        return "jdbc:h2:file:" + dir.resolve("data/followup");
    }

    @BeforeEach
    void open() {
        db = Database.open(url());
        store = new MessageStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<PlannedMessage> plan() {
        return plan("acme");
    }

    private List<PlannedMessage> plan(String id) {
        Interview interview = new Interview(id, "Acme Corp", "Platform Engineer",
                LocalDateTime.parse("2026-11-24T10:00"), NY,
                List.of(new Interviewer("Jane Doe", "EM", "jane@acme.example", null, List.of("k8s"), false, null)),
                "jane@acme.example", "", null, List.of(), List.of(), "", Interview.Status.ACTIVE,
                List.of("acme.example"), Map.of());
        Sender sender = new Sender("Alex", "alex@example.com", "", NY, null, null);
        return new Planner(Policy.DEFAULTS, sender, Clock.fixed(now, ZoneOffset.UTC)).plan(interview).stream()
                .filter(PlannedMessage::applies).toList();
    }

    private PlannedMessage thankYou() {
        return plan().stream().filter(m -> m.step() == Step.THANK_YOU).findFirst().orElseThrow();
    }

    @Test
    void creates_its_tables_and_quartz_tables_in_a_new_file_and_reopens_it() {
        store.upsertPlanned(thankYou(), now);
        db.close();
        db = Database.open(url());
        store = new MessageStore(db);
        assertEquals(State.PLANNED, store.find(thankYou().key()).orElseThrow().state());
        assertEquals(!db.postgres(), dir.resolve("data/followup.mv.db").toFile().exists());
    }

    /**
     * A candidate's queries that run for every candidate every second (the messages without a trigger) and at every
     * fire (the due keys) are answered from an index on the candidate, reading their own rows: with 1,000 candidates
     * they had read every planned message of everyone (an {@code interview_id LIKE 'c7/%'} that no index answers),
     * and a deployment of 1,000 candidates with 5 interviews each kept a core busy doing nothing.
     */
    @Test
    void a_candidates_periodic_queries_read_only_their_own_messages() throws Exception {
        for (int i = 0; i < 150; i++) {
            for (PlannedMessage m : plan("c" + i + "/acme")) {
                store.upsertPlanned(m, now);
            }
        }
        if (db.postgres()) {
            try (java.sql.Connection c = db.connection(); java.sql.Statement s = c.createStatement()) {
                s.execute("ANALYZE fu_messages");
            }
        }
        MessageStore c7 = new MessageStore(db, "c7");
        int own = (int) c7.all().stream().filter(m -> m.state() == State.PLANNED).count();
        assertTrue(own >= 3, own + " planned messages of c7");
        assertEquals(own, c7.needingSchedule().size());
        assertEquals(own, c7.dueKeys(Instant.parse("2027-06-01T00:00:00Z"), 200).size());
        assertReadsOwnRows(c7.needingScheduleQuery(), own);
        assertReadsOwnRows(c7.dueKeysQuery(Instant.parse("2027-06-01T00:00:00Z"), 200), own);
    }

    /** How the database answers the query: from the candidate's index, reading not much more than its own rows. */
    private void assertReadsOwnRows(MessageStore.Query q, int own) throws java.sql.SQLException {
        StringBuilder plan = new StringBuilder();
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                (db.postgres() ? "EXPLAIN (ANALYZE) " : "EXPLAIN ANALYZE ") + q.sql())) {
            Jdbc.bind(ps, q.params());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        String text = plan.toString();
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("fu_messages_candidate"),
                "not answered from the candidate's index:\n" + text);
        if (db.postgres()) {
            assertFalse(text.contains("Seq Scan on fu_messages"), text);
        } else {
            java.util.regex.Matcher scanned = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(text);
            assertTrue(scanned.find(), text);
            assertTrue(Integer.parseInt(scanned.group(1)) <= own + 1, "rows read for " + own + " of c7's:\n" + text);
        }
    }

    /** A message whose sender's turn was taken: looked at a little later, its reason kept, never moved earlier. */
    @Test
    void later_moves_only_a_planned_message_and_only_later() {
        PlannedMessage m = thankYou();
        store.upsertPlanned(m, now);
        String reason = store.find(m.key()).orElseThrow().reason();
        Instant soon = now.plusSeconds(2);
        assertTrue(store.later(m.key(), soon, now));
        StoredMessage moved = store.find(m.key()).orElseThrow();
        assertEquals(soon, moved.nextFire());
        assertEquals(reason, moved.reason(), "plan still says why it is due when it is");
        assertEquals(List.of(), store.dueKeys(now.plusSeconds(1), 10), "not due before then");
        assertEquals(List.of(m.key()), store.dueKeys(soon, 10));
        assertFalse(store.later(m.key(), now.plusSeconds(1), now), "a later instant stays");
        assertEquals(soon, store.find(m.key()).orElseThrow().nextFire());
        assertTrue(store.needingSchedule().stream().anyMatch(s -> s.key().equals(m.key())), "its trigger moves too");
        assertTrue(store.claim(m.key(), soon));
        assertFalse(store.later(m.key(), now.plusSeconds(60), soon), "a message in sending is not moved");
    }

    @Test
    void a_message_can_be_claimed_for_sending_only_once() {
        store.upsertPlanned(thankYou(), now);
        assertTrue(store.claim(thankYou().key(), now));
        assertFalse(store.claim(thankYou().key(), now));
        assertEquals(State.SENDING, store.find(thankYou().key()).orElseThrow().state());
        assertEquals(1, store.find(thankYou().key()).orElseThrow().attempts());
    }

    @Test
    void concurrent_claims_from_many_threads_let_exactly_one_through() throws Exception {
        store.upsertPlanned(thankYou(), now);
        AtomicInteger winners = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            futures.add(pool.submit(() -> {
                if (store.claim(thankYou().key(), now)) {
                    winners.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(1, winners.get());
    }

    @Test
    void a_sent_message_is_never_planned_again_by_a_later_upsert() {
        PlannedMessage m = thankYou();
        store.upsertPlanned(m, now);
        store.claim(m.key(), now);
        assertTrue(store.markSent(m.key(), now, "250 OK", "Thanks"));
        store.upsertPlanned(m, now.plusSeconds(60));
        StoredMessage s = store.find(m.key()).orElseThrow();
        assertEquals(State.SENT, s.state());
        assertEquals("250 OK", s.lastReply());
        assertEquals(now, store.history("acme").sentAt(m.key()).orElseThrow());
    }

    @Test
    void an_upsert_moves_the_due_instant_of_a_planned_message_and_asks_for_a_new_trigger() {
        PlannedMessage m = thankYou();
        store.upsertPlanned(m, now);
        store.markScheduled(m.key(), m.due());
        assertTrue(store.needingSchedule().isEmpty());
        PlannedMessage later = new PlannedMessage(m.key(), m.interviewId(), m.step(), m.to(), m.cc(),
                m.interviewer(), m.due().plusSeconds(3600), m.latest(), false, true, State.PLANNED, "moved",
                m.messageId(), null);
        store.upsertPlanned(later, now);
        assertEquals(m.due().plusSeconds(3600), store.find(m.key()).orElseThrow().due());
        assertEquals(1, store.needingSchedule().size());
    }

    @Test
    void the_triggers_of_several_messages_are_recorded_at_once() {
        List<PlannedMessage> all = plan();
        all.forEach(m -> store.upsertPlanned(m, now));
        assertEquals(all.size(), store.needingSchedule().size());
        java.util.Map<String, Instant> at = new java.util.LinkedHashMap<>();
        all.stream().skip(1).forEach(m -> at.put(m.key(), m.due()));
        store.markScheduled(at);
        assertEquals(List.of(all.get(0).key()), store.needingSchedule().stream().map(StoredMessage::key).toList(),
                "only the message left out still needs a trigger");
    }

    @Test
    void changes_made_in_one_transaction_are_seen_inside_it_and_by_others_only_once_it_commits() throws Exception {
        List<PlannedMessage> all = plan();
        long[] seenByOthers = new long[1];
        store.inOneTransaction(() -> {
            all.forEach(m -> store.upsertPlanned(m, now));
            assertEquals(all.size(), store.ofInterview("acme").size(), "its own reads see its writes");
            try (java.sql.Connection other = db.connection();
                 java.sql.Statement st = other.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fu_messages")) {
                rs.next();
                seenByOthers[0] = rs.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(0, seenByOthers[0], "not committed before the end");
        assertEquals(all.size(), store.ofInterview("acme").size());
    }

    @Test
    void a_transaction_that_fails_is_rolled_back_and_its_work_runs_again_statement_by_statement() {
        List<PlannedMessage> all = plan();
        int[] runs = {0};
        store.inOneTransaction(() -> {
            runs[0]++;
            store.upsertPlanned(all.get(0), now);
            if (runs[0] == 1) {
                store.markScheduled(all.get(0).key(), all.get(0).due());
                throw new StoreException("the connection was lost");
            }
        });
        assertEquals(2, runs[0]);
        assertEquals(1, store.ofInterview("acme").size());
        assertEquals(1, store.needingSchedule().size(), "the first run's trigger mark was rolled back");
    }

    @Test
    void failed_messages_are_planned_again_only_when_the_server_surely_refused_them() {
        List<PlannedMessage> all = plan().stream().filter(m -> m.step().toCompany()).toList();
        PlannedMessage refused = all.get(0);
        PlannedMessage uncertain = all.get(1);
        for (PlannedMessage m : all) {
            store.upsertPlanned(m, now);
            store.claim(m.key(), now);
        }
        store.settle(refused.key(), State.SENDING, State.FAILED, "SMTP smtp.example.org:587 refused the login of"
                + " alex@example.org: 535 5.7.8 Authentication credentials invalid (check ...)", "535", now);
        store.settle(uncertain.key(), State.SENDING, State.FAILED, "uncertain: connection lost after the data;"
                + " not found in the sent folder", null, now);

        assertEquals(1, store.planAgainAfterRefusedLogin(now));
        assertEquals(State.PLANNED, store.find(refused.key()).orElseThrow().state());
        assertEquals(0, store.find(refused.key()).orElseThrow().attempts());
        assertEquals(State.FAILED, store.find(uncertain.key()).orElseThrow().state());

        store.claim(refused.key(), now);
        store.settle(refused.key(), State.SENDING, State.FAILED, "refused by the server: 550 5.1.1 unknown", "550",
                now);
        assertEquals(0, store.planAgainAfterRefusedLogin(now), "only a refused login is worth a try at a start");
        assertEquals(1, store.releaseFailed(refused.interviewId(), now));
        assertEquals(State.PLANNED, store.find(refused.key()).orElseThrow().state());
        assertEquals(State.FAILED, store.find(uncertain.key()).orElseThrow().state(), "perhaps delivered: never again");
    }

    @Test
    void a_retry_keeps_the_server_reply_and_sets_the_next_fire_instant() {
        PlannedMessage m = thankYou();
        store.upsertPlanned(m, now);
        store.claim(m.key(), now);
        Instant retry = now.plusSeconds(60);
        assertTrue(store.retryLater(m.key(), State.SENDING, retry, "retrying", "451 try later", now));
        StoredMessage s = store.find(m.key()).orElseThrow();
        assertEquals(State.PLANNED, s.state());
        assertEquals(retry, s.nextFire());
        assertEquals("451 try later", s.lastReply());
    }

    @Test
    void a_pending_retry_keeps_its_reason_when_the_plan_is_recorded_again_and_gives_way_to_a_later_due() {
        PlannedMessage m = thankYou();
        store.upsertPlanned(m, now);
        store.claim(m.key(), now);
        Instant retry = m.due().plusSeconds(60);
        store.retryLater(m.key(), State.SENDING, retry, "retrying at " + retry + " after: 451 try later", "451", now);

        store.upsertPlanned(m, now);

        StoredMessage s = store.find(m.key()).orElseThrow();
        assertEquals("retrying at " + retry + " after: 451 try later", s.reason());
        assertEquals(retry, s.nextFire());

        PlannedMessage later = new PlannedMessage(m.key(), m.interviewId(), m.step(), m.to(), m.cc(),
                m.interviewer(), m.due().plusSeconds(3600), m.latest().plusSeconds(3600), m.estimated(), m.applies(),
                m.state(), "moved by an edit", m.messageId(), m.inReplyTo());
        store.upsertPlanned(later, now);

        s = store.find(m.key()).orElseThrow();
        assertEquals("moved by an edit", s.reason());
        assertEquals(later.due(), s.nextFire());
    }

    @Test
    void counts_and_the_hourly_cap_query_reflect_sent_messages() {
        for (PlannedMessage m : plan()) {
            store.upsertPlanned(m, now);
        }
        PlannedMessage m = thankYou();
        store.claim(m.key(), now);
        store.markSent(m.key(), now, "250", "s");
        assertEquals(1, store.counts().get(State.SENT));
        assertEquals(plan().size() - 1, store.counts().get(State.PLANNED));
        assertEquals(1, store.sentSince(now.minusSeconds(3600)));
        assertEquals(0, store.sentSince(now.plusSeconds(1)));
    }

    @Test
    void counts_by_candidate_take_the_name_before_the_ids_first_slash_in_one_query() {
        List<PlannedMessage> alice = plan("alice/acme");
        alice.forEach(m -> store.upsertPlanned(m, now));
        plan("alice/acme.io/2").forEach(m -> store.upsertPlanned(m, now));
        plan("bob_1/globex").forEach(m -> store.upsertPlanned(m, now));
        plan("solo").forEach(m -> store.upsertPlanned(m, now));  // a database once a single job seeker's
        PlannedMessage thanks = alice.stream().filter(m -> m.step() == Step.THANK_YOU).findFirst().orElseThrow();
        store.claim(thanks.key(), now);
        store.markSent(thanks.key(), now, "250", "s");

        Map<String, Map<State, Integer>> counts = store.countsByCandidate();
        assertEquals(List.of("", "alice", "bob_1"), List.copyOf(counts.keySet()));
        int each = plan().size();
        assertEquals(1, counts.get("alice").get(State.SENT));
        assertEquals(2 * each - 1, counts.get("alice").get(State.PLANNED));
        assertEquals(0, counts.get("bob_1").get(State.SENT), "every state is there, at 0 when none");
        assertEquals(each, counts.get("bob_1").get(State.PLANNED));
        assertEquals(each, counts.get("").get(State.PLANNED));
        assertEquals(State.values().length, counts.get("bob_1").size());
    }

    @Test
    void a_step_sent_under_a_former_name_of_the_same_sender_is_its_twin_and_no_other_candidates_is() {
        PlannedMessage solo = plan("acme").stream().filter(m -> m.step() == Step.THANK_YOU).findFirst().orElseThrow();
        store.upsertPlanned(solo, now);
        store.claim(solo.key(), now);
        store.markSent(solo.key(), now, "250", "s");
        store.noteSender("alex@example.com");                      // ran as a single job seeker
        MessageStore alex = new MessageStore(db, "alex");
        MessageStore bob = new MessageStore(db, "bob");
        bob.noteSender("bob@example.com");
        assertEquals(Optional.empty(), twin(alex, "alex", "thank-you", solo.due()),
                "not before alex is known to send from that address");

        alex.noteSender("Alex@Example.com");                       // the same job seeker, moved into candidates/alex
        assertEquals(Optional.of(solo.key()), twin(alex, "alex", "thank-you", solo.due()));
        assertEquals(Optional.empty(), twin(alex, "alex", "follow-up", solo.due()));
        assertEquals(Optional.empty(), twin(alex, "alex", "thank-you", solo.due().plusSeconds(60)),
                "another interview with Jane, at another time");
        assertEquals(Optional.empty(), twin(bob, "bob", "thank-you", solo.due()),
                "another job seeker thanks Jane for the same panel");

        MessageStore renamed = new MessageStore(db, "alex_m");   // the folder renamed again: '_' is no wildcard
        renamed.noteSender("alex@example.com");
        assertEquals(Optional.of(solo.key()), twin(renamed, "alex_m", "thank-you", solo.due()));
    }

    @Test
    void a_claim_that_looks_for_twins_claims_only_a_planned_message_with_no_twin_sent_or_being_sent() {
        MessageStore alex = new MessageStore(db, "alex");
        alex.noteSender("alex@example.com");
        PlannedMessage acme = thankYouOf("alex/acme");
        PlannedMessage copy = thankYouOf("alex/acme-copy");
        alex.upsertPlanned(acme, now);
        alex.upsertPlanned(copy, now);

        assertEquals(new MessageStore.Claim(true, null), claimUnlessTwin(alex, acme));
        assertEquals(State.SENDING, alex.find(acme.key()).orElseThrow().state());
        assertEquals(new MessageStore.Claim(false, acme.key()), claimUnlessTwin(alex, copy),
                "its twin is being sent");
        assertEquals(State.PLANNED, alex.find(copy.key()).orElseThrow().state());
        alex.markSent(acme.key(), now, "250", "s");
        assertEquals(new MessageStore.Claim(false, acme.key()), claimUnlessTwin(alex, copy), "its twin went out");
        assertEquals(new MessageStore.Claim(false, null), claimUnlessTwin(alex, acme), "no longer planned");
    }

    /**
     * The claim's lock is the candidate's row of senders: one missing (noting the sender failed at the start, the
     * database away) is written by the claim, so that the next daemon's claim waits for it there.
     */
    @Test
    void a_claim_that_looks_for_twins_writes_the_candidates_row_of_senders_when_it_is_missing() throws Exception {
        MessageStore alex = new MessageStore(db, "alex");
        alex.noteSender("Alex@Example.com");
        try (java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM fu_senders WHERE candidate = 'alex'");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        PlannedMessage acme = thankYouOf("alex/acme");
        alex.upsertPlanned(acme, now);

        assertEquals(new MessageStore.Claim(true, null), claimUnlessTwin(alex, acme));
        try (java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT sender FROM fu_senders WHERE candidate = 'alex'")) {
            assertTrue(rs.next(), "the row of senders was not written");
            assertEquals("alex@example.com", rs.getString(1));
        }
    }

    /**
     * A candidate's folder given to another job seeker (another sender address): the former one's messages are kept
     * under a name of their own, so that their sent thank-you no longer stands for the new one's under the same key;
     * a message of theirs still to go is cancelled there; what they sent is still a twin of the same step to the same
     * person due at the same instant (the same job seeker, who only changed their address).
     */
    @Test
    void a_folder_that_sends_from_another_address_keeps_the_former_senders_messages_apart() throws Exception {
        MessageStore sam = new MessageStore(db, "sam");
        assertEquals(Optional.empty(), sam.noteSender("sam.lee@example.com", now));
        PlannedMessage thanks = thankYouOf("sam/acme");
        PlannedMessage followUp = plan("sam/acme").stream().filter(m -> m.step() == Step.FOLLOW_UP).findFirst()
                .orElseThrow();
        sam.upsertPlanned(thanks, now);
        sam.upsertPlanned(followUp, now);
        sam.claim(thanks.key(), now);
        sam.markSent(thanks.key(), now, "250", "s", "sent");

        FormerPerson.Moved moved = sam.noteSender("Sam.Park@example.com", now).orElseThrow();
        assertTrue(moved.name().matches("sam~[0-9a-f]{8}"), moved.name());
        assertEquals(new FormerPerson.Moved(moved.name(), "sam.lee@example.com", 2, 1, 0), moved);
        assertEquals(Optional.empty(), sam.find(thanks.key()), "the key is free for the folder's new sender");
        String kept = moved.name() + "/acme/thank-you/jane@acme.example";
        assertEquals(State.SENT, sam.find(kept).orElseThrow().state());
        assertEquals(moved.name() + "/acme", sam.find(kept).orElseThrow().interviewId());
        assertEquals(State.CANCELLED, sam.find(moved.name() + "/acme/follow-up/jane@acme.example").orElseThrow()
                .state());
        assertEquals(Map.of(State.SENT, 1, State.CANCELLED, 1), nonZero(new MessageStore(db).countsByCandidate()
                .get(moved.name())));
        try (java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT msg_key FROM fu_events WHERE kind = 'sent'")) {
            assertTrue(rs.next());
            assertEquals(kept, rs.getString(1), "its event goes with it");
        }

        assertEquals(Optional.of(kept), sam.sentTwin("sam/acme", "thank-you", "jane@acme.example", thanks.due()),
                "the same job seeker with a new address: not sent again");
        assertEquals(Optional.empty(), sam.sentTwin("sam/acme", "thank-you", "jane@acme.example",
                thanks.due().plusSeconds(3600)), "another job seeker's interview with Jane, at another time");
        assertEquals(Optional.empty(), sam.noteSender("sam.park@example.com", now), "the same address again");
        assertEquals(State.SENT, sam.find(kept).orElseThrow().state());

        String longest = "s".repeat(64);                  // a folder's name may have 64 characters
        MessageStore other = new MessageStore(db, longest);
        other.noteSender("a@example.com", now);
        other.upsertPlanned(thankYouOf(longest + "/acme"), now);
        assertTrue(other.noteSender("b@example.com", now).orElseThrow().name().startsWith(longest + "~"));
    }

    /** An interrupted send reported failed (uncertain) may have gone out: no other id of its interview sends it. */
    @Test
    void a_message_failed_uncertain_is_a_twin_and_one_refused_is_not() throws Exception {
        MessageStore alex = new MessageStore(db, "alex");
        alex.noteSender("alex@example.com");
        PlannedMessage acme = thankYouOf("alex/acme");
        alex.upsertPlanned(acme, now);
        alex.claim(acme.key(), now);
        alex.settle(acme.key(), State.SENDING, State.FAILED, "refused by the server: 550 no", null, now);
        assertEquals(Optional.empty(), alex.sentTwin("alex/acme-copy", "thank-you", "jane@acme.example", acme.due()),
                "refused: it never left");
        try (java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE fu_messages SET reason = 'uncertain: interrupted during sending; not found in"
                    + " the sent folder'");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        assertEquals(Optional.of(acme.key()), alex.sentTwin("alex/acme-copy", "thank-you", "jane@acme.example",
                acme.due()));
    }

    private static Map<State, Integer> nonZero(Map<State, Integer> counts) {
        Map<State, Integer> out = new java.util.EnumMap<>(State.class);
        counts.forEach((s, n) -> {
            if (n > 0) {
                out.put(s, n);
            }
        });
        return out;
    }

    private PlannedMessage thankYouOf(String interviewId) {
        return plan(interviewId).stream().filter(m -> m.step() == Step.THANK_YOU).findFirst().orElseThrow();
    }

    private MessageStore.Claim claimUnlessTwin(MessageStore store, PlannedMessage m) {
        return store.claimUnlessTwin(m.key(), now, m.interviewId(), m.step().id(), m.to().email(), m.due());
    }

    /** {@code step} to Jane of the interview {@code acme} of the store's candidate {@code name}. */
    private static Optional<String> twin(MessageStore store, String name, String step, Instant due) {
        return store.sentTwin(name + "/acme", step, "jane@acme.example", due);
    }

    /** Our own mail (copies, notices to ourselves) is no news from anyone: status and the page list the others'. */
    @Test
    void the_mail_from_others_leaves_out_our_own_and_unrelated_mail_but_keeps_its_count() {
        MailLog log = new MailLog(db);
        for (int i = 1; i <= 12; i++) {
            log.recordSeen("INBOX", 7, i, now.plusSeconds(i), "<own" + i + "@b>", "alex@example.test", "followup: n" + i,
                    "own", null, null);
        }
        log.recordSeen("INBOX", 7, 20, now, "<r@b>", "jane@acme.example", "Re: x", "reply", "acme", "");
        log.recordSeen("INBOX", 7, 21, now, "<u@b>", "news@shop.example", "Sale", "unrelated", null, null);
        assertEquals(List.of("reply"), log.recentFromOthers(10).stream().map(MailLog.Seen::verdict).toList(),
                "the reply behind twelve messages of our own");
        assertEquals(10, log.recentSeen(10).size());
    }

    @Test
    void the_mail_log_records_each_message_once_and_each_reply_once() {
        MailLog log = new MailLog(db);
        assertTrue(log.recordSeen("INBOX", 7, 1, now, "<a@b>", "jane@acme.example", "Re: x", "reply", "acme", ""));
        assertFalse(log.recordSeen("INBOX", 7, 1, now, "<a@b>", "jane@acme.example", "Re: x", "reply", "acme", ""));
        Reply r = new Reply("acme", "<a@b>", "jane@acme.example", now, "In-Reply-To");
        assertTrue(log.recordReply(r));
        assertFalse(log.recordReply(r));
        assertEquals("jane@acme.example", log.replyTo("acme").orElseThrow().from());
        assertEquals(1, log.dismissReplies("acme"));
        assertTrue(log.replyTo("acme").isEmpty());
        log.saveSync("INBOX", 7, 42);
        assertEquals(new MailLog.Sync(7, 42), log.sync("INBOX").orElseThrow());
        log.saveSync("INBOX", 8, 3);
        assertEquals(new MailLog.Sync(8, 3), log.sync("INBOX").orElseThrow());
    }

    @Test
    void our_message_ids_are_found_among_ten_thousand_in_a_few_queries() {
        plan().forEach(m -> store.upsertPlanned(m, now));
        PlannedMessage ours = thankYou();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(i == 6_789 ? ours.messageId() : "<r" + i + "@elsewhere.example>");
        }
        ids.add(ours.messageId()); // repeated: still one entry
        long start = System.nanoTime();
        Map<String, String> found = store.interviewsOfMessageIds(ids);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Map.of(ours.messageId(), "acme"), found);
        assertTrue(millis < 3_000, "took " + millis + " ms");
        assertEquals(Map.of(), store.interviewsOfMessageIds(List.of()));
    }

    @Test
    void the_mail_log_and_event_log_clip_interview_lists_longer_than_their_column() {
        String two = "a".repeat(150) + "," + "b".repeat(150);
        assertTrue(new MailLog(db).recordSeen("INBOX", 7, 1, now, "<a@b>", "hr@acme.example", "Next steps", "reply",
                two, "from hr@acme.example"));
        new EventLog(db).record(now, two, null, "reply", "hr@acme.example: Next steps");
        String shown = new EventLog(db).recent(1).get(0).interviewId();
        assertEquals(200, shown.length());
        assertTrue(shown.startsWith("aaa") && shown.endsWith("..."), shown);
    }

    @Test
    void a_notice_is_queued_once_per_key() {
        assertTrue(store.addNotice("acme/notice/reply", "acme", "alex@example.com", "<n1@example.com>", "Reply",
                "body", now, now.plusSeconds(60)));
        assertFalse(store.addNotice("acme/notice/reply", "acme", "alex@example.com", "<n2@example.com>", "Reply",
                "body", now, now.plusSeconds(60)));
        assertTrue(store.find("acme/notice/reply").orElseThrow().isNotice());
    }
}
