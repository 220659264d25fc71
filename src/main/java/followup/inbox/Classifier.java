package followup.inbox;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * <li>Bounces: a delivery report anywhere in the message ({@link Verdict.Bounce} for a permanent failure of ours,
 * {@link Verdict.Delayed} for a temporary one), else a plain-text bounce ({@code X-Failed-Recipients}, a mail
 * system's notice naming one of our Message-IDs or recipients, see {@link PlainBounces}). What is surely a bounce or
 * a delivery notice but about nothing of ours is {@link Verdict.Unrelated}: never an auto-reply or a reply, even
 * from the company's own postmaster.</li>
 * <li>{@link Verdict.Invitation}: a calendar invitation ({@code METHOD:REQUEST}) from the company, or from a
 * scheduling tool in its own name whose organizer or another attendee is the company's ({@link ToolInvitations}).</li>
 * <li>{@link Verdict.AutoReply}: RFC 3834 and related headers, or an out-of-office subject, checked before the reply
 * rule because vacation answers reference our message and come from the contact; an out-of-office one carries the
 * return date its text names. Three exceptions for one that is no out-of-office and concerns an interview: its text
 * says the company will not go on (a {@link Verdict.Rejection}: tracking systems send decisions as automatic mail),
 * its only signal is {@code Precedence} or a list header and it answers one of our messages (a {@link
 * Verdict.Reply}: some mail tools mark every message they send as bulk, and a group address passes a person's answer
 * on as a list), or its only signal is {@code List-Unsubscribe} and it comes from an interviewer's or the contact's
 * own address (a {@link Verdict.Reply}: recruiting and sales tools add it to all they send for a person).</li>
 * <li>{@link Verdict.Rejection}: a reply whose own text says the company will not go on ({@link Rejections}).</li>
 * <li>{@link Verdict.Reply}: references one of our Message-IDs, or the sender belongs to an interview; also when the
 * sender is a tool (an applicant tracking system writing from {@code no-reply@} or an address of its own) and the
 * {@code Reply-To} names a person or domain of an interview, who is then taken as the writer; or, naming nobody of
 * an interview, its display name names an interview's company ({@link CompanyNames}: a tracking system writing in
 * the company's name alone).</li>
 * </ol>
 * Invitations, return dates and rejections need the message's content: {@link #wantsContent} says which messages to
 * read beyond the header.
 */
public final class Classifier {
    /** Whether an address is one nobody reads ({@code no-reply@}, {@code careers-noreply@}, {@code donotreply@}). */
    public static boolean takesNoReplies(String address) {
        return AutoReplySignals.ofSender(address).isPresent();
    }

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

    /**
     * How much of a message read from its header only must be read to classify it: {@link
     * MessageContents#BOUNCE_TEXT} characters of text for a suspected bounce, {@link MessageContents#REPLY_TEXT} for
     * a reply or an automatic answer to one of the interviews, 0 for anything else (a newsletter with
     * {@code Precedence: list} is not read further).
     */
    public int wantsContent(InboxMessage m) {
        if (isOwn(m) || hasReadableReport(m)) {
            return 0;
        }
        if (PlainBounces.suspect(m)) {
            return MessageContents.BOUNCE_TEXT;
        }
        Verdict v = classify(m);
        boolean ours = v instanceof Verdict.Reply
                || v instanceof Verdict.AutoReply a && !a.interviews().isEmpty() // not every list or bulk mail
                || ToolInvitations.subjectSuggests(m.subject());    // its calendar part may say whose it is
        return ours ? MessageContents.REPLY_TEXT : 0;
    }

    /** The same decision without the store: suspected bounces only. */
    public static int wantsContentWithoutStore(InboxMessage m) {
        if (hasReadableReport(m)) {
            return 0; // its recipient blocks say all, the notification text is not needed
        }
        return PlainBounces.suspect(m) ? MessageContents.BOUNCE_TEXT : 0;
    }

    public Verdict classify(InboxMessage m) {
        String from = m.from() == null ? null : normalise(m.from());
        if (isOwn(m)) {
            return new Verdict.Own();
        }
        // A report whose recipient blocks were read is trusted as it is; one without any is read as text.
        Optional<Verdict> bounce = hasReadableReport(m) ? m.report().flatMap(this::classifyReport) : plainBounce(m);
        if (bounce.isPresent()) {
            return bounce.get();
        }
        if (PlainBounces.surely(m)) {
            return new Verdict.Unrelated();
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
        boolean noReply = signal.filter(s -> s.startsWith("From:")).isPresent();
        Behalf behalf = onBehalf(m, from, interviews, !bySender.isEmpty() && !noReply);
        if (!behalf.interviews().isEmpty()) {
            interviews.addAll(behalf.interviews());
            signal = signal.filter(s -> !s.startsWith("From:")); // the tool's address, not the writer's
        }
        String writer = behalf.writer() != null ? behalf.writer() : from;

        MessageContent content = m.content().orElse(MessageContent.NONE);
        Optional<Invite> invite = content.invite().filter(Invite::isRequest);
        if (invite.isPresent() && !interviews.isEmpty()) {
            return new Verdict.Invitation(interviews, writer, invite.get());
        }
        Optional<ToolInvitations.Organizer> organizer = invite.isPresent()
                ? ToolInvitations.organizer(invite.get(), own, correlation, m.received()) : Optional.empty();
        if (organizer.isPresent()) {     // a scheduling tool's, in its own name: the invitation says whose it is
            return new Verdict.Invitation(organizer.get().interviews(), organizer.get().address(), invite.get());
        }
        // automatic mail is no answer, unless it is a person's answer to ours sent through a tool that marks all its
        // mail as bulk, or passed on by a group list; or an interviewer or the contact writing from her own address
        // through a recruiting or sales tool, which adds List-Unsubscribe (and no Precedence or List-Id, which
        // newsletters carry) to all it sends
        boolean listMarked = signal.isPresent() && (signal.get().startsWith("Precedence:")
                || signal.get().startsWith("List-Id:") || signal.get().startsWith("List-Unsubscribe:"));
        boolean personThroughTool = signal.isPresent() && signal.get().startsWith("List-Unsubscribe:")
                && !correlation.interviewsOfPerson(from, m.received()).isEmpty();
        boolean person = listMarked && ourReference.isPresent() || personThroughTool;
        // such a person's own words that she travels or was away make no out-of-office: only its subject can
        boolean away = signal.isPresent() && (person ? AutoReplySignals.ofSubject(m.subject()).isPresent()
                : AutoReplySignals.outOfOffice(signal.get(), m.subject(), content.text()));
        if (signal.isPresent() && (away || interviews.isEmpty())) {
            return autoReply(m, signal.get(), interviews, from, away, content);
        }
        if (interviews.isEmpty()) {
            return new Verdict.Unrelated();
        }
        // also automatic mail: applicant tracking systems send the company's decision so
        Optional<String> rejection = Rejections.find(content.text());
        if (rejection.isPresent()) {
            return new Verdict.Rejection(interviews, writer, rejection.get());
        }
        if (signal.isPresent() && !person) {
            return autoReply(m, signal.get(), interviews, from, false, content);
        }
        String why = ourReference.map(id -> "references " + id).orElse("from " + writer)
                + behalf.note()
                + signal.map(s -> " (" + s + ")").orElse("");
        return new Verdict.Reply(interviews, writer, why);
    }

    /**
     * A message a tool sent on the company's behalf (an applicant tracking system, a scheduler), whose From names
     * nobody of an interview or is an address nobody reads: one whose {@code Reply-To} names a person or domain of an
     * interview is that person's; else, when nothing else ties it to an interview, one whose display name names an
     * interview's company is the company's ("Acme Careers" &lt;acme@myworkday.example&gt;).
     *
     * @param found          the interviews the message is already tied to (by reference or sender)
     * @param senderAnswers  its From is a person or domain of an interview, and an address somebody reads
     */
    private Behalf onBehalf(InboxMessage m, String from, Set<String> found, boolean senderAnswers) {
        String replyTo = m.details().replyTo();
        if (!senderAnswers && replyTo != null && !replyTo.equals(from) && !own.contains(replyTo)
                && !takesNoReplies(replyTo)) {
            Set<String> byReplyTo = correlation.interviewsOfSender(replyTo, m.received());
            if (!byReplyTo.isEmpty()) {
                return new Behalf(byReplyTo, replyTo, " (sent through " + from + ")");
            }
        }
        if (found.isEmpty() && from != null) {
            Set<String> byName = correlation.interviewsOfCompanyName(m.details().fromName(), m.received());
            if (!byName.isEmpty()) {
                return new Behalf(byName, from, " (named " + m.details().fromName() + ")");
            }
        }
        return new Behalf(Set.of(), null, "");
    }

    /** Whom a tool wrote for: the interviews, the writer (null: From), and how it was known, for the reason. */
    private record Behalf(Set<String> interviews, String writer, String note) {
    }

    /** An automatic answer; an out-of-office one with the return date its text (or subject) names. */
    private static Verdict.AutoReply autoReply(InboxMessage m, String signal, Set<String> interviews, String from,
                                               boolean away, MessageContent content) {
        Optional<LocalDate> back = away ? ReturnDates.find(content.text(), day(m), m.details().language())
                .or(() -> ReturnDates.find(m.subject(), day(m), m.details().language())) : Optional.empty();
        return new Verdict.AutoReply(signal, interviews, from, away, back);
    }

    private static boolean hasReadableReport(InboxMessage m) {
        return m.report().map(r -> !r.recipients().isEmpty()).orElse(false);
    }

    private boolean isOwn(InboxMessage m) {
        return m.from() != null && own.contains(normalise(m.from()));
    }

    /** The day the message was written (its Date, else when it arrived), in UTC. */
    private static LocalDate day(InboxMessage m) {
        return LocalDate.ofInstant(m.details().date() != null ? m.details().date() : m.received(), ZoneOffset.UTC);
    }

    /** A bounce or delay of ours in a delivery report; empty when it names nothing of ours. */
    private Optional<Verdict> classifyReport(DeliveryReport report) {
        Set<String> ids = new LinkedHashSet<>(report.originalMessageIds());
        boolean aboutOurMessage = ids.stream().anyMatch(id -> correlation.interviewOfMessageId(id).isPresent());
        Predicate<RecipientStatus> ours = r -> aboutOurMessage || correlation.isOurRecipient(recipient(r));

        List<RecipientStatus> failed = report.recipients().stream()
                .filter(RecipientStatus::failed).filter(ours).toList();
        List<RecipientStatus> permanent = failed.stream().filter(r -> !temporary(r)).toList();
        if (!permanent.isEmpty()) {
            return Optional.of(new Verdict.Bounce(addresses(permanent), ids, diagnostic(permanent.get(0)),
                    rewritten(permanent)));
        }
        if (!failed.isEmpty()) {
            return Optional.of(new Verdict.Undelivered(addresses(failed), ids, diagnostic(failed.get(0)),
                    failed.get(0).status().matches("[45]\\.2\\.2")));
        }
        List<RecipientStatus> delayed = report.recipients().stream()
                .filter(RecipientStatus::delayed).filter(ours).toList();
        if (!delayed.isEmpty()) {
            return Optional.of(new Verdict.Delayed(addresses(delayed), ids, diagnostic(delayed.get(0))));
        }
        return Optional.empty();
    }

    /**
     * A failure with a 4.x.x status: the server gave up after temporary faults, the address is not known bad. So is a
     * full mailbox, x.2.2 (over quota), which many servers report as 5.2.2: the person exists and will make room.
     */
    private static final java.util.regex.Pattern MAILBOX_FULL = java.util.regex.Pattern.compile(
            "(?<![\\d.])5\\.2\\.2(?![\\d.])");

    private static boolean temporary(RecipientStatus r) {
        return r.status().startsWith("4.") || r.status().equals("5.2.2");
    }

    private static String diagnostic(RecipientStatus r) {
        return r.diagnostic() != null ? r.diagnostic() : r.status().isEmpty() ? "Action: " + r.action()
                : "Status: " + r.status();
    }

    /**
     * A bounce that is no delivery report: a suspect whose text or attached original names one of our Message-IDs or
     * recipients. Permanent by its codes or words, else temporary; with neither, a bounce only if it is surely one
     * and its subject says it failed.
     */
    private Optional<Verdict> plainBounce(InboxMessage m) {
        if (!PlainBounces.textual(m)) {
            return Optional.empty();
        }
        MessageContent content = m.content().orElse(MessageContent.NONE);
        PlainBounces.Reading reading = PlainBounces.read(content.text(), m.subject());
        Set<String> ids = new LinkedHashSet<>(content.originalIds());
        ids.addAll(reading.messageIds());
        m.report().ifPresent(r -> ids.addAll(r.originalMessageIds()));
        if (!PlainBounces.surely(m)) {
            ids.removeIf(id -> !reading.messageIds().contains(id) && !content.originalIds().contains(id));
        } else {
            ids.addAll(m.referencedIds()); // Exchange threads its reports under the original
        }
        ids.removeIf(id -> correlation.interviewOfMessageId(id).isEmpty());
        Set<String> candidates = new LinkedHashSet<>(m.details().failedRecipients());
        candidates.addAll(reading.addresses());
        if (!ids.isEmpty()) {
            candidates.addAll(content.originalRecipients());
        }
        Set<String> recipients = candidates.stream().filter(a -> !own.contains(a))
                .filter(correlation::isOurRecipient).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty() && recipients.isEmpty()) {
            return Optional.empty();
        }
        boolean permanent = reading.permanent().orElse(!m.details().failedRecipients().isEmpty()
                || m.details().exchangeNdr());
        if (!permanent && reading.permanent().isEmpty() && !PlainBounces.surely(m)) {
            return Optional.empty(); // a subject alone, and a text that says nothing of a failure
        }
        if (permanent && MAILBOX_FULL.matcher(reading.diagnostic()).find()) {
            return Optional.of(new Verdict.Undelivered(recipients, ids, reading.diagnostic(), true));  // see #temporary
        }
        return Optional.of(permanent ? new Verdict.Bounce(recipients, ids, reading.diagnostic())
                : new Verdict.Delayed(recipients, ids, reading.diagnostic()));
    }

    private Set<String> addresses(List<RecipientStatus> recipients) {
        return recipients.stream().map(this::recipient).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Of the blocks whose address of ours the receiving side rewrote, ours and the one that failed. */
    private java.util.Map<String, String> rewritten(List<RecipientStatus> recipients) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (RecipientStatus r : recipients) {
            String ours = recipient(r);
            if (!ours.equals(r.finalRecipient())) {
                out.putIfAbsent(ours, r.finalRecipient());
            }
        }
        return out;
    }

    /**
     * The address a report's block is about, as we wrote it: its {@code Original-Recipient} when that is one of ours
     * and the receiving side rewrote it (an alias, a forward) into a {@code Final-Recipient} we never wrote to.
     */
    private String recipient(RecipientStatus r) {
        String original = r.originalRecipient();
        return original != null && !correlation.isOurRecipient(r.finalRecipient())
                && correlation.isOurRecipient(original) ? original : r.finalRecipient();
    }

    private static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
