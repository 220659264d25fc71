package followup.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an interview record, the policy and the clock into the interview's timeline (PRODUCT.md section 3).
 * Pure: no I/O, time only from the injected clock, what already happened only from the {@link History}.
 */
public final class Planner {
    /** How far an out-of-office reply may move a message: a return date further out leaves it where it is. */
    public static final Duration MAX_OUT_OF_OFFICE_MOVE = Duration.ofDays(30);

    private final Policy policy;
    private final Sender sender;
    private final Clock clock;
    private final Openings openings;
    private final Windows windows;

    public Planner(Policy policy, Sender sender, Clock clock) {
        this(policy, sender, clock, HolidayCalendar.NONE);
    }

    /** @param holidays public holidays where recipients are: the send window stays shut on them */
    public Planner(Policy policy, Sender sender, Clock clock, HolidayCalendar holidays) {
        this.policy = policy;
        this.sender = sender;
        this.clock = clock;
        this.openings = new Openings(policy.window(), holidays);
        this.windows = new Windows(policy, sender, openings);
    }

    public Policy policy() {
        return policy;
    }

    public Sender sender() {
        return sender;
    }

    public List<PlannedMessage> plan(Interview interview) {
        return plan(interview, History.NONE);
    }

    public List<PlannedMessage> plan(Interview interview, History history) {
        Timeline timeline = new Timeline(interview, history);
        timeline.promiseReminder();
        timeline.handwrittenNote();
        timeline.thankYous();
        timeline.debrief();
        timeline.followUps();
        List<PlannedMessage> result = new ArrayList<>();
        Instant now = clock.instant();
        for (PlannedMessage m : timeline.messages) {
            result.add(settle(interview, m, history, now));
        }
        result.sort(Comparator.comparing(PlannedMessage::due).thenComparing(m -> m.step().ordinal())
                .thenComparing(PlannedMessage::key));
        return List.copyOf(result);
    }

    /**
     * True if the moment a message of this step went out moves another step of its interview: the second follow-up
     * counts from when the follow-up went out, and the call reminder from the second follow-up. No other step's plan
     * reads when another message went out ({@link Timeline#predecessor}), so after any other send the interview's
     * plan is what it was.
     */
    public static boolean pacesAnother(Step step) {
        return Arrays.stream(Step.values()).anyMatch(s -> s.follows().orElse(null) == step);
    }

    /** Applies what no due instant can change: a closed record, a sent message, a bound already passed. */
    private PlannedMessage settle(Interview interview, PlannedMessage m, History history, Instant now) {
        if (m.state() != State.PLANNED) {
            return m;
        }
        if (history.sentAt(m.key()).isPresent()) {
            return m.withState(State.SENT, "sent");
        }
        if (interview.closed()) {
            return m.withState(State.CANCELLED, "record closed (status = closed)");
        }
        if (now.isAfter(m.latest())) {
            return m.withState(State.SKIPPED, "missed: its latest bound " + format(m.latest(), m.to().zone())
                    + " passed before it could go out");
        }
        Interviewer person = m.interviewer();
        ZoneId companyZone = m.step() == Step.CALL_REMINDER
                ? (person != null && person.zone() != null ? person.zone() : interview.zone()) : m.to().zone();
        String country = person != null && person.country() != null ? person.country() : interview.country();
        return windows.late(m, now, companyZone, country);
    }

    static String format(Instant instant, ZoneId zone) {
        return OpeningText.format(instant, zone);
    }

    /** The messages of one interview, built step by step. */
    private final class Timeline {
        private final Interview interview;
        private final History history;
        private final Instant start;
        private final List<PlannedMessage> messages = new ArrayList<>();
        private final Absences absences;
        /** When each interviewer's thank-you is planned, by address (before anything moves or sends it). */
        private final Map<String, Instant> thanked = new HashMap<>();

        Timeline(Interview interview, History history) {
            this.interview = interview;
            this.history = history;
            this.start = interview.start().toInstant();
            this.absences = new Absences(history, openings, policy.missedGrace(), clock.instant());
        }

        private Recipient self() {
            return new Recipient(sender.name(), sender.notifyAddress(), sender.zone());
        }

        private ZoneId zoneOf(Interviewer interviewer) {
            return interviewer != null && interviewer.zone() != null ? interviewer.zone() : interview.zone();
        }

        private String key(Step step, Recipient to) {
            return interview.id() + "/" + step.id() + "/" + to.keyPart(step.audience() == Step.Audience.SELF);
        }

        private String messageId(String key, Step step) {
            return history.messageId(key).orElseGet(() -> MessageIds.of(sender, interview, key, step));
        }

        private PlannedMessage add(Step step, Recipient to, List<String> cc, Interviewer interviewer, Instant due,
                                   Instant latest, boolean estimated, State state, String reason, String inReplyTo) {
            String key = key(step, to);
            Instant actual = history.sentAt(key).orElse(due);
            PlannedMessage m = new PlannedMessage(key, interview.id(), step, to, cc, interviewer, actual, latest,
                    estimated && history.sentAt(key).isEmpty(), state == State.PLANNED, state, reason,
                    messageId(key, step), inReplyTo);
            if (step.toCompany() && state == State.PLANNED && history.sentAt(key).isEmpty()) {
                m = absences.pastAbsence(m, countryOf(to));
                String observance = openings.observance(m.due(), to.zone(), countryOf(to));
                if (!observance.isEmpty()) {
                    m = m.withState(m.state(), m.reason() + observance, m.cause());
                }
            }
            messages.add(m);
            return m;
        }

        /** The recipient's country for public holidays: the interviewer's, else the record's, else null (the zone's). */
        private String countryOf(Recipient to) {
            return interview.interviewers().stream().filter(i -> i.email() != null && i.email().equals(to.email()))
                    .map(Interviewer::country).filter(c -> c != null).findFirst().orElse(interview.country());
        }

        private PlannedMessage selfStep(Step step, Duration after, List<String> cc, String skipReason) {
            Instant base = Waits.after(start, after, interview.zone());
            Instant due = windows.opening(step, base, sender.zone(), null);
            Instant latest = due.plus(policy.missedGrace());
            State state = skipReason == null ? State.PLANNED : State.SKIPPED;
            String reason = skipReason != null ? skipReason : "interview + " + Waits.describe(after)
                    + (due.equals(base) ? "" : "; moved into your waking hours (policy.self-window), "
                    + format(due, sender.zone()));
            return add(step, self(), cc, null, due, latest, false, state, reason, null);
        }

        void promiseReminder() {
            selfStep(Step.PROMISE_REMINDER, policy.promiseReminderAfter(), List.of(),
                    interview.promisedByMe().isEmpty() ? "nothing promised (promised-by-me is empty)" : null);
        }

        void handwrittenNote() {
            // also the reminder to thank, another way, everyone the record has no address for
            boolean wanted = interview.interviewers().stream().anyMatch(i -> i.handwritten() || i.email() == null);
            selfStep(Step.HANDWRITTEN_NOTE, policy.handwrittenNoteAfter(), List.of(),
                    wanted ? null : "no interviewer wants a handwritten card, and every one has an email address");
        }

        void debrief() {
            List<String> cc = sender.debriefPartner().map(List::of).orElse(List.of());
            selfStep(Step.DEBRIEF, policy.debriefAfter(), cc,
                    policy.debriefEnabled() ? null : "debrief disabled (policy.debrief.enabled = false)");
        }

        void thankYous() {
            Duration after = policy.thankYouAfter();
            Instant base = Waits.after(start, after, interview.zone());
            Instant latest = Waits.after(start, policy.thankYouLatest(), interview.zone());
            for (Interviewer person : interview.interviewers()) {
                ZoneId zone = zoneOf(person);
                Recipient to = new Recipient(person.name(), person.email(), zone);
                if (person.handwritten()) {
                    add(Step.THANK_YOU, to, List.of(), person, base, latest, false, State.SKIPPED,
                            person.name() + " gets a handwritten card instead (handwritten = true)", null);
                    continue;
                }
                if (person.email() == null) {
                    add(Step.THANK_YOU, to, List.of(), person, base, latest, false, State.SKIPPED,
                            "no email address for " + person.name(), null);
                    continue;
                }
                String wait = "interview + " + Waits.describe(after);
                Instant due = base;
                Instant bound = latest;
                String reason = wait;
                String country = countryOf(to);
                if (!openings.contains(base, zone, country)) {
                    Instant opening = openings.next(base, zone, country);
                    String falls = policy.window().contains(base, zone)
                            ? " falls on a public holiday where the recipient is" + openings.skipped(base, opening,
                                    zone, country)
                            : " falls outside the send window";
                    if (!opening.isAfter(latest)) {
                        due = opening;
                        reason = wait + falls + "; moved to its next opening, " + format(opening, zone);
                    } else if (openings.awake(base, zone)) {
                        reason = wait + falls + " and its next opening (" + format(opening, zone)
                                + ") is later than interview + " + Waits.describe(policy.thankYouLatest())
                                + ": a prompt note beats a late one";
                    } else {
                        // never in the recipient's night or on their weekend: the window's next opening,
                        // even past interview + latest, with the bound of any other step
                        due = opening;
                        bound = opening.plus(policy.missedGrace());
                        reason = wait + " (" + format(base, zone) + ") falls in " + offHours(base, zone)
                                + "; moved to the send window's next opening, " + format(opening, zone);
                    }
                }
                thanked.put(person.email(), due);
                add(Step.THANK_YOU, to, List.of(), person, due, bound, false, State.PLANNED, reason, null);
            }
        }

        /** Why {@code t} is no time for a prompt note outside the window ({@link Openings#awake}). */
        private String offHours(Instant t, ZoneId zone) {
            ZonedDateTime local = t.atZone(zone);
            LocalTime time = local.toLocalTime();
            if (!time.isBefore(openings.nightBegins()) || time.isBefore(openings.nightEnds())) {
                return "the recipient's night (" + openings.nightBegins() + " to " + openings.nightEnds()
                        + " in their zone)";
            }
            return "the recipient's weekend (a day policy.send-window.days leaves out)";
        }

        void followUps() {
            Optional<Interviewer> contact = interview.contactPerson();
            Interviewer person = contact.orElse(null);
            ZoneId zone = zoneOf(person);
            Recipient to = person != null
                    ? new Recipient(person.name(), person.email(), zone)
                    : new Recipient(interview.company(), null, zone);
            String noContact = person == null ? "no contact address (no interviewer has an email)" : null;

            PlannedMessage followUp = followUp(to, zone, noContact);

            Duration secondWait = policy.secondFollowUpAfter();
            Instant afterFirst = predecessor(followUp);
            Instant secondBase = Waits.after(afterFirst, secondWait, zone);
            Instant secondDue = openings.next(secondBase, zone, countryOf(to));
            String secondReason = Waits.describe(secondWait) + " after the follow-up "
                    + (history.sentAt(followUp.key()).isPresent() ? "went out" : "(estimated from its planned time)")
                    + windowNote(secondBase, secondDue, zone, countryOf(to));
            PlannedMessage second = add(Step.SECOND_FOLLOW_UP, to, List.of(), person, secondDue,
                    secondDue.plus(policy.missedGrace()), history.sentAt(followUp.key()).isEmpty(),
                    noContact == null ? State.PLANNED : State.SKIPPED,
                    noContact == null ? secondReason : noContact, followUp.messageId());

            Duration callWait = policy.callReminderAfter();
            Instant afterSecond = predecessor(second);
            Instant callBase = Waits.after(afterSecond, callWait, sender.zone());
            Instant callDue = windows.opening(Step.CALL_REMINDER, callBase, zone, countryOf(to));
            String callReason = Waits.describe(callWait) + " after the second follow-up "
                    + (history.sentAt(second.key()).isPresent() ? "went out" : "(estimated from its planned time)")
                    + (callDue.equals(callBase) ? "" : "; moved to a time the company can be called, "
                    + format(callDue, zone));
            add(Step.CALL_REMINDER, self(), List.of(), person, callDue, callDue.plus(policy.missedGrace()),
                    history.sentAt(second.key()).isEmpty(), noContact == null ? State.PLANNED : State.SKIPPED,
                    noContact == null ? callReason : noContact, null);
        }

        private PlannedMessage followUp(Recipient to, ZoneId zone, String noContact) {
            Instant thankYou = to.email() == null ? null : thanked.get(to.email());
            FollowUpWait wait = FollowUpWait.of(interview, policy, start, thankYou, to.name(), zone);
            Instant base = wait.base();
            String reason = wait.reason();
            Instant due = openings.next(base, zone, countryOf(to));
            return add(Step.FOLLOW_UP, to, List.of(), null, due, due.plus(policy.missedGrace()), false,
                    noContact == null ? State.PLANNED : State.SKIPPED,
                    noContact == null ? reason + windowNote(base, due, zone, countryOf(to)) : noContact, null);
        }

        /** When a step's predecessor went out, or, until it has, its planned instant (never in the past). */
        private Instant predecessor(PlannedMessage previous) {
            return history.sentAt(previous.key()).orElseGet(() -> {
                Instant now = clock.instant();
                return previous.due().isBefore(now) ? now : previous.due();
            });
        }

        private String windowNote(Instant base, Instant due, ZoneId zone, String country) {
            if (due.equals(base)) {
                return "";
            }
            boolean holiday = !policy.window().nextOpening(base, zone).equals(due);
            return "; moved " + (holiday ? "past a public holiday" + openings.skipped(base, due, zone, country) + " "
                    : "") + "into the send window, " + format(due, zone);
        }
    }
}
