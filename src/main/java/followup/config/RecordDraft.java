package followup.config;

import com.typesafe.config.ConfigUtil;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A new interview record, before it is written: what an invitation (or the questions of {@code followup add}) said.
 * {@link #hocon()} writes it in the shape of the README's sample, with commented placeholders for what only the user
 * knows (topics, promises, the stated timeline).
 *
 * @param zoneNote a comment on where the zone came from when it is a guess (UTC only, an unknown TZID), or null
 * @param positionNote a comment on the position when the user should write or check it, or null
 * @param source   where the values came from, for the first comment line
 * @param previous the id of the earlier round this one follows, or null
 * @param notices  what the user should know about how the values were read (said on the console, not written)
 * @param domains  the record's {@code domains} with the comment that says why, or null to leave the key out
 */
public record RecordDraft(String company, String position, LocalDateTime at, ZoneId zone, List<Person> interviewers,
                          String notes, String zoneNote, String source, String previous, List<String> notices,
                          String positionNote, Domains domains) {

    /** The record's {@code domains} as written, and a comment on them. */
    public record Domains(List<String> entries, String comment) {
        public Domains {
            entries = entries.stream().map(RecordDraft::line).toList();
            comment = line(comment);
        }
    }

    /** One interviewer: a name, and an address when the invitation had one. */
    public record Person(String name, String email) {
        public Person {
            name = RecordDraft.line(name);
            email = email == null || email.isBlank() ? null : RecordDraft.line(email);
        }

        /** The person as the record's {@code interviewers} holds them: {@code { name = "...", email = "..." }}. */
        public String entry() {
            return "{ name = " + q(name) + (email == null ? "" : ", email = " + q(email)) + " }";
        }
    }

    public RecordDraft {
        company = line(company);
        position = line(position);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        interviewers = List.copyOf(interviewers);
        notes = notes == null ? "" : notes.strip();
        source = source == null ? "" : line(source);
        previous = previous == null || previous.isBlank() ? null : line(previous);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public RecordDraft(String company, String position, LocalDateTime at, ZoneId zone, List<Person> interviewers,
                       String notes, String zoneNote, String source) {
        this(company, position, at, zone, interviewers, notes, zoneNote, source, null, List.of(), null, null);
    }

    /** The same draft, following the earlier round {@code id}. */
    public RecordDraft following(String id) {
        return new RecordDraft(company, position, at, zone, interviewers, notes, zoneNote, source, id, notices,
                positionNote, domains);
    }

    /** The same draft, with a comment on its position line (null: none). */
    public RecordDraft withPositionNote(String note) {
        return new RecordDraft(company, position, at, zone, interviewers, notes, zoneNote, source, previous, notices,
                note, domains);
    }

    /** The same draft with one more thing to tell the user. */
    public RecordDraft noting(String notice) {
        List<String> more = new java.util.ArrayList<>(notices);
        more.add(notice);
        return new RecordDraft(company, position, at, zone, interviewers, notes, zoneNote, source, previous, more,
                positionNote, domains);
    }

    /** The same draft with these {@code domains} written in the record (null: none). */
    public RecordDraft withDomains(Domains written) {
        return new RecordDraft(company, position, at, zone, interviewers, notes, zoneNote, source, previous, notices,
                positionNote, written);
    }

    /**
     * A file name for the record: {@code acme-corp-platform-engineer}, letters, digits and dashes; the day instead of
     * a position not known yet ({@code acme-2027-01-14}).
     */
    public String suggestedId() {
        String base = slug(company) + "-" + (position.isBlank() ? at.toLocalDate().toString() : slug(position));
        base = base.replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-$", "");
        }
        return base.isEmpty() ? "interview-" + at.toLocalDate() : base;
    }

    private static String slug(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
    }

    /** One line: no control characters, at most the record's 300 characters. */
    static String line(String s) {
        String one = s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return one.length() > Fields.MAX_LINE ? one.substring(0, Fields.MAX_LINE).strip() : one;
    }

    public String hocon() {
        StringBuilder b = new StringBuilder();
        if (!source.isEmpty()) {
            b.append("# ").append(source).append('\n');
        }
        b.append("company  = ").append(q(company)).append('\n');
        b.append("position = ").append(q(position));
        if (positionNote != null) {
            b.append("   # ").append(line(positionNote));
        }
        b.append('\n');
        b.append("at       = ").append(q(at.toString())).append('\n');
        b.append("zone     = ").append(q(zone.getId()));
        if (zoneNote != null) {
            b.append("   # ").append(line(zoneNote));
        }
        b.append('\n');
        b.append("interviewers = [\n");
        if (interviewers.isEmpty()) {
            b.append("  # nobody else was on the invitation: put the people you met here, one per line, as in\n")
                    .append("  # { name = \"Jane Doe\", email = \"jane.doe@acme.example\", topics = [\"...\"] }\n")
                    .append("  { name = ").append(q("the hiring team at " + company)).append(" }\n");
        }
        for (Person p : interviewers) {
            b.append("  ").append(p.entry())
                    .append("   # add: title = \"...\", topics = [\"what they talked about\"]\n");
        }
        b.append("]\n");
        b.append("# next-step-by   = \"").append(at.toLocalDate().plusDays(7)).append("\"   # the date they said they"
                + " would be in touch by\n");
        b.append("# promised-by-me = [\"what you said you would send\"]\n");
        b.append("# promised-to-me = [\"what they said they would send\"]\n");
        b.append("# phone          = \"+1 555 0199\"   # the contact's number, for the call reminder\n");
        if (domains != null) {
            b.append("domains  = [").append(String.join(", ", domains.entries().stream().map(RecordDraft::q).toList()))
                    .append("]   # ").append(domains.comment()).append('\n');
        }
        if (previous != null) {
            b.append("previous = ").append(q(previous)).append("   # the earlier round: its pending follow-ups give"
                    + " way to this one's\n");
        }
        if (!notes.isEmpty()) {
            String text = notes.length() > Fields.MAX_TEXT ? notes.substring(0, Fields.MAX_TEXT) : notes;
            b.append("notes    = ").append(q(text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", " "))).append('\n');
        }
        return b.toString();
    }

    private static String q(String s) {
        return ConfigUtil.quoteString(s);
    }
}
