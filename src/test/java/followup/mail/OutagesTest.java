package followup.mail;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The servers that stopped answering, with a clock the test moves. */
class OutagesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T14:00:00Z"));
    private final Outages outages = new Outages(clock);

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
    }

    @Test
    void a_timeout_between_two_answers_is_forgotten() throws Exception {
        fails(timeout());
        try (Outages.Attempt a = outages.attempt("imap", "imap.example.com", 993)) {
            a.answered();
        }
        fails(timeout());
        assertDoesNotThrow(() -> outages.attempt("imap", "imap.example.com", 993).close());
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
        Outages.Attempt[] wave = new Outages.Attempt[6];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = outages.attempt("imap", "imap.example.com", 993);    // all on their way at once
        }
        for (Outages.Attempt a : wave) {
            a.failed(timeout());
            a.close();
        }
        assertTrue(refused().getMessage().endsWith("tried again from 2026-12-07T14:00:30Z"), refused().getMessage());
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
