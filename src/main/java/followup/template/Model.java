package followup.template;

import followup.plan.Greeting;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Rounds;
import followup.plan.SendWindow;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The data a template sees: plain maps, lists and strings only (no Java objects, so a template cannot reach the
 * Java API). A value the record does not have is absent, not empty, so a template that uses it without a default
 * fails validation instead of printing a blank. Words that depend on the moment of sending ("yesterday") are
 * computed from {@code at}, the instant the message goes out.
 */
final class Model {
    private Model() {
    }

    static Map<String, Object> of(Interview interview, List<Interview> earlierRounds, Sender sender,
                                  PlannedMessage message, List<PlannedMessage> timeline, String followUpSubject,
                                  Instant at, SendWindow officeHours) {
        Wording words = Wording.of(message.step().toCompany() ? interview.language() : sender.language());
        Map<String, Object> root = new LinkedHashMap<>();
        ZoneId zone = message.to().zone();
        root.put("sender", sender(sender));
        root.put("interview", interview(interview, at, zone, words));
        Interviewer person = message.interviewer();
        if (message.step() == Step.THANK_YOU && person != null) {
            Predicate<Interviewer> metBefore = i -> Rounds.metBefore(i, earlierRounds);
            Map<String, Object> to = mentioning(person(person, words), words);
            to.put("metBefore", metBefore.test(person));
            root.put("to", to);
            root.put("others", words.list(interview.interviewers().stream().filter(i -> i != person)
                    .map(i -> Panel.listed(i, words.language())).toList()));
            root.put("note", Panel.note(interview, person, words, metBefore));
        } else if (message.step().toCompany()) {
            interview.contactPerson().ifPresent(c -> root.put("to", mentioning(person(c, words), words)));
        } else {
            root.put("to", Map.of("name", sender.name(), "firstName", firstName(sender.name()),
                    "email", sender.notifyAddress()));
        }
        interview.contactPerson().ifPresent(c -> root.put("contact", person(c, words)));
        Panel.asker(interview).ifPresent(a -> root.put("passOnBy", person(a, words)));
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("step", message.step().id());
        msg.put("key", message.key());
        msg.put("date", words.date().format(at.atZone(zone)));
        msg.put("dateTime", words.dateTime(at.atZone(zone)));
        root.put("message", msg);
        root.put("cards", interview.interviewers().stream().filter(Interviewer::handwritten)
                .map(i -> carded(i, words, interview)).toList());
        root.put("unthanked", interview.interviewers().stream().filter(i -> !i.handwritten() && i.email() == null)
                .map(i -> carded(i, words, interview)).toList());
        root.put("steps", steps(timeline, sender.zone(), words));
        if (followUpSubject != null) {
            timeline.stream().filter(m -> m.step() == Step.FOLLOW_UP).findFirst().ifPresent(f -> {
                Map<String, Object> fu = new LinkedHashMap<>();
                fu.put("subject", followUpSubject);
                // "Re: " and the subject, unless the follow-up is itself an answer ("Re: Thank you ..."): never "Re: Re:"
                fu.put("reply", ReplySubject.of(followUpSubject));
                fu.put("date", words.date().format(f.due().atZone(zone)));
                fu.put("when", words.relativeDay(f.due(), at, zone));
                root.put("followUp", fu);
            });
        }
        if (!sender.debriefPartner().isEmpty()) {
            root.put("debriefWith", sender.debriefWith());
        }
        if (message.step() == Step.CALL_REMINDER) {
            Interviewer contact = message.interviewer();
            ZoneId companyZone = contact != null && contact.zone() != null ? contact.zone() : interview.zone();
            root.put("call", call(at, companyZone, sender.zone(), officeHours, words));
        }
        return root;
    }

    /**
     * When the call reminder arrives, the company's side of the call, in the reader's words: {@code place}
     * ("Tokyo", from the zone), {@code zone} ("JST"), {@code time} and {@code weekday} there, and, when the send
     * window is on, {@code closes} (the end of their office hours that day, their time) and {@code closesHere} (the
     * same instant in the user's zone), with {@code closesHereWeekday} when that is another day for the user, and
     * {@code sameClock} when the user's clock reads the same then (nothing to convert).
     */
    private static Map<String, Object> call(Instant at, ZoneId companyZone, ZoneId userZone, SendWindow hours,
                                            Wording words) {
        ZonedDateTime there = at.atZone(companyZone);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("place", Places.of(companyZone, words.language()));
        m.put("zone", zoneName(there, words));
        m.put("time", words.time().format(there));
        m.put("weekday", words.weekday(there.toLocalDate()));
        if (hours.enabled()) {
            ZonedDateTime closes = there.toLocalDate().atTime(hours.until()).atZone(companyZone);
            ZonedDateTime here = closes.withZoneSameInstant(userZone);
            m.put("closes", words.time().format(closes));
            m.put("closesZone", zoneName(closes, words));
            m.put("closesHere", words.time().format(here));
            m.put("sameClock", here.toLocalDateTime().equals(closes.toLocalDateTime()));
            if (!here.toLocalDate().equals(at.atZone(userZone).toLocalDate())) {
                m.put("closesHereWeekday", words.weekday(here.toLocalDate()));
            }
        }
        return m;
    }

    static Map<String, Object> sender(Sender s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("firstName", firstName(s.name()));
        m.put("email", s.email());
        putIfPresent(m, "phone", s.phone());
        return m;
    }

    /**
     * A zone's short name as the message's language writes it: "CST", "CET" in English, "MEZ" and "MESZ" in German,
     * as the dates and times of the same message ({@link Wording#dateTime}) name them.
     */
    private static String zoneName(ZonedDateTime t, Wording words) {
        return words.zoneName(t);
    }

    /**
     * The interview's time of day in its own zone, with that zone's short name when the reader lives by another one
     * ("10:00 AM CST" in a debrief to a sender in New York), so that a reminder never reads as the reader's own time.
     */
    private static String time(ZonedDateTime start, ZoneId readerZone, Wording words) {
        String time = words.time().format(start);
        boolean sameClock = start.withZoneSameInstant(readerZone).toLocalDateTime().equals(start.toLocalDateTime());
        return sameClock ? time : time + " " + zoneName(start, words);
    }

    static Map<String, Object> interview(Interview iv, Instant at, ZoneId recipientZone, Wording words) {
        Map<String, Object> m = new LinkedHashMap<>();
        ZonedDateTime start = iv.start();
        m.put("id", iv.id());
        m.put("company", iv.company());
        // as a sentence names it: "bei der Nordlicht GmbH" in German (Wording#company)
        m.put("companyNominative", words.company(iv.company(), Wording.Case.NOMINATIVE));
        m.put("companyAccusative", words.company(iv.company(), Wording.Case.ACCUSATIVE));
        m.put("companyDative", words.company(iv.company(), Wording.Case.DATIVE));
        m.put("position", iv.positionShown());
        m.put("positionAsWritten", iv.position());
        m.put("language", iv.language());
        m.put("date", words.date().format(start));
        m.put("time", time(start, recipientZone, words));
        m.put("weekday", words.weekday(start.toLocalDate()));
        m.put("when", words.relativeDay(start.toInstant(), at, recipientZone));
        putIfPresent(m, "phone", iv.phone());
        putIfPresent(m, "notes", iv.notes());
        if (iv.nextStepBy() != null) {
            m.put("nextStepBy", words.date().format(iv.nextStepBy()));
        }
        m.put("promisedByMe", Phrases.promises(iv.promisedByMe()));
        m.put("promisedToMe", Phrases.promises(iv.promisedToMe()));
        m.put("promisedByMeText", words.list(Phrases.promises(iv.promisedByMe())));
        m.put("promisedToMeText", words.list(Phrases.promises(iv.promisedToMe())));
        m.put("takeaways", phrases(iv.takeaways()));
        m.put("takeawaysText", words.list(phrases(iv.takeaways())));
        List<Map<String, Object>> people = iv.interviewers().stream().map(i -> person(i, words)).toList();
        m.put("interviewers", people);
        m.put("everyone", words.list(iv.interviewers().stream().map(Interviewer::name).toList()));
        List<String> topics = new ArrayList<>();
        iv.interviewers().forEach(i -> phrases(i.topics()).forEach(t -> {
            if (!topics.contains(t)) {
                topics.add(t);
            }
        }));
        m.put("topics", topics);
        m.put("allTopics", words.list(topics));
        return m;
    }

    static Map<String, Object> person(Interviewer i, Wording words) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("firstName", i.firstName());
        // the name without honorifics, for languages that put an article before one ("a la Sra. García")
        m.put("plainName", Panel.listed(i, words.language()));
        m.put("salutation", Greeting.address(words.language(), i.salutation(), i.name()));
        m.put("greeting", Greeting.line(words.language(), i.salutation(), i.name()));
        putIfPresent(m, "title", i.title());
        if (i.email() != null) {
            m.put("email", i.email());
        }
        m.put("topics", phrases(i.topics()));
        m.put("topicsText", words.list(phrases(i.topics())));
        putIfPresent(m, "address", i.address());
        m.put("handwritten", i.handwritten());
        return m;
    }

    /** How many of a person's topics a message to them names: a sentence, not a list of everything said. */
    static final int MENTIONED_TOPICS = 3;

    /**
     * A person as a message to them sees them: {@code topics} and {@code topicsText} only the first
     * {@link #MENTIONED_TOPICS} of their topics ("the migration to Kubernetes, on-call practices and hiring"); the
     * debrief to the job seeker still lists them all.
     */
    private static Map<String, Object> mentioning(Map<String, Object> person, Wording words) {
        @SuppressWarnings("unchecked")
        List<String> topics = (List<String>) person.get("topics");
        if (topics.size() > MENTIONED_TOPICS) {
            List<String> first = topics.subList(0, MENTIONED_TOPICS);
            person.put("topics", List.copyOf(first));
            person.put("topicsText", words.list(first));
        }
        return person;
    }

    /**
     * A person who gets a card, as the reminder names them, with {@code card}: the greeting and topics the card
     * itself uses, in the interview's language, since the card goes to them ({@code card.ftl}).
     */
    private static Map<String, Object> carded(Interviewer i, Wording words, Interview interview) {
        Map<String, Object> m = person(i, words);
        Map<String, Object> card = mentioning(person(i, Wording.of(interview.language())),
                Wording.of(interview.language()));
        m.put("card", Map.of("greeting", card.get("greeting"), "topicsText", card.get("topicsText")));
        return m;
    }

    private static List<Map<String, Object>> steps(List<PlannedMessage> timeline, ZoneId zone, Wording words) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlannedMessage m : timeline) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("step", m.step().id());
            s.put("to", m.to().name());
            s.put("dateTime", words.dateTime(m.due().atZone(zone)));
            s.put("state", m.state().label());
            out.add(s);
        }
        return out;
    }

    /** "today", "yesterday", "on Friday", "last week" or "on Friday, November 20", in English. */
    static String relativeDay(Instant event, Instant seenFrom, ZoneId zone) {
        return Wording.of("en").relativeDay(event, seenFrom, zone);
    }

    /** "Jane", "Jane and Raj", "Jane, Raj and Mia". */
    static String names(List<String> names) {
        return Wording.of("en").list(names);
    }

    static String phrase(String text) {
        return Phrases.phrase(text);
    }

    static List<String> phrases(List<String> texts) {
        return Phrases.phrases(texts);
    }

    static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
