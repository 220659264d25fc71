package followup.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides what an inbox message means, in the order of PRODUCT.md section 4. Pure: no I/O beyond the injected
 * {@link Correlation}.
 * <ol>
 * <li>{@link Verdict.Own}: From is one of the sender's addresses. Never a reply, even when it references one of our
 * Message-IDs (a follow-up of ours threaded into the inbox must not stop its own sequence), and even when the From
 * is forged: From is not authenticated, and a forged own address can only let a message go out, never hold one.
 * Of several From fields or addresses, the first counts.</li>
 * <li>{@link Verdict.Bounce}: a delivery report with {@code Action: failed} whose original Message-ID or failed
 * {@code Final-Recipient} is ours; {@link Verdict.Delayed} for {@code Action: delayed}. Any other delivery report
 * is {@link Verdict.Unrelated}: a report is never an auto-reply or a reply, even when it comes from the company's
 * domain.</li>
 * <li>{@link Verdict.AutoReply}: RFC 3834 and related headers, or an out-of-office subject, checked before the reply
 * rule because vacation answers reference our message and come from the contact.</li>
 * <li>{@link Verdict.Reply}: references one of our Message-IDs, or the sender belongs to an interview.</li>
 * </ol>
 */
public final class Classifier {
    private final Set<String> own;
    private final Correlation correlation;

    /**
     * @param ownAddresses the sender's own addresses (any case)
     * @param correlation  what the store knows about our messages and interviews
     */
    public Classifier(Set<String> ownAddresses, Correlation correlation) {
        this.own = ownAddresses.stream().map(Classifier::normalise).collect(Collectors.toUnmodifiableSet());
        this.correlation = Objects.requireNonNull(correlation, "correlation");
    }

    public Verdict classify(InboxMessage m) {
        String from = m.from() == null ? null : normalise(m.from());
        if (from != null && own.contains(from)) {
            return new Verdict.Own();
        }
        if (m.report().isPresent()) {
            return classifyReport(m.report().get());
        }
        Set<String> interviews = new LinkedHashSet<>();
        Optional<String> ourReference = Optional.empty();
        Map<String, String> ours = m.referencedIds().isEmpty() ? Map.of()
                : correlation.interviewsOfMessageIds(m.referencedIds());
        for (String id : m.referencedIds()) {
            String interview = ours.get(id);
            if (interview != null) {
                interviews.add(interview);
                ourReference = ourReference.or(() -> Optional.of(id));
            }
        }
        Set<String> bySender = from == null ? Set.of() : correlation.interviewsOfSender(from, m.received());
        interviews.addAll(bySender);

        Optional<String> signal = m.autoReplySignal().or(() -> AutoReplySignals.ofSubject(m.subject()));
        if (signal.isPresent()) {
            boolean outOfOffice = signal.get().contains("vacation") || AutoReplySignals.ofSubject(m.subject())
                    .isPresent();
            return new Verdict.AutoReply(signal.get(), interviews, from, outOfOffice, Optional.empty());
        }
        if (interviews.isEmpty()) {
            return new Verdict.Unrelated();
        }
        String why = ourReference.map(id -> "references " + id).orElse("from " + from);
        return new Verdict.Reply(interviews, from, why);
    }

    private Verdict classifyReport(DeliveryReport report) {
        Set<String> ids = new LinkedHashSet<>(report.originalMessageIds());
        boolean aboutOurMessage = ids.stream().anyMatch(id -> correlation.interviewOfMessageId(id).isPresent());
        Predicate<RecipientStatus> ours = r -> aboutOurMessage || correlation.isOurRecipient(r.finalRecipient());

        List<RecipientStatus> failed = report.recipients().stream()
                .filter(RecipientStatus::failed).filter(ours).toList();
        if (!failed.isEmpty()) {
            RecipientStatus first = failed.get(0);
            String diagnostic = first.diagnostic() != null ? first.diagnostic() : "Status: " + first.status();
            return new Verdict.Bounce(addresses(failed), ids, diagnostic);
        }
        List<RecipientStatus> delayed = report.recipients().stream()
                .filter(RecipientStatus::delayed).filter(ours).toList();
        if (!delayed.isEmpty()) {
            return new Verdict.Delayed(addresses(delayed), ids);
        }
        return new Verdict.Unrelated();
    }

    private static Set<String> addresses(List<RecipientStatus> recipients) {
        return recipients.stream().map(RecipientStatus::finalRecipient)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
