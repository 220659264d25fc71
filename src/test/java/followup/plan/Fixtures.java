package followup.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test values for the planner, built so a test reads as a sentence:
 * {@code interview("acme").on("2026-11-17T10:00").in(NEW_YORK).with(jane(), raj()).build()}.
 */
final class Fixtures {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final String JANE = "jane.doe@acme.example";
    static final String RAJ = "raj@acme.example";

    private Fixtures() {
    }

    // ---------------------------------------------------------------- people

    static InterviewerBuilder interviewer(String name) {
        return new InterviewerBuilder(name);
    }

    /** Jane Doe, Engineering Manager, with an email and no zone of her own. */
    static InterviewerBuilder jane() {
        return interviewer("Jane Doe").titled("Engineering Manager").email(JANE)
                .talkedAbout("the migration to Kubernetes");
    }

    /** Raj Patel, Staff Engineer, with an email and no zone of his own. */
    static InterviewerBuilder raj() {
        return interviewer("Raj Patel").titled("Staff Engineer").email(RAJ).talkedAbout("on-call practices");
    }

    static SenderBuilder sender() {
        return new SenderBuilder();
    }

    /** Alex Morgan in New York, the sender of the config example. */
    static Sender alex() {
        return sender().build();
    }

    // ---------------------------------------------------------------- interviews

    static InterviewBuilder interview(String id) {
        return new InterviewBuilder(id);
    }

    /** The Acme interview with Jane (the contact) and Raj, in New York, promising two writing samples. */
    static InterviewBuilder acme() {
        return interview("acme").company("Acme Corp").position("Platform Engineer").in(NEW_YORK)
                .with(jane(), raj()).promising("two writing samples");
    }

    // ---------------------------------------------------------------- instants and lookups

    /** {@code 2026-11-17T13:00} read in {@code zone}, as an instant. */
    static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** {@code 2026-11-17T13:00-05:00[America/New_York]}, the way the failures print it. */
    static ZonedDateTime zoned(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone);
    }

    /** Asserts {@code actual} is {@code expected} in {@code zone}, printing both as local times when it is not. */
    static void assertAt(String expectedLocal, ZoneId zone, Instant actual) {
        assertEquals(zoned(expectedLocal, zone), actual.atZone(zone));
    }

    static void assertDue(String expectedLocal, ZoneId zone, PlannedMessage message) {
        assertEquals(zoned(expectedLocal, zone), message.due().atZone(zone), () -> "due of " + message.key()
                + " (" + message.reason() + ")");
    }

    static PlannedMessage message(List<PlannedMessage> plan, String key) {
        return plan.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseGet(() -> fail("no message " + key + " in " + keys(plan)));
    }

    static List<PlannedMessage> messages(List<PlannedMessage> plan, Step step) {
        return plan.stream().filter(m -> m.step() == step).toList();
    }

    static List<String> keys(List<PlannedMessage> plan) {
        return plan.stream().map(PlannedMessage::key).collect(Collectors.toList());
    }

    static Planner planner(Policy policy, Sender sender, SettableClock clock) {
        return new Planner(policy, sender, clock);
    }

    static HistoryBuilder history() {
        return new HistoryBuilder();
    }

    // ---------------------------------------------------------------- builders

    static final class InterviewerBuilder {
        private final String name;
        private String title = "";
        private String email;
        private ZoneId zone;
        private final List<String> topics = new ArrayList<>();
        private boolean handwritten;
        private String address;

        private InterviewerBuilder(String name) {
            this.name = name;
        }

        InterviewerBuilder titled(String value) {
            title = value;
            return this;
        }

        InterviewerBuilder email(String value) {
            email = value;
            return this;
        }

        InterviewerBuilder withoutEmail() {
            email = null;
            return this;
        }

        InterviewerBuilder in(ZoneId value) {
            zone = value;
            return this;
        }

        InterviewerBuilder talkedAbout(String... value) {
            topics.addAll(Arrays.asList(value));
            return this;
        }

        InterviewerBuilder wantsHandwrittenCard() {
            handwritten = true;
            return this;
        }

        InterviewerBuilder livingAt(String value) {
            address = value;
            return this;
        }

        Interviewer build() {
            return new Interviewer(name, title, email, zone, topics, handwritten, address);
        }
    }

    static final class SenderBuilder {
        private String name = "Alex Morgan";
        private String email = "alex@example.com";
        private String phone = "+1 555 0100";
        private ZoneId zone = NEW_YORK;
        private String notify;
        private String debriefWith;

        SenderBuilder email(String value) {
            email = value;
            return this;
        }

        SenderBuilder in(ZoneId value) {
            zone = value;
            return this;
        }

        SenderBuilder notifying(String value) {
            notify = value;
            return this;
        }

        SenderBuilder debriefingWith(String value) {
            debriefWith = value;
            return this;
        }

        Sender build() {
            return new Sender(name, email, phone, zone, notify, debriefWith);
        }
    }

    static final class InterviewBuilder {
        private final String id;
        private String company = "Acme Corp";
        private String position = "Platform Engineer";
        private LocalDateTime at = LocalDateTime.parse("2026-11-17T10:00");
        private ZoneId zone = NEW_YORK;
        private final List<Interviewer> interviewers = new ArrayList<>();
        private String contact;
        private boolean contactSet;
        private String phone = "+1 555 0199";
        private LocalDate nextStepBy;
        private final List<String> promisedByMe = new ArrayList<>();
        private final List<String> promisedToMe = new ArrayList<>();
        private String notes = "They need someone to own the CI pipeline.";
        private Interview.Status status = Interview.Status.ACTIVE;
        private final List<String> domains = new ArrayList<>();

        private InterviewBuilder(String id) {
            this.id = id;
        }

        InterviewBuilder company(String value) {
            company = value;
            return this;
        }

        InterviewBuilder position(String value) {
            position = value;
            return this;
        }

        /** When the interview starts: an ISO local date-time in the record's zone. */
        InterviewBuilder on(String localDateTime) {
            at = LocalDateTime.parse(localDateTime);
            return this;
        }

        InterviewBuilder in(ZoneId value) {
            zone = value;
            return this;
        }

        InterviewBuilder with(InterviewerBuilder... people) {
            interviewers.clear();
            for (InterviewerBuilder person : people) {
                interviewers.add(person.build());
            }
            return this;
        }

        /** The follow-up address; by default, as the record loader does, the first interviewer with an email. */
        InterviewBuilder contact(String value) {
            contact = value;
            contactSet = true;
            return this;
        }

        InterviewBuilder phone(String value) {
            phone = value;
            return this;
        }

        InterviewBuilder nextStepBy(String isoDate) {
            nextStepBy = LocalDate.parse(isoDate);
            return this;
        }

        InterviewBuilder promising(String... things) {
            promisedByMe.clear();
            promisedByMe.addAll(Arrays.asList(things));
            return this;
        }

        InterviewBuilder promisingNothing() {
            promisedByMe.clear();
            return this;
        }

        InterviewBuilder promisedToMe(String... things) {
            promisedToMe.addAll(Arrays.asList(things));
            return this;
        }

        InterviewBuilder closed() {
            status = Interview.Status.CLOSED;
            return this;
        }

        Interview build() {
            String theContact = contactSet ? contact
                    : interviewers.stream().map(Interviewer::email).filter(e -> e != null).findFirst().orElse(null);
            return new Interview(id, company, position, at, zone, interviewers, theContact, phone, nextStepBy,
                    promisedByMe, promisedToMe, notes, status, domains, Map.of());
        }
    }

    static final class HistoryBuilder {
        private final Map<String, Instant> sent = new java.util.HashMap<>();
        private final Map<String, String> ids = new java.util.HashMap<>();

        HistoryBuilder sent(String key, Instant at) {
            sent.put(key, at);
            return this;
        }

        HistoryBuilder messageId(String key, String messageId) {
            ids.put(key, messageId);
            return this;
        }

        History build() {
            return History.of(sent, ids);
        }
    }
}
