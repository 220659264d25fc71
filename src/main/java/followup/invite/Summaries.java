package followup.invite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company and the position an invitation's summary names, in the shapes calendars, schedulers and recruiters
 * write: "Interview: Platform Engineer at Acme Corp", "Acme Corp - Platform Engineer - Final Round", Calendly's
 * "Intro Call between Jane Doe and Alex Example", "Alex Example &lt;&gt; Acme (Platform Engineer)", GoodTime's and
 * Greenhouse's "Interview for Senior Backend Engineer with Acme". The summary is cut into its parts; the parts that
 * only say what kind of meeting it is ("Technical Interview", "30 Minute Intro Call") and the people's names are left
 * out; of the others, the one that is the company's ("at Acme", the organizer's domain) is the company and the one
 * the position's ("for Platform Engineer", else the first) the position. A summary whose every part was left out
 * names no position; one that cannot be cut is the position as a whole, as before.
 */
final class Summaries {
    /** How a summary reads. */
    enum Shape {
        /** the position is one of its parts */
        POSITION,
        /** every part is a person, a stage, a kind of meeting or the company: it names no position */
        NO_POSITION,
        /** nothing in it is known: the whole summary is taken as the position, for the user to check */
        WHOLE
    }

    /**
     * What a summary names.
     *
     * @param company  the summary's spelling of the company, or null when it names none that can be told apart
     * @param position the position, the whole summary ({@link Shape#WHOLE}), or "" ({@link Shape#NO_POSITION})
     */
    record Read(String company, String position, Shape shape) {
    }

    /**
     * A part of the summary.
     *
     * @param after    the word or mark before it ("at", "for", "with", "(", "-"; "" for the first)
     * @param position whether it names the position: after "for", when what came before was left out
     */
    private record Part(String text, String after, boolean position) {
    }

    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s+[-\u2013\u2014|/:]\\s+|:\\s+|\\s*<>\\s*|\\s*//\\s*|\\s+@\\s+|\\s+(?:at|bei|chez)\\s+|\\s+with\\s+"
                    + "|\\s+for\\s+|\\s*[()\\[\\]](?:\\s+(?:at|bei|chez|with|for)\\s+|\\s*)", Pattern.CASE_INSENSITIVE);
    /** Calendly's "Event between Host and Invitee": who is between is not the position. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)^(.*?)\\s*\\bbetween\\s+(.+?)\\s+(?:and|&)\\s+(.+)$");
    /** A part of a scheduler's summary that names the stage, not the position ("Onsite Panel", "Final Round"). */
    private static final Pattern STAGE = Pattern.compile("(?i)(?:virtual\\s+)?(?:onsite|on-site)(?:\\s+panel)?"
            + "(?:\\s+interviews?)?|panel(?:\\s+interview)?|final(?:\\s+round)?(?:\\s+interview)?|round\\s*\\d+"
            + "|(?:technical|hiring manager|recruiter|behavioral|system design|coding)\\s+(?:interview|screen|round"
            + "|chat|call)");
    /**
     * Words that only say it is an interview or a meeting (also in German, French and Spanish), and how long: never
     * part of a position.
     */
    private static final Pattern NOISE = Pattern.compile("(?iu)\\b(updated\\s+)?invitation\\b|\\bfwd?\\b|\\bre\\b"
            // the same in German, French and Spanish, and a job ad's gender mark ("m/w/d", "f/m/x")
            + "|\\b(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|erstgespräch|telefoninterview"
            + "|videointerview)\\b|\\bentretiens?(?:\\s+d['\u2019]embauche)?\\b|\\bentrevistas?(?:\\s+de\\s+trabajo)?\\b"
            + "|\\b[mwfdx](?:/[mwfdx]){1,2}\\b"
            + "|\\b(video|phone|zoom|teams|google meet)\\s+(interview|call|meeting|screen)\\b"
            + "|\\binterviews?\\b|\\bphone screen\\b|\\bscreening\\b|\\bzoom meeting\\b"
            + "|\\b\\d+[\\s-]*(?:min(?:ute)?s?|hours?|hrs?|h)\\b"
            + "|\\b(?:intro(?:ductory)?|introduction|initial|discovery|quick|coffee|virtual|informal|first|hr)"
            + "\\s+(?:call|chat|meeting|conversation)\\b");
    /** "at" a company, also in German and French ("Entwickler bei Müller", "Développeur chez Doctolib"). */
    private static final Pattern AT = Pattern.compile("\\s+(?:at|bei|chez)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("(?i)\\s+(?:and|&)\\s+|\\s*,\\s*");

    private Summaries() {
    }

    /**
     * @param summary the summary without what the calendar says about the event's state
     * @param label   the name-bearing label of the company's mail domain ({@code acme}), or null when none is known
     * @param names   the names of the people on the invitation and of the user, in lower case
     */
    static Read read(String summary, String label, Set<String> names) {
        if (summary.isBlank()) {
            return new Read(null, "", Shape.WHOLE);
        }
        Set<String> people = new HashSet<>(names);
        String rest = summary;
        Matcher between = BETWEEN.matcher(summary);
        if (between.matches()) {
            rest = between.group(1);
            people.add(between.group(2).strip().toLowerCase(Locale.ROOT));
            people.add(between.group(3).strip().toLowerCase(Locale.ROOT));
        }
        List<Part> parts = parts(rest, people);
        String company = null;
        if (label != null) {
            for (Part p : parts) {
                if (names(p.text(), label)) {
                    company = p.text();
                    parts.remove(p);
                    break;
                }
            }
        }
        if (label != null && company == null && parts.size() > 1) {
            // a name unlike its domain ("Développeur Java chez Société Générale" from socgen.com): the one the
            // summary gives after "at", "bei" or "chez", not the domain's label
            Part at = parts.stream().filter(p -> p.after().equals("at")).reduce((a, b) -> b).orElse(null);
            if (at != null) {
                company = at.text();
                parts.remove(at);
            }
        }
        Part position = parts.stream().filter(Part::position).findFirst().orElse(null);
        if (position != null) {
            parts.remove(position);
            if (label == null && !parts.isEmpty()) {
                // "Interview for Position with Company", "... for Position (Company)", "... for Position at Company"
                company = parts.stream().filter(p -> p.after().equals("at")).findFirst().orElse(parts.get(0)).text();
            }
            return new Read(company, position.text(), Shape.POSITION);
        }
        if (label == null && parts.size() > 1) {
            // "Position at Company" names the company last; "Company - Position - Stage" first
            company = (AT.matcher(rest).find() ? parts.remove(parts.size() - 1) : parts.remove(0)).text();
        }
        if (parts.size() == 1 && company == null && parts.get(0).text().equals(summary.strip())) {
            return new Read(null, summary.strip(), Shape.WHOLE);   // nothing in it could be told apart
        }
        if (!parts.isEmpty()) {
            return new Read(company, parts.get(0).text(), Shape.POSITION);
        }
        // every part was a person, a stage, a kind of meeting or the company
        return new Read(company, "", Shape.NO_POSITION);
    }

    /**
     * The summary cut into its parts, without the words that only say it is an interview, nor people's names. A part
     * after "for" is marked so only when what came before it was left out ("Interview for Platform Engineer",
     * "Interview with Alex Example for Platform Engineer"), not in "Engineering Manager for Payments".
     */
    private static List<Part> parts(String summary, Set<String> people) {
        List<Part> out = new ArrayList<>();
        Matcher m = SEPARATORS.matcher(summary);
        int start = 0;
        String after = "";
        boolean kept = false;
        boolean position = false;
        while (true) {
            boolean found = m.find();
            String raw = summary.substring(start, found ? m.start() : summary.length());
            String s = NOISE.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").strip()
                    .replaceAll("^[-\u2013\u2014|:,]+\\s*|\\s*[-\u2013\u2014|:,]+$", "").strip();
            kept = !STAGE.matcher(raw.strip()).matches() && !s.isEmpty()
                    && !isPeople(s, people, after.equals("with"));
            if (kept) {
                out.add(new Part(s, after, position));
            }
            if (!found) {
                return out;
            }
            // "Engineer (Backend) at Acme": the word after a bracket is what the next part comes after
            String mark = m.group().strip().toLowerCase(Locale.ROOT);
            String word = mark.replaceAll("[()\\[\\]]", "").strip();
            after = word.isEmpty() ? mark : word.equals("bei") || word.equals("chez") ? "at" : word;
            position = after.equals("for") && !kept;
            start = m.end();
        }
    }

    /**
     * Whether a part names people: a name on the invitation, or several joined by "and"; after "with" also the first
     * name of one, a single word ("Technical Interview with Alex").
     */
    private static boolean isPeople(String part, Set<String> people, boolean firstNames) {
        for (String one : AND.split(part)) {
            String n = one.strip().toLowerCase(Locale.ROOT);
            // a first name is one word: "with Northwind Traders" is the company, though its scheduler signs
            // "Northwind Traders Recruiting"
            if (n.isEmpty() || !people.contains(n) && (!firstNames || n.contains(" ")
                    || people.stream().noneMatch(p -> p.startsWith(n + " ")))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a part of the summary names the company of a domain's label ({@code mueller-praezision}). */
    private static boolean names(String part, String label) {
        String l = squash(label);
        for (String s : List.of(squash(part), squashAccents(part))) {
            if (s.contains(l) || l.contains(s) && s.length() > 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letters and digits of a name, in lower case and as a mail domain writes them: German umlauts as two letters
     * ("Müller" is {@code mueller}), other accents left off ("Sévigné" is {@code sevigne}).
     */
    static String squash(String s) {
        return squashAccents(s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
    }

    /** The same with every accent left off, umlauts too ("Müller" is {@code muller}, as some domains write it). */
    static String squashAccents(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace("ß", "ss"),
                java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
    }
}
