package followup.inbox;

import static followup.inbox.Fixtures.FOLLOW_UP_JANE;
import static followup.inbox.Fixtures.THANK_YOU_JANE;
import static followup.inbox.Fixtures.THANK_YOU_PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import followup.reliability.Figures;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A few hundred random mutations of the real Postfix/Dovecot/Sieve messages (more with {@code -Preliability}),
 * each parsed from its bytes by the header reader and classified: no exception escapes, at most one warning is
 * logged per message, no control character gets through into what was read, a message is a reply only while an independent reading of its header still finds a reply
 * signal in it, and a harmless mutation (a duplicated field, another charset) changes nothing.
 */
class MutatedMessagesTest {
    static final Figures.Tally TALLY = new Figures.Tally("mutated real messages (generated)",
            MutatedMessagesTest.class);
    private static final int PER_FIXTURE = 50;
    private static final Set<String> OUR_IDS = Set.of(THANK_YOU_JANE, FOLLOW_UP_JANE, THANK_YOU_PAT);
    private static final List<String> COMPANY_DOMAINS = List.of("@acme.test", "@slow.test");
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final Logger logger = (Logger) LoggerFactory.getLogger(InboxMessages.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Classifier classifier = new Classifier(Set.of(GreenMailAccounts.EMAIL),
            FakeCorrelation.ofFixtures());

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false); // hundreds of expected warnings: captured here, not printed
    }

    @AfterEach
    void releaseLog() {
        logger.setAdditive(true);
        logger.detachAppender(logged);
    }

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    @Test
    void damaged_real_messages_never_throw_and_are_replies_only_while_they_still_carry_a_reply_signal()
            throws Exception {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int replies = 0;
        for (String fixture : Fixtures.ALL) {
            byte[] original = Fixtures.bytes(fixture);
            Verdict before = classifier.classify(read(original, 0));
            for (int i = 0; i < PER_FIXTURE * Figures.scale(); i++) {
                Mutations.Mutant mutant = Mutations.of(fixture, original, fixture.hashCode() * 100_000L + i);
                cases++;
                Checked checked = check(mutant, before, i + 1);
                replies += checked.reply() ? 1 : 0;
                if (checked.failure() != null) {
                    failures.add(mutant + ": " + checked.failure());
                }
            }
        }
        TALLY.cases(cases);
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " of "
                + cases + " mutated messages failed");
        assertTrue(replies > 0 && replies < cases, replies + " of " + cases + " were still replies: the generator"
                + " must produce both");
    }

    /** What one mutant came to: whether it was a reply, and what went wrong (null if nothing). */
    private record Checked(boolean reply, String failure) {
    }

    /** Classifies one mutant and checks the outcome; the figures are counted here. */
    private Checked check(Mutations.Mutant mutant, Verdict before, long uid) {
        logged.list.clear();
        InboxMessage read;
        Verdict verdict;
        try {
            read = read(mutant.bytes(), uid);
            verdict = classifier.classify(read);
        } catch (Exception | StackOverflowError e) {
            TALLY.crashes(1);
            return new Checked(false, "threw " + e);
        }
        return new Checked(verdict instanceof Verdict.Reply, problem(mutant, before, read, verdict));
    }

    private String problem(Mutations.Mutant mutant, Verdict before, InboxMessage read, Verdict verdict) {
        List<String> fields = new ArrayList<>(read.referencedIds());
        fields.addAll(Arrays.asList(read.messageId(), read.from(), read.subject()));
        read.autoReplySignal().ifPresent(fields::add);
        if (fields.stream().anyMatch(f -> f != null && CONTROL.matcher(f).find())) {
            return "a control character in what was read: " + HostileMailboxTest.brief(read);
        }
        long warnings = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).count();
        if (warnings > 1) {
            return warnings + " warnings for one message: " + logged.list;
        }
        if (verdict instanceof Verdict.Reply && !carriesReplySignal(mutant.bytes())) {
            TALLY.lost(1); // a sequence held by a message that no longer says it is a reply
            return "a reply without any reply signal left: " + verdict;
        }
        if (mutant.harmless() && verdict.getClass() != before.getClass()) {
            if (before instanceof Verdict.Reply || verdict instanceof Verdict.Reply) {
                TALLY.lost(1);
            }
            return "a harmless mutation turned " + before + " into " + verdict;
        }
        return null;
    }

    private static InboxMessage read(byte[] bytes, long uid) throws MessagingException {
        MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        return InboxMessages.from(mime, "INBOX", uid, Fixtures.RECEIVED);
    }

    /**
     * A deliberately generous reading of the header section, independent of the code under test: does an
     * In-Reply-To or References field still name one of our Message-IDs, or a From or Sender field a company
     * address? Lines end at CR, LF, CRLF or CRCRLF and the section at the first empty line, as Jakarta Mail reads
     * them.
     */
    static boolean carriesReplySignal(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\r\n|\r\n|\r|\n", -1);
        List<String> fields = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                break;
            }
            if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + line);
            } else {
                fields.add(line);
            }
        }
        for (String field : fields) {
            int colon = field.indexOf(':');
            // trim(), not strip(): like Jakarta Mail, ignore NULs and other controls around a field name
            String name = (colon < 0 ? field : field.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : field.substring(colon + 1);
            if ((name.equals("in-reply-to") || name.equals("references"))
                    && OUR_IDS.stream().anyMatch(value::contains)) {
                return true;
            }
            if ((name.equals("from") || name.equals("sender"))
                    && COMPANY_DOMAINS.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_reply_signal_reader_sees_the_signals_of_the_real_messages() {
        assertTrue(carriesReplySignal(Fixtures.bytes(Fixtures.HUMAN_REPLY)));
        assertTrue(carriesReplySignal(Fixtures.bytes(Fixtures.OWN_FOLLOW_UP)), "references our follow-up");
        assertFalse(carriesReplySignal(Fixtures.bytes(Fixtures.BOUNCE)), "the original sits in the body");
        assertFalse(carriesReplySignal(HostileMessages.noHeadersAtAll()));
    }
}
