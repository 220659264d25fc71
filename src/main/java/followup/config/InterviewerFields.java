package followup.config;

import com.typesafe.config.ConfigObject;
import followup.plan.Greeting;
import followup.plan.Interviewer;
import followup.plan.PersonName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Reads the {@code interviewers} of a record, and says where the messages would have to guess: a name it cannot
 * safely address by part, a topic written like a note, an interviewer nobody can thank by email.
 */
final class InterviewerFields {
    static final Set<String> KEYS = Set.of("name", "title", "email", "zone", "topics", "handwritten", "address",
            "salutation", "country");
    /** Keys of the whole record written inside an interviewer's { ... }. */
    private static final Map<String, String> RECORD_LEVEL = Map.of(
            "company", "this is a key of the whole record: write it outside interviewers = [ ... ]",
            "at", "this is a key of the whole record: write it outside interviewers = [ ... ]",
            "position", "this is a key of the whole record: write it outside interviewers = [ ... ]",
            "contact", "this is a key of the whole record: write it outside interviewers = [ ... ], as contact ="
                    + " \"the interviewer's email\"",
            "phone", "this is a key of the whole record (the number the call reminder shows): write it outside"
                    + " interviewers = [ ... ]",
            "language", "this is a key of the whole record: write it outside interviewers = [ ... ]");

    /** Longer than this, a topic is a sentence pasted from notes rather than a subject talked about. */
    static final int MAX_TOPIC_WORDS = 12;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A topic that ends with a short word and a dot ("... at Acme Inc."): an abbreviation, not a full stop. */
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile("(?s).*\\b\\p{L}{1,4}\\.");
    private static final Pattern NOTE_START = Pattern.compile("(?iu)^(?:my|i|i'm|i've|me|we|why"
            + "|whether|did|do|does|should|can|could|would|is|are|was|ask|asked|todo|to do|remember|check|follow up"
            + "|mention|tell)\\b.*");

    private InterviewerFields() {
    }

    /**
     * @param warnings where the warnings go; null to leave them out (they never make an interviewer invalid)
     * @param own      the job seeker's own address (warned about as an interviewer's: the thank-you would go to
     *                 them), or null when not known
     * @param holidays the public holidays of the send window, for the warning about an interviewer in a country whose
     *                 nations keep different ones and none is named ({@link Nations}); null to leave it out
     */
    static List<Interviewer> read(Fields f, List<Problem> warnings, String own, String language,
            Settings.Holidays holidays) {
        List<ConfigObject> objects = f.objects("interviewers",
                "[ { name = \"Jane Doe\", email = \"jane.doe@acme.example\", topics = [\"...\"] } ]");
        if (f.has("interviewers") && objects.isEmpty()
                && f.problems().stream().noneMatch(p -> p.key().startsWith("interviewers"))) {
            f.problem("interviewers", "is empty; list everyone who sat in (a valid value looks like interviewers = [ {"
                    + " name = \"Jane Doe\", email = \"jane.doe@acme.example\" } ])");
        }
        List<Interviewer> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            ConfigObject o = objects.get(i);
            if (o == null) {
                continue;
            }
            String prefix = "interviewers[" + i + "]";
            Fields p = f.nested(o, prefix + ".");
            p.rejectUnknown(KEYS, "an interviewer", RECORD_LEVEL);
            String name = p.line("name", true, "\"Jane Doe\"");
            String title = p.line("title", false, "\"Engineering Manager\"");
            String email = p.email("email", false);
            ZoneId zone = p.zone("zone", false);
            List<Fields.Item> topicItems = p.lineItems("topics", "[\"the migration to Kubernetes\"]");
            List<String> topics = topicItems.stream().map(Fields.Item::value).toList();
            Boolean handwritten = p.has("handwritten") ? p.bool("handwritten", false) : Boolean.FALSE;
            String address = p.text("address", "\"Acme Corp, 1 Main St, Springfield\"");
            String salutation = salutation(p, name, language);
            String country = CountryCodes.country(p);
            if (email != null && email.equalsIgnoreCase(own) && warnings != null) {
                warnings.add(p.warning("email", "\"" + email + "\" is your own address (sender.email), so the"
                        + " thank-you goes to you; write " + (name == null ? "the interviewer" : name) + "'s address,"
                        + " or remove the key to be reminded to thank them another way"));
            }
            if (email != null) {
                String earlier = seen.putIfAbsent(email, prefix);
                if (earlier != null) {
                    p.problem("email", "\"" + email + "\" is already the address of " + earlier + " (each interviewer"
                            + " gets their own message, keyed by address)");
                }
            }
            if (name == null || handwritten == null) {
                continue;
            }
            PersonName parsed = PersonName.parse(name, language);
            if (parsed.full().isBlank()) {
                // "Dr." alone: the mail would go to "Dr." <...> and open "Hello,"
                p.problem("name", "\"" + name + "\" is only a title: write the person's name (a valid value looks"
                        + " like name = \"" + name.strip() + " Lena Vogel\")");
                continue;
            }
            out.add(new Interviewer(name, title, email, zone, topics, handwritten, address, salutation, country));
            if (warnings == null) {
                continue;
            }
            java.util.Optional<String> shape = NameShapes.warning(name, salutation, language);
            shape.ifPresent(w -> warnings.add(p.warning("name", w)));
            if (salutation != null) {
                SalutationLanguage.warning(salutation, language)
                        .ifPresent(w -> warnings.add(p.warning("salutation", w)));
            }
            if (shape.isEmpty() && !capitalsWarning(p, name, salutation, language, warnings)
                    && (salutation == null || salutation.isBlank())) {
                nameWarning(p, name, parsed, language, warnings);
            }
            if (zone != null) {
                ZoneNames.fixedOffset(zone.getId(), zone).ifPresent(w -> warnings.add(p.warning("zone", w)));
                if (country == null && !f.has("country")) {     // neither theirs nor the record's
                    ZoneNames.noCountry(zone).or(() -> Nations.ofZone(zone, holidays, "this interviewer"))
                            .ifPresent(w -> warnings.add(p.warning("zone", w)));
                }
            }
            if (country != null && country.indexOf('-') < 0) {
                Nations.ofCountry(country, holidays, "this interviewer")
                        .ifPresent(w -> warnings.add(p.warning("country", w)));
            }
            for (Fields.Item t : topicItems) {
                noteLike(t.value()).ifPresent(why -> warnings.add(p.warning(t.line(), t.key(), why)));
            }
            if (email != null && !handwritten && topics.isEmpty()) {
                warnings.add(p.warning("name", name + " has no topics; the thank-you cannot mention anything specific"
                        + " they talked about (add topics = [\"the migration to Kubernetes\"])"));
            }
            if (email == null && !handwritten) {
                warnings.add(p.warning("name", name + " has no email, so gets no thank-you email; you get a reminder"
                        + " to thank them " + (address == null ? "through the contact" : "with a card (the address is"
                        + " in the record) or through the contact") + " (add email = \"...\" to send one)"));
            }
        }
        return out;
    }

    /** Words that open a greeting: a salutation starting with one would make "Dear Dear Lisa,". */
    private static final Pattern GREETING_WORD = Pattern.compile(
            "(?iu)(dear|hello|hi|hey|sehr|liebe|lieber|hallo|guten|bonjour|cher|chère|estimado|estimada|buenos|hola"
            + "|querido|querida)\\b.*");

    /**
     * The record's {@code salutation}, what follows "Dear" in the greeting: refused when it is empty, only a title
     * ("Dr.", which would greet "Dear Dr.,") or starts with a greeting word of its own that is not the person's own
     * name ("Dear Lisa" is refused, "Cher" for Cher Lloyd is not).
     */
    private static String salutation(Fields p, String name, String language) {
        String example = "\"Dr. Weiß\"";
        String s = p.line("salutation", false, example);
        if (s == null) {
            return null;
        }
        if (s.isBlank()) {
            p.problem("salutation", "is empty; write how to address the person after \"Dear\" (a valid value looks"
                    + " like salutation = " + example + "), or remove the key to have it read from the name");
            return null;
        }
        if (GREETING_WORD.matcher(s).matches() && !startsWithOwnName(s, name, language)) {
            p.problem("salutation", "\"" + s + "\" starts with a greeting, and the messages add their own (\"Dear\","
                    + " \"Sehr geehrte\", ...); write only what follows it (a valid value looks like salutation = "
                    + example + ")");
            return null;
        }
        if (PersonName.onlyTitles(s)) {
            p.problem("salutation", "\"" + s + "\" is only a title, so the greeting would read \""
                    + Greeting.line(language == null ? "en" : language, s, name) + "\";"
                    + " write the title with the name (a valid value looks like salutation = " + example + ")");
            return null;
        }
        return s;
    }

    /**
     * Whether a salutation starts with the person's own first name rather than a greeting: "Cher" for Cher Lloyd
     * (French "cher"), "Liebe Hansen" for Liebe Hansen (German "liebe").
     */
    private static boolean startsWithOwnName(String salutation, String name, String language) {
        if (name == null) {
            return false;
        }
        String first = firstWord(salutation);
        return first.equalsIgnoreCase(firstWord(name))
                || first.equalsIgnoreCase(firstWord(PersonName.parse(name, language).full()));
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+", 2)[0];
    }

    /**
     * Warns about a name written in capitals, which the messages print as written ("Dear ANNE O'NEILL,"), with the
     * name in normal case to write instead and, when the greeting cannot tell, a salutation. The name itself is never
     * changed: McDONALD and DiCaprio are written so on purpose.
     *
     * @return whether it warned
     */
    private static boolean capitalsWarning(Fields p, String name, String salutation, String language,
                                           List<Problem> warnings) {
        java.util.Optional<String> normal = PersonName.inNormalCase(name);
        if (normal.isEmpty()) {
            return false;
        }
        String fixed = normal.get();
        String shown = Greeting.line(language, salutation, name);
        boolean greetingShouts = PersonName.inNormalCase(Greeting.address(language, salutation, name)).isPresent();
        StringBuilder w = new StringBuilder("the name \"" + name + "\" is written in capitals, and the messages print"
                + " it as written (" + (greetingShouts ? "\"" + shown + "\"" : "where they name the person, \""
                + PersonName.parse(name, language).full() + "\"") + "); write it in normal case: name = \"" + fixed
                + "\"");
        if (salutation == null || salutation.isBlank()) {
            w.append(" (greeted \"").append(Greeting.line(language, null, fixed)).append("\")");
            PersonName parsed = PersonName.parse(fixed, language);
            if (parsed.courtesy() == PersonName.Courtesy.NONE && parsed.title().isEmpty() && parsed.family() != null) {
                w.append(", or say how to address them with salutation = ").append(courteous(language,
                        parsed.family()));
            }
        }
        warnings.add(p.warning("name", w.toString()));
        return true;
    }

    /**
     * @param parsed   the name as read in the record's language
     * @param language the record's, in which the greeting is shown as the messages would write it
     */
    private static void nameWarning(Fields p, String name, PersonName parsed, String language,
                                    List<Problem> warnings) {
        if (parsed.certain()) {
            return;
        }
        String shown = Greeting.line(language, null, name);
        java.util.Optional<String> capitals = PersonName.withCapitals(name);
        if (capitals.isPresent()) {
            warnings.add(p.warning("name", "the name \"" + name + "\" is written in lower case, and the messages print"
                    + " it as written (\"" + shown + "\"); write it with capitals: name = \"" + capitals.get()
                    + "\" (greeted \"" + Greeting.line(language, null, capitals.get()) + "\")"));
            return;
        }
        warnings.add(p.warning("name", "how to address \"" + name + "\" had to be guessed (" + parsed.guess()
                + "), so the messages greet with the full name (\"" + shown + "\"); say how with salutation = "
                + advice(parsed, language)));
    }

    /**
     * The salutation to suggest for a name whose greeting had to be guessed. It keeps a courtesy or academic title
     * written in the name ("Sra. Ana García López": "Sra. García López" or "Sra. López", never "Ana"), and in the
     * formal register of German, French and Spanish it is never a given name alone.
     */
    private static String advice(PersonName n, String language) {
        boolean honorific = n.courtesy() != PersonName.Courtesy.NONE || !n.title().isEmpty();
        String[] words = n.full().split(" ");
        if (words.length >= 3 && (words[0].equals("Sir") || words[0].equals("Dame"))) {
            // a knight or a dame goes by the title and the given name: "Dear Sir Patrick,"
            return "\"" + words[0] + " " + words[1] + "\"";
        }
        if (n.given() == null && n.family() != null && !honorific) {
            return courteous(language, n.family());
        }
        String rest = n.given() != null && n.full().startsWith(n.given() + " ")
                ? n.full().substring(n.given().length()).strip() : "";
        if (!rest.isEmpty() && honorific) {
            String last = rest.substring(rest.lastIndexOf(' ') + 1);
            String whole = "\"" + Greeting.address(language, withFamily(n, rest)) + "\"";
            return last.equals(rest) ? whole
                    : whole + " or \"" + Greeting.address(language, withFamily(n, last)) + "\"";
        }
        if (!rest.isEmpty() && !"en".equals(language)) {
            return courteous(language, rest);
        }
        return "\"" + example(n) + "\"";
    }

    /** The person with their titles and {@code family} as the whole of their name to address. */
    private static PersonName withFamily(PersonName n, String family) {
        return new PersonName(n.written(), n.courtesy(), n.title(), family, null, family, null, n.english());
    }

    /** {@code "Ms. Smith" or "Mr. Smith"}, in the record's language. */
    private static String courteous(String language, String family) {
        String[] forms = switch (language) {
            case "de" -> new String[] {"Frau ", "Herr "};
            case "fr" -> new String[] {"Madame ", "Monsieur "};
            case "es" -> new String[] {"Sra. ", "Sr. "};
            default -> new String[] {"Ms. ", "Mr. "};
        };
        return "\"" + forms[0] + family + "\" or \"" + forms[1] + family + "\"";
    }

    private static String example(PersonName n) {
        return n.given() != null ? n.given() : n.full().isEmpty() ? "Ms. Chen" : n.full();
    }

    /** Why a topic reads like a note rather than a subject ("the migration to Kubernetes"), if it does. */
    static java.util.Optional<String> noteLike(String topic) {
        String t = topic.strip();
        int words = t.isEmpty() ? 0 : SPACES.split(t).length;
        String why = null;
        if (t.endsWith("?")) {
            why = "is a question";
        } else if (!t.isEmpty() && ".;:!,".indexOf(t.charAt(t.length() - 1)) >= 0
                && !ABBREVIATION_AT_END.matcher(t).matches()) {
            why = "ends with \"" + t.charAt(t.length() - 1) + "\", which would land in the middle of a sentence";
        } else if (words > MAX_TOPIC_WORDS) {
            why = "is " + words + " words long";
        } else if (NOTE_START.matcher(t).matches()) {
            why = "starts like a note (\"" + SPACES.split(t)[0].toLowerCase(Locale.ROOT) + " ...\")";
        }
        if (why == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("the topic \"" + t + "\" " + why + "; the thank-you says \"your insights into"
                + " <topic>\", so write what you talked about as a short noun phrase (a valid topic looks like"
                + " \"the migration to Kubernetes\")");
    }
}
