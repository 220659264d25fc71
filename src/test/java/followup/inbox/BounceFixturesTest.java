package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bounces as Postfix, Exim, qmail, Sendmail, Exchange and Microsoft 365, Gmail and Yahoo write them, and the
 * malformed report shapes seen in the wild, in {@code fixtures/bounces/}: each gives exactly its expected verdict,
 * read the way the daemon reads it (the header, then the content the classifier asks for).
 */
class BounceFixturesTest {
    static final String RAJ = "<thank-you.raj.acme-platform.1@example.test>";
    static final String JANE = Fixtures.THANK_YOU_JANE;

    /** One fixture and what it must give; {@code kind} is Bounce, Undelivered, Delayed or Unrelated. */
    record Case(String file, Class<? extends Verdict> kind, Set<String> recipients, Set<String> ids) {
        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("../mail/postfix-bounce-unknown-user.eml", Verdict.Bounce.class, Set.of("someone@bounce.test"),
                    Set.of(JANE)),
            new Case("../mail/postfix-delay-warning.eml", Verdict.Delayed.class, Set.of("pat@slow.test"),
                    Set.of(Fixtures.THANK_YOU_PAT)),
            new Case("exim-unknown-user.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("exim-delayed.eml", Verdict.Delayed.class, Set.of("pat@slow.test"), Set.of()),
            new Case("qmail-no-mailbox.eml", Verdict.Bounce.class, Set.of("someone@bounce.test"), Set.of(JANE)),
            new Case("sendmail-dsn.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("sendmail-legacy-plain.eml", Verdict.Bounce.class, Set.of("someone@bounce.test"), Set.of(JANE)),
            new Case("exchange-m365-ndr-company-postmaster.eml", Verdict.Bounce.class, Set.of("raj@acme.test"),
                    Set.of(RAJ)),
            new Case("exchange-legacy-ndr-company-postmaster.eml", Verdict.Bounce.class, Set.of("raj@acme.test"),
                    Set.of(RAJ)),
            new Case("gmail-address-not-found.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("yahoo-failure-notice.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("report-in-multipart-mixed.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("report-nested-in-mixed.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("report-without-blank-lines.eml", Verdict.Bounce.class, Set.of("jane@acme.test"), Set.of(JANE)),
            new Case("report-action-failure.eml", Verdict.Bounce.class, Set.of("someone@bounce.test"), Set.of(JANE)),
            new Case("report-action-expired-temporary.eml", Verdict.Undelivered.class, Set.of("pat@slow.test"),
                    Set.of(JANE)),
            new Case("postfix-gave-up-after-queue-lifetime.eml", Verdict.Undelivered.class, Set.of("jane@acme.test"),
                    Set.of(JANE)),
            new Case("report-status-without-action.eml", Verdict.Bounce.class, Set.of("jane@acme.test"),
                    Set.of(JANE)),
            new Case("x-failed-recipients-plain.eml", Verdict.Bounce.class, Set.of("someone@bounce.test"), Set.of()),
            new Case("postmaster-notice-about-nothing-of-ours.eml", Verdict.Unrelated.class, Set.of(), Set.of()));

    static FakeCorrelation correlation() {
        Instant at = Instant.parse("2026-11-20T13:00:00Z");
        return new FakeCorrelation().interview("acme-platform", at).message(JANE, "acme-platform")
                .message(RAJ, "acme-platform").message(Fixtures.THANK_YOU_PAT, "slow-platform")
                .interview("slow-platform", at).person("jane@acme.test", "acme-platform")
                .domain("acme.test", "acme-platform").domain("slow.test", "slow-platform")
                .recipient("someone@bounce.test").recipient("jane@acme.test").recipient("pat@slow.test")
                .recipient("raj@acme.test");
    }

    private final Classifier classifier = new Classifier(Set.of("alex@example.test"), correlation());

    static Stream<Case> cases() {
        return CASES.stream();
    }

    Verdict classify(String file) throws Exception {
        return classifier.classify(Fixtures.read(Fixtures.load("../bounces/" + file), classifier));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_bounce_gives_its_verdict_with_the_failed_recipients_and_our_message(Case c) throws Exception {
        Verdict v = classify(c.file());
        assertInstanceOf(c.kind(), v, c.file() + ": " + v);
        if (v instanceof Verdict.Bounce b) {
            assertEquals(c.recipients(), b.failedRecipients(), c.file());
            assertEquals(c.ids(), b.originalMessageIds(), c.file());
            assertTrue(!b.diagnostic().isBlank(), c.file());
        } else if (v instanceof Verdict.Delayed d) {
            assertEquals(c.recipients(), d.recipients(), c.file());
            assertEquals(c.ids(), d.originalMessageIds(), c.file());
        } else if (v instanceof Verdict.Undelivered u) {
            assertEquals(c.recipients(), u.recipients(), c.file());
            assertEquals(c.ids(), u.originalMessageIds(), c.file());
            assertTrue(u.diagnostic().contains("4.4") || u.diagnostic().contains("timed out"), c.file());
        }
    }

    @Test
    void a_bounce_from_the_companys_own_postmaster_is_never_the_companys_reply() throws Exception {
        assertInstanceOf(Verdict.Bounce.class, classify("exchange-legacy-ndr-company-postmaster.eml"));
        assertInstanceOf(Verdict.Bounce.class, classify("exchange-m365-ndr-company-postmaster.eml"));
        assertEquals(new Verdict.Unrelated(), classify("postmaster-notice-about-nothing-of-ours.eml"));
    }

    @Test
    void bounce_recall_on_the_written_fixtures_is_complete_and_recorded() throws Exception {
        List<Case> bounces = CASES.stream().filter(c -> c.kind() == Verdict.Bounce.class).toList();
        long seen = 0;
        for (Case c : bounces) {
            if (classify(c.file()) instanceof Verdict.Bounce b && b.failedRecipients().equals(c.recipients())) {
                seen++;
            }
        }
        ReadingFigures.record("permanent bounces recognised (recall)", seen, bounces.size());
        assertEquals(bounces.size(), seen);
    }
}
