package followup.template;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data a template sees: plain maps, lists and strings only (no Java objects, so a template cannot reach the
 * Java API). A value the record does not have is absent, not empty, so a template that uses it without a default
 * fails validation instead of printing a blank.
 */
final class Model {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a z", Locale.ENGLISH);

    private Model() {
    }

    static Map<String, Object> of(Interview interview, Sender sender, PlannedMessage message,
                                  List<PlannedMessage> timeline, String followUpSubject) {
        Map<String, Object> root = new LinkedHashMap<>();
        ZoneId zone = message.to().zone();
        root.put("sender", sender(sender));
        root.put("interview", interview(interview, message.due(), zone));
        Interviewer person = message.interviewer();
        if (message.step() == Step.THANK_YOU && person != null) {
            root.put("to", person(person));
            root.put("others", names(interview.interviewers().stream().filter(i -> i != person)
                    .map(Interviewer::name).toList()));
        } else if (message.step().toCompany()) {
            interview.contactPerson().ifPresent(c -> root.put("to", person(c)));
        } else {
            root.put("to", Map.of("name", sender.name(), "firstName", firstName(sender.name()),
                    "email", sender.notifyAddress()));
        }
        interview.contactPerson().ifPresent(c -> root.put("contact", person(c)));
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("step", message.step().id());
        msg.put("key", message.key());
        msg.put("date", DATE.format(message.due().atZone(zone)));
        msg.put("dateTime", DATE_TIME.format(message.due().atZone(zone)));
        root.put("message", msg);
        root.put("cards", interview.interviewers().stream().filter(Interviewer::handwritten).map(Model::person)
                .toList());
        root.put("steps", steps(timeline, sender.zone()));
        if (followUpSubject != null) {
            timeline.stream().filter(m -> m.step() == Step.FOLLOW_UP).findFirst().ifPresent(f -> {
                Map<String, Object> fu = new LinkedHashMap<>();
                fu.put("subject", followUpSubject);
                fu.put("date", DATE.format(f.due().atZone(zone)));
                fu.put("when", relativeDay(f.due(), message.due(), zone));
                root.put("followUp", fu);
            });
        }
        if (!sender.debriefPartner().isEmpty()) {
            root.put("debriefWith", sender.debriefWith());
        }
        return root;
    }

    /**
     * What {@code rejection-reply.ftl} sees: {@code sender}, {@code interview} and {@code to}, the person whose
     * message said no (name, firstName, email).
     */
    static Map<String, Object> answer(Interview interview, Sender sender, String toName, String toEmail,
                                      Instant now) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sender", sender(sender));
        root.put("interview", interview(interview, now, interview.zone()));
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("name", toName);
        to.put("firstName", firstName(toName));
        to.put("email", toEmail);
        root.put("to", to);
        return root;
    }

    private static Map<String, Object> sender(Sender s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("firstName", firstName(s.name()));
        m.put("email", s.email());
        putIfPresent(m, "phone", s.phone());
        return m;
    }

    private static Map<String, Object> interview(Interview iv, Instant due, ZoneId recipientZone) {
        Map<String, Object> m = new LinkedHashMap<>();
        ZonedDateTime start = iv.start();
        m.put("id", iv.id());
        m.put("company", iv.company());
        m.put("position", iv.position());
        m.put("date", DATE.format(start));
        m.put("time", TIME.format(start));
        m.put("weekday", start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        m.put("when", relativeDay(start.toInstant(), due, recipientZone));
        putIfPresent(m, "phone", iv.phone());
        putIfPresent(m, "notes", iv.notes());
        if (iv.nextStepBy() != null) {
            m.put("nextStepBy", SHORT_DATE.format(iv.nextStepBy()));
        }
        m.put("promisedByMe", iv.promisedByMe());
        m.put("promisedToMe", iv.promisedToMe());
        List<Map<String, Object>> people = iv.interviewers().stream().map(Model::person).toList();
        m.put("interviewers", people);
        m.put("everyone", names(iv.interviewers().stream().map(Interviewer::name).toList()));
        List<String> topics = new ArrayList<>();
        iv.interviewers().forEach(i -> i.topics().forEach(t -> {
            if (!topics.contains(t)) {
                topics.add(t);
            }
        }));
        m.put("topics", topics);
        m.put("allTopics", names(topics));
        return m;
    }

    private static Map<String, Object> person(Interviewer i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("firstName", i.firstName());
        putIfPresent(m, "title", i.title());
        if (i.email() != null) {
            m.put("email", i.email());
        }
        m.put("topics", i.topics());
        m.put("topicsText", names(i.topics()));
        putIfPresent(m, "address", i.address());
        m.put("handwritten", i.handwritten());
        return m;
    }

    private static List<Map<String, Object>> steps(List<PlannedMessage> timeline, ZoneId zone) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlannedMessage m : timeline) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("step", m.step().id());
            s.put("to", m.to().name());
            s.put("dateTime", DATE_TIME.format(m.due().atZone(zone)));
            s.put("state", m.state().label());
            out.add(s);
        }
        return out;
    }

    /** "today", "yesterday", "on Friday" or "on Friday, November 20", seen from the day a message goes out. */
    static String relativeDay(Instant event, Instant seenFrom, ZoneId zone) {
        LocalDate day = event.atZone(zone).toLocalDate();
        LocalDate from = seenFrom.atZone(zone).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(day, from);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days > 1 && days < 7) {
            return "on " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        }
        return "on " + DATE.format(day);
    }

    /** "Jane", "Jane and Raj", "Jane, Raj and Mia". */
    static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
