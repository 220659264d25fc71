package followup.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads and validates the interview records, one HOCON file per interview, file name = id. */
public final class RecordLoader {
    public static final String EXTENSION = ".conf";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> RECORD_KEYS = Set.of("company", "position", "at", "zone", "interviewers",
            "contact", "phone", "next-step-by", "promised-by-me", "promised-to-me", "notes", "status", "domains",
            "templates", "country", "previous", "language", "takeaways", "position-title");
    private static final int MAX_FILE_BYTES = 1_000_000;
    /** Keys people write in a record that belong elsewhere: in application.conf, or inside an interviewer. */
    private static final Map<String, String> MISPLACED = misplaced();

    private final ZoneId defaultZone;
    private final Path templates;
    private final String defaultLanguage;
    /** {@code NAME/} for a candidate's records, whose ids carry the candidate; empty for the single job seeker. */
    private final String qualifier;
    /** Whether to work out the warnings (see {@link #withoutWarnings}). */
    private final boolean warns;
    /** The job seeker's own address, warned about as an interviewer's; null when not known. */
    private final String own;
    /** Now, for the warning about a year written wrong (see {@link #at}); null to leave it out. */
    private final java.time.Instant now;
    /**
     * The public holidays of the send window, for the warning about a record in a country whose nations keep
     * different ones and none is named ({@link Nations}); null to leave it out.
     */
    private final Settings.Holidays holidays;

    /**
     * @param defaultZone the sender's zone, for records without {@code zone}
     * @param templates   the templates directory, to check per-record overrides against
     */
    public RecordLoader(ZoneId defaultZone, Path templates) {
        this(defaultZone, templates, Interview.DEFAULT_LANGUAGE);
    }

    /** @param defaultLanguage the sender's language, for records without {@code language} */
    public RecordLoader(ZoneId defaultZone, Path templates, String defaultLanguage) {
        this(defaultZone, templates, defaultLanguage, Settings.SINGLE);
    }

    /** @param candidate the candidate whose records these are ({@code alice}: ids {@code alice/acme}), or "" */
    public RecordLoader(ZoneId defaultZone, Path templates, String defaultLanguage, String candidate) {
        this(defaultZone, templates, defaultLanguage, candidate.isEmpty() ? "" : candidate + "/", true, null);
    }

    private RecordLoader(ZoneId defaultZone, Path templates, String defaultLanguage, String qualifier,
                         boolean warns, String own) {
        this(defaultZone, templates, defaultLanguage, qualifier, warns, own, null, null);
    }

    private RecordLoader(ZoneId defaultZone, Path templates, String defaultLanguage, String qualifier,
                         boolean warns, String own, java.time.Instant now, Settings.Holidays holidays) {
        this.defaultZone = defaultZone;
        this.templates = templates;
        this.defaultLanguage = defaultLanguage;
        this.qualifier = qualifier;
        this.warns = warns;
        this.own = own;
        this.now = now;
        this.holidays = holidays;
    }

    /**
     * The same loader for a reader that checks the records as of {@code now} (validate): it also warns about an
     * interview a year from now or a year ago that one year less or more would put close to now, a year written
     * wrong (2026 typed in the January of 2027), with which every message would be missed or wait a year.
     */
    public RecordLoader at(java.time.Instant now) {
        return new RecordLoader(defaultZone, templates, defaultLanguage, qualifier, warns, own, now, holidays);
    }

    /**
     * The same loader for a reader that shows only the records and their problems (an earlier round read again, a
     * record just written checked for its problems): it leaves the warnings out, which are costly to work out (a
     * guessed greeting parses every name) and never change whether a record is valid or what it says.
     */
    public RecordLoader withoutWarnings() {
        return new RecordLoader(defaultZone, templates, defaultLanguage, qualifier, false, own);
    }

    public static RecordLoader forSettings(Settings settings) {
        String qualifier = settings.candidate().isEmpty() ? "" : settings.candidate() + "/";
        return new RecordLoader(settings.sender().zone(), settings.templates(), settings.sender().language(),
                qualifier, true, settings.sender().email(), null, settings.holidays());
    }

    private static Map<String, String> misplaced() {
        Map<String, String> out = new HashMap<>();
        for (String key : List.of("sender", "mail", "policy", "followup", "store", "web")) {
            out.put(key, "this is a setting of application.conf (" + (key.equals("followup") ? "followup { ... }"
                    : "followup." + key) + "), which applies to every interview; a record holds only the keys of"
                    + " one interview");
        }
        for (String key : InterviewerFields.KEYS) {
            if (!RECORD_KEYS.contains(key)) {
                out.put(key, "this is a key of one interviewer: write it inside their { ... } in interviewers = [ {"
                        + " name = \"Jane Doe\", " + key + " = ... } ]");
            }
        }
        return Map.copyOf(out);
    }

    /** True for a candidate's records, false for the single job seeker's. */
    boolean ofCandidate() {
        return !qualifier.isEmpty();
    }

    /** The id of the record in {@code file}: its name without {@code .conf}, after its candidate's name and a slash. */
    public String idFor(Path file) {
        return qualifier + idOf(file);
    }

    /** Every {@code *.conf} file directly in {@code dir}, all held at once (see {@link RecordDirectory} for one at a time). */
    public Records loadAll(Path dir) {
        List<Interview> interviews = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Path> ids = new LinkedHashMap<>();
        RecordDirectory.read(this, dir, e -> {
            problems.addAll(e.problems());
            if (e.id() != null) {
                ids.put(e.id(), e.file());
            }
            if (e.interview() != null) {
                interviews.add(e.interview());
                warnings.addAll(e.warnings());
            }
        });
        if (warns) {
            for (Interview i : interviews) {
                if (i.previous() != null && !ids.containsKey(i.previous())) {
                    warnings.add(Records.unknownPrevious(ids.get(i.id()), i.previous()));
                }
            }
        }
        problems.sort(Problem.ORDER);
        warnings.sort(Problem.ORDER);
        return new Records(interviews, problems, ids, warnings);
    }

    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /** One record; null (with problems added) when it is not valid. */
    public Interview load(Path file, List<Problem> problems) {
        return load(file, problems, new ArrayList<>());
    }

    /** One record, and what the messages would have to guess for it in {@code warnings} (unless {@link #withoutWarnings}). */
    public Interview load(Path file, List<Problem> problems, List<Problem> warnings) {
        String name = Display.path(file);
        String id = idOf(file);
        if (!ID.matcher(id).matches()) {
            problems.add(new Problem(name, 0, "", "the file name \"" + id + "\" cannot be an interview id: use"
                    + " letters, digits, '.', '-' and '_', starting with a letter or digit, at most 64 (a valid name"
                    + " looks like acme-platform.conf)"));
            return null;
        }
        Config config;
        String text = null;
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);  // one look-up of the path per record, not two
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(new Problem(name, 0, "", "is " + Files.size(file) + " bytes; a record is at most "
                        + MAX_FILE_BYTES + " bytes"));
                return null;
            }
            text = RecordText.decode(bytes, name, problems);
            if (text == null || !RecordText.check(text, name, problems)) {
                return null;
            }
            config = ConfigFactory.parseReader(new TextReader(text), ConfigParseOptions.defaults()
                    .setOriginDescription(name).setSyntax(ConfigSyntax.CONF)).resolve(ConfigResolveOptions.noSystem());
        } catch (ConfigException e) {
            problems.add(ConfigProblems.ofRecord(e, name, text));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(name, 0, "", "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            // RecordText keeps the nesting far below this; kept so that no record can take the loader down
            problems.add(new Problem(name, 0, "", "nests too deeply to be read"));
            return null;
        }
        int before = problems.size();
        Fields f = new Fields(config, name, "", 1, problems);
        f.rejectUnknown(RECORD_KEYS, "an interview record", MISPLACED);
        Interview interview = read(id, f, warnings);
        return problems.size() == before ? interview : null;
    }

    private Interview read(String id, Fields f, List<Problem> warnings) {
        String company = f.line("company", true, "\"Acme Corp\"");
        String position = f.line("position", true, "\"Platform Engineer\"");
        LocalDateTime at = f.dateTime("at", true);
        ZoneId zone = f.zone("zone", false);
        String language = f.has("language") ? Languages.read(f, "language", false) : defaultLanguage;
        List<Interviewer> interviewers = InterviewerFields.read(f, warns ? warnings : null, own,
                language == null ? defaultLanguage : language, holidays);
        String contact = contact(f, interviewers);
        String phone = f.line("phone", false, "\"+1 555 0199\"");
        LocalDate nextStepBy = f.date("next-step-by");
        if (nextStepBy != null && at != null && nextStepBy.isBefore(at.toLocalDate())) {
            // most often an interview put off to a later day: refusing the record would keep its old date running
            if (warns) {
                warnings.add(f.warning("next-step-by", nextStepBy + " is before the interview (" + at.toLocalDate()
                        + "), so it is not used: the follow-up is planned as for an interview without a stated"
                        + " timeline; if they gave a new date, write it: next-step-by = \""
                        + at.toLocalDate().plusDays(7) + "\""));
            }
            nextStepBy = null;
        }
        List<String> promisedByMe = f.lines("promised-by-me", "[\"two writing samples\"]");
        List<String> promisedToMe = f.lines("promised-to-me", "[\"the client case studies\"]");
        String notes = f.text("notes", "\"They need someone to own the CI pipeline.\"");
        Interview.Status status = f.has("status") ? f.choice("status", Interview.Status.class, false)
                : Interview.Status.ACTIVE;
        List<String> domains = domains(f, interviewers);
        Map<String, String> templateOverrides = templates(f);
        String country = CountryCodes.country(f);
        String previous = f.line("previous", false, "\"acme-platform\"");
        if (previous != null && (!ID.matcher(previous).matches() || previous.equalsIgnoreCase(id))) {
            f.problem("previous", "\"" + previous + "\" is not the id of another interview record (the file name"
                    + " without .conf of the earlier round, e.g. previous = \"acme-platform\")");
        }
        List<String> takeaways = f.lines("takeaways", "[\"your team's concern about on-call load\"]");
        String positionTitle = f.line("position-title", false, "\"Platform Engineer\"");
        if (!f.problems().isEmpty() || company == null || position == null || at == null || status == null
                || language == null) {
            return null;
        }
        if (warns && !language.equals(Interview.DEFAULT_LANGUAGE)) {
            missingTranslations(f, language, templateOverrides, warnings);
        }
        if (warns) {
            oddTime(f, at, zone == null ? defaultZone : zone, warnings);
            if (zone != null) {
                ZoneNames.fixedOffset(zone.getId(), zone).ifPresent(w -> warnings.add(f.warning("zone", w)));
                if (country == null) {
                    ZoneNames.noCountry(zone).or(() -> Nations.ofZone(zone, holidays, "this record"))
                            .ifPresent(w -> warnings.add(f.warning("zone", w)));
                }
            }
            if (country != null && country.indexOf('-') < 0) {
                Nations.ofCountry(country, holidays, "this record")
                        .ifPresent(w -> warnings.add(f.warning("country", w)));
            }
            if (now != null) {
                YearSlips.of(at, zone == null ? defaultZone : zone, now)
                        .ifPresent(w -> warnings.add(f.warning("at", w)));
            }
            if (f.has("domains")) {   // written, it replaces the interviewers' domains: theirs left out is said
                LeftOutDomains.of(domains, interviewers).ifPresent(w -> warnings.add(f.warning("domains", w)));
            }
        }
        return new Interview(qualifier + id, company, position, at, zone == null ? defaultZone : zone, interviewers,
                contact, phone, nextStepBy, promisedByMe, promisedToMe, notes, status, domains, templateOverrides,
                language, takeaways, positionTitle, country, previous == null ? null : qualifier + previous);
    }

    /**
     * An interview time that is likely a slip: in the small hours (1:30 written for 13:30), or one the clocks skip
     * that day (2:30 on the night they go forward, which is read as 3:30).
     */
    private static void oddTime(Fields f, LocalDateTime at, ZoneId zone, List<Problem> warnings) {
        ZoneOffsetTransition gap = zone.getRules().getTransition(at);
        if (gap != null && gap.isGap()) {
            LocalDateTime read = at.atZone(zone).toLocalDateTime();
            warnings.add(f.warning("at", at.toLocalTime() + " does not exist on " + at.toLocalDate() + " in " + zone
                    + " (the clocks go forward at " + gap.getDateTimeBefore().toLocalTime() + "), so it is read as "
                    + read.toLocalTime() + "; write the time the interview really starts"));
        } else if (at.getHour() < 6) {
            warnings.add(f.warning("at", "the interview starts at " + at.toLocalTime() + " at night in " + zone
                    + "; if you meant the afternoon, write " + at.plusHours(12).toLocalTime() + " (times are on the"
                    + " 24-hour clock)"));
        }
    }

    /**
     * A message to the company whose template the record's language lacks is written in English: said at the
     * language line. (Reminders to self are in the sender's language.)
     */
    private void missingTranslations(Fields f, String language, Map<String, String> overrides,
                                     List<Problem> warnings) {
        List<String> missing = Stream.of(Step.values()).filter(Step::toCompany)
                .filter(s -> !overrides.containsKey(s.id()))
                .filter(s -> !Files.isRegularFile(templates.resolve(language).resolve(s.id() + ".ftl")))
                .map(Step::id).toList();
        if (!missing.isEmpty()) {
            warnings.add(f.warning(f.has("language") ? "language" : "company", "templates/" + language + "/ has no "
                    + String.join(", ", missing) + " template, so " + (missing.size() == 1 ? "that message is"
                    : "those messages are") + " written in English (add " + Display.path(templates.resolve(language)
                    .resolve(missing.get(0) + ".ftl")) + " to translate it)"));
        }
    }

    private static String contact(Fields f, List<Interviewer> interviewers) {
        if (!f.has("contact")) {
            return interviewers.stream().map(Interviewer::email).filter(e -> e != null).findFirst().orElse(null);
        }
        String contact = f.email("contact", false);
        if (contact == null) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>();
        interviewers.forEach(i -> {
            if (i.email() != null) {
                known.add(i.email());
            }
        });
        if (!known.contains(contact)) {
            f.problem("contact", "\"" + contact + "\" is not the address of any interviewer; the follow-up goes to"
                    + " one of them (a valid value looks like contact = "
                    + (known.isEmpty() ? "\"jane.doe@acme.example\"" : "\"" + known.iterator().next() + "\"")
                    + ", or add the contact to interviewers)");
        }
        return contact;
    }

    private static List<String> domains(Fields f, List<Interviewer> interviewers) {
        if (f.has("domains")) {
            List<String> out = new ArrayList<>();
            for (Fields.Item d : f.lineItems("domains", "[\"acme.example\"]")) {
                // an address stands for one person who answers for the company from elsewhere (an agency's recruiter)
                boolean address = d.value().contains("@");
                (address ? Addresses.check(d.value()) : Addresses.checkDomain(d.value())).ifPresentOrElse(
                        why -> f.problemAt(d.line(), d.key(), address
                                ? "\"" + d.value() + "\" is not a valid email address: " + why
                                        + " (a valid address looks like \"sam@agency.example\")"
                                : why + " (a valid value looks like domains = [\"acme.example\"])"),
                        () -> out.add(d.value().strip().toLowerCase(Locale.ROOT)));
            }
            return out;
        }
        return Addresses.defaultDomains(interviewers.stream().map(Interviewer::email).toList());
    }

    private Map<String, String> templates(Fields f) {
        ConfigObject o = f.object("templates");
        if (o == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : o.entrySet()) {
            String key = "templates." + e.getKey();
            int line = Fields.lineOf(e.getValue());
            if (Step.byId(e.getKey()).isEmpty()) {
                f.problemAt(line, key, "unknown step (steps: " + String.join(", ",
                        Stream.of(Step.values()).map(Step::id).toList()) + ")");
                continue;
            }
            Object v = e.getValue().unwrapped();
            if (!(v instanceof String file) || file.isBlank()) {
                f.problemAt(line, key, "expected a template file name (a valid value looks like " + key
                        + " = \"acme-" + e.getKey() + ".ftl\")");
                continue;
            }
            Path resolved = templates.resolve(file).normalize();
            if (!resolved.startsWith(templates.normalize()) || file.contains("..") || Path.of(file).isAbsolute()) {
                f.problemAt(line, key, "\"" + file + "\" must be a file inside the templates directory " + templates);
            } else if (!Files.isRegularFile(resolved)) {
                f.problemAt(line, key, "the template \"" + file + "\" does not exist in " + templates);
            } else {
                out.put(e.getKey(), file);
            }
        }
        return out;
    }
}
