package followup.mail;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.testing.QuietLog;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The servers that stopped answering, with a clock the test moves. */
class OutagesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T14:00:00Z"));
    private final Outages outages = new Outages(clock);
    @RegisterExtension
    final QuietLog log = QuietLog.of(Outages.class);     // the warnings of the outages provoked here

    private static final String DOWN = "The IMAP server imap.example.com:993 does not answer (2 attempts in a row timed"
            + " out, the last: Connect timed out): the candidates who use it wait, and it is tried again from"
            + " 2026-12-07T14:00:30Z, then less often while it stays silent";

    @org.junit.jupiter.api.BeforeEach
    void twoCandidatesUseIt() {
        outages.uses("imap", "imap.example.com", 993);
        outages.uses("imap", "IMAP.example.com", 993);
        outages.uses("smtp", "imap.example.com", 993);
        outages.uses("smtp", "imap.example.com", 993);
    }

    private static MessagingException timeout() {
        return new MessagingException("Couldn't connect to host, port: imap.example.com, 993; timeout 30000",
                new SocketTimeoutException("Connect timed out"));
    }

    /** One attempt at imap.example.com:993 that ends with {@code failure}. */
    private void fails(Throwable failure) throws Outages.ServerDown {
        try (Outages.Attempt a = outages.attempt("imap", "imap.example.com", 993)) {
            a.failed(failure);
        }
    }

    private Outages.ServerDown refused() {
        return assertThrows(Outages.ServerDown.class, () -> outages.attempt("imap", "IMAP.example.com", 993).close());
    }

    @Test
    void one_timeout_changes_nothing_and_two_in_a_row_make_the_server_down_for_thirty_seconds() throws Exception {
        fails(timeout());
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 993).close());
        fails(timeout());

        Outages.ServerDown down = refused();
        assertEquals("the IMAP server imap.example.com:993 has not answered since 2026-12-07T14:00:00Z (Connect timed"
                + " out); it is tried again from 2026-12-07T14:00:30Z", down.getMessage());
        // other servers, and the same host's SMTP, are tried as usual
        assertDoesNotThrow(() -> outages.attempt("smtp", "imap.example.com", 993).close());
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 143).close());
        outages.uses("imap", "imap.example.com", 143);
        outages.uses("imap", "imap.example.com", 143);
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 143).close());
        clock.advance(Duration.ofSeconds(29));
        refused();
        assertEquals(List.of(DOWN), log.warnings(), "one warning when it goes down, none for the refused attempts");
    }

    @Test
    void a_timeout_between_two_answers_is_forgotten() throws Exception {
        fails(timeout());
        try (Outages.Attempt a = outages.attempt("imap", "imap.example.com", 993)) {
            a.answered();
        }
        fails(timeout());
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 993).close());
        assertEquals(List.of(), log.events());
    }

    @Test
    void a_quick_refusal_is_an_answer_not_a_timeout() throws Exception {
        fails(timeout());
        fails(new MessagingException("Couldn't connect", new ConnectException("Connection refused")));
        fails(timeout());
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 993).close());
    }

    @Test
    void attempts_that_began_before_it_was_found_down_do_not_lengthen_the_pause() throws Exception {
        try (Outages.Attempt a = outages.attempt("imap", "imap.example.com", 993)) {
            a.answered();                                   // it answered a moment ago: any number may try at once
        }
        Outages.Attempt[] wave = new Outages.Attempt[6];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = outages.attempt("imap", "imap.example.com", 993);    // all on their way at once
        }
        for (Outages.Attempt a : wave) {
            a.failed(timeout());
            a.close();
        }
        assertTrue(refused().getMessage().endsWith("tried again from 2026-12-07T14:00:30Z"), refused().getMessage());
        assertEquals(List.of(DOWN), log.warnings(), "one warning for the whole wave");
    }

    @Test
    void after_the_pause_one_attempt_tries_it_while_the_others_still_wait_and_each_silence_doubles_the_pause()
            throws Exception {
        fails(timeout());
        fails(timeout());
        Duration[] pauses = {Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
            Duration.ofSeconds(240), Duration.ofMinutes(5), Duration.ofMinutes(5)};
        for (int i = 0; i < pauses.length; i++) {
            clock.advance(pauses[i]);
            Outages.Attempt probe = outages.attempt("imap", "imap.example.com", 993);
            assertTrue(refused().getMessage().endsWith("it is tried again now, by another attempt"),
                    refused().getMessage());
            probe.failed(timeout());
            probe.close();
            Instant next = clock.instant().plus(i + 1 < pauses.length ? pauses[i + 1] : Duration.ofMinutes(5));
            assertTrue(refused().getMessage().endsWith("tried again from " + next), refused().getMessage());
            assertTrue(refused().getMessage().contains("has not answered since 2026-12-07T14:00:00Z"),
                    "the outage's start stays: " + refused().getMessage());
        }
        assertEquals(List.of(DOWN), log.warnings(), "one warning for the outage, none for each probe that fails");
    }

    @Test
    void a_probe_that_never_reached_the_server_leaves_the_next_attempt_to_try_and_an_answer_ends_the_outage()
            throws Exception {
        fails(timeout());
        fails(timeout());
        clock.advance(Duration.ofSeconds(30));
        outages.attempt("imap", "imap.example.com", 993).close();   // the sign-in failed before connecting
        try (Outages.Attempt probe = outages.attempt("imap", "imap.example.com", 993)) {
            probe.failed(new jakarta.mail.AuthenticationFailedException("LOGIN failed"));   // it answered
        }
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 993).close());
        fails(timeout());
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 993).close(),
                "a new outage needs two timeouts in a row again");
        assertEquals(List.of(DOWN, "The IMAP server imap.example.com:993 answers again (it had not since"
                + " 2026-12-07T14:00:00Z); the candidates who use it go on"), log.warnings());
    }

    @Test
    void a_server_only_one_candidate_uses_is_always_tried() throws Exception {
        Outages own = new Outages(clock);
        own.uses("smtp", "mail.own.example", 587);
        for (int i = 0; i < 5; i++) {
            try (Outages.Attempt a = own.attempt("smtp", "mail.own.example", 587)) {
                a.failed(timeout());
            }
        }
        assertDoesNotThrow(() -> own.attempt("smtp", "mail.own.example", 587).close());
        own.uses("smtp", "mail.own.example", 587);      // a second candidate on it: now it is watched
        for (int i = 0; i < 2; i++) {
            try (Outages.Attempt a = own.attempt("smtp", "mail.own.example", 587)) {
                a.failed(timeout());
            }
        }
        assertThrows(Outages.ServerDown.class, () -> own.attempt("smtp", "mail.own.example", 587).close());
        assertEquals(1, log.warnings().size(), "nothing said while one candidate used it: " + log);
        assertTrue(log.warnings().get(0).startsWith("The SMTP server mail.own.example:587 does not answer"),
                log.toString());
    }

    /**
     * The first wave of an outage: before any attempt timed out, a server that has not answered lately gets two
     * attempts at a time; a third waits a moment for one of them to be answered, then fails at once instead of
     * holding its worker for the whole timeout.
     */
    @Test
    void a_server_not_heard_from_gets_two_attempts_at_a_time_and_a_third_gives_up_after_a_short_wait()
            throws Exception {
        Outages quick = watched(Duration.ofMillis(300));
        Outages.Attempt first = quick.attempt("smtp", "smtp.example.com", 587);
        Outages.Attempt second = quick.attempt("smtp", "smtp.example.com", 587);
        long start = System.nanoTime();
        Outages.ServerDown third = assertThrows(Outages.ServerDown.class,
                () -> quick.attempt("smtp", "smtp.example.com", 587).close());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(250)) >= 0,
                "it gave up without waiting for the first answer");
        assertEquals("the SMTP server smtp.example.com:587 has not answered yet: 2 attempts are waiting for it; it is"
                + " tried again once one of them ends", third.getMessage());
        assertDoesNotThrow(() -> quick.attempt("smtp", "other.example.com", 587).close(), "another server is asked");

        first.failed(timeout());                            // one ends: its place is free
        first.close();
        Outages.Attempt again = quick.attempt("smtp", "smtp.example.com", 587);
        again.close();
        second.close();
    }

    /** A third attempt that waits goes on as soon as one under way is answered, and then any number may try. */
    @Test
    void an_attempt_waiting_for_the_first_answer_goes_on_once_it_comes() throws Exception {
        Outages patient = watched(Duration.ofSeconds(20));
        Outages.Attempt first = patient.attempt("smtp", "smtp.example.com", 587);
        Outages.Attempt second = patient.attempt("smtp", "smtp.example.com", 587);
        java.util.concurrent.atomic.AtomicReference<Object> third = new java.util.concurrent.atomic.AtomicReference<>();
        Thread asking = new Thread(() -> {
            try {
                third.set(patient.attempt("smtp", "smtp.example.com", 587));
            } catch (Outages.ServerDown e) {
                third.set(e);
            }
        });
        asking.start();
        org.awaitility.Awaitility.await("the third attempt to wait").atMost(Duration.ofSeconds(10))
                .until(() -> asking.getState() == Thread.State.TIMED_WAITING);
        assertEquals(null, third.get());

        first.answered();
        asking.join(10_000);
        assertTrue(third.get() instanceof Outages.Attempt, String.valueOf(third.get()));
        ((Outages.Attempt) third.get()).close();
        first.close();
        Outages.Attempt[] many = new Outages.Attempt[5];
        for (int i = 0; i < many.length; i++) {
            many[i] = patient.attempt("smtp", "smtp.example.com", 587);   // it answers: no wait at all
        }
        for (Outages.Attempt a : many) {
            a.close();
        }
        second.close();
    }

    private Outages watched(Duration wait) {
        Outages o = new Outages(clock, wait);
        o.uses("smtp", "smtp.example.com", 587);
        o.uses("smtp", "smtp.example.com", 587);
        o.uses("smtp", "other.example.com", 587);
        o.uses("smtp", "other.example.com", 587);
        return o;
    }

    @Test
    void none_remembers_nothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            try (Outages.Attempt a = Outages.NONE.attempt("smtp", "smtp.example.com", 587)) {
                a.failed(timeout());
            }
        }
        assertDoesNotThrow(() -> Outages.NONE.attempt("smtp", "smtp.example.com", 587).close());
    }
}
