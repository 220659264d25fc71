package followup.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notices followup writes to the user about their own mailbox (a company answered, a message bounced, ...), in
 * the user's language ({@code sender.language}), as the reminders to them are: one FreeMarker template per notice
 * and language, {@code followup/notices/<lang>/<name>.ftl}, with the dates and the company's name as that language
 * writes them ({@link Wording}). A language that lacks a notice gets the English one whole, its dates too, never a
 * mix. The templates ship inside followup rather than in the templates directory: a notice must go out whatever became
 * of the user's templates (one of them says a template failed). A shipped notice that fails to render (a bug of
 * followup's) never costs the user the notice: it goes out in English, else as a plain text of its facts, with a
 * warning in the log.
 */
public final class NoticeTexts {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeTexts.class);
    private static final String ROOT = "/followup/notices";
    private static final Map<String, Configuration> FREEMARKER = new ConcurrentHashMap<>();

    /** A notice's subject line and body (ending in one line end). */
    public record Text(String subject, String body) {
    }

    private final String language;
    private final ZoneId zone;
    private final String root;

    /** @param zone the user's zone ({@code sender.zone}), in which every moment is written */
    public NoticeTexts(String language, ZoneId zone) {
        this(language, zone, ROOT);
    }

    /** @param root where the notices are on the class path (tests give one of their own) */
    NoticeTexts(String language, ZoneId zone, String root) {
        this.language = Objects.requireNonNull(language, "language");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * The notice {@code name} in the user's language, else in English.
     *
     * @param values strings, numbers, booleans, lists and maps for the template; an {@link Instant} is written as a moment
     *               on the user's clock in the language of the notice ("Sun 6 Dec 12:00", "Sonntag, 6. Dezember, um
     *               12:00 Uhr"); a {@link ZonedDateTime} as that moment in its own zone with the zone's short name
     *               ("Tue 15 Dec 10:00 CET"), and as {@code <key>Here} the same moment on the user's clock when that
     *               reads otherwise ("04:00", with the day when it is another), else ""; a {@link LocalDate} as a
     *               day ("2026-12-14", "Montag, 14. Dezember 2026"); a {@code company} also gives
     *               {@code companyStart} (the name as a sentence begins with it), {@code companyNominative},
     *               {@code companyAccusative} and {@code companyDative} (in German with the article of a legal
     *               form: "der Nordlicht GmbH")
     */
    public Text render(String name, Map<String, ?> values) {
        String lang = exists(language, name) ? language : "en";
        try {
            return render(lang, name, values);
        } catch (RuntimeException e) {
            if (!lang.equals("en") && exists("en", name)) {
                LOG.warn("The notice {}/{} could not be written ({}); it goes out in English", lang, name,
                        e.getMessage());
                try {
                    return render("en", name, values);
                } catch (RuntimeException again) {
                    e = again;
                }
            }
            LOG.warn("The notice en/{} could not be written ({}); it goes out as a plain list of its facts", name,
                    e.getMessage());
            return plain(name, values);
        }
    }

    private Text render(String lang, String name, Map<String, ?> values) {
        Wording words = Wording.of(lang);
        Map<String, Object> model = model(lang, values);
        if (values.get("company") instanceof String company) {
            String nominative = words.company(company, Wording.Case.NOMINATIVE);
            model.put("companyNominative", nominative);
            model.put("companyAccusative", words.company(company, Wording.Case.ACCUSATIVE));
            model.put("companyDative", words.company(company, Wording.Case.DATIVE));
            // an article followup put before the name starts the sentence capitalised; the name stays as written
            model.put("companyStart", nominative.equals(company) ? company
                    : Character.toUpperCase(nominative.charAt(0)) + nominative.substring(1));
        }
        StringWriter out = new StringWriter();
        try {
            FREEMARKER.computeIfAbsent(root, NoticeTexts::configure).getTemplate(lang + "/" + name + ".ftl")
                    .process(model, out);
        } catch (IOException | freemarker.template.TemplateException e) {
            throw new IllegalStateException("the notice " + lang + "/" + name + " cannot be written: "
                    + e.getMessage(), e);
        }
        return split(out.toString());
    }

    /** The values as the template of {@code lang} reads them (see {@link #render}), also inside lists and maps. */
    private Map<String, Object> model(String lang, Map<?, ?> values) {
        Map<String, Object> model = new LinkedHashMap<>();
        values.forEach((k, v) -> model.put(String.valueOf(k), value(lang, v)));
        values.forEach((k, v) -> {
            if (v instanceof ZonedDateTime z) {
                model.put(k + "Here", here(lang, z));
            }
        });
        return model;
    }

    private Object value(String lang, Object v) {
        return v instanceof Instant i ? moment(lang, i)
                : v instanceof LocalDate d ? DATES.get(lang).format(d)
                : v instanceof ZonedDateTime z ? moment(lang, z) + " " + zoneName(lang, z)
                : v instanceof Map<?, ?> m ? model(lang, m)
                : v instanceof java.util.List<?> l ? l.stream().map(x -> value(lang, x)).toList() : v;
    }

    /** The moment {@code at} on the user's clock, as the notices of {@code lang} write it. */
    private String moment(String lang, Instant at) {
        return moment(lang, at.atZone(zone));
    }

    private static String moment(String lang, ZonedDateTime at) {
        // Spanish says "a la una" for the hour of one and "a las" for every other: "a la 1:30", "a las 13:30"
        return (lang.equals("es") && at.getHour() == 1 ? ES_AT_ONE : MOMENTS.get(lang)).format(at);
    }

    private static final DateTimeFormatter ES_AT_ONE = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'a la' H:mm",
            Locale.forLanguageTag("es"));

    /** The zone's short name as {@code lang} writes it: "CET", "MEZ". */
    private static String zoneName(String lang, ZonedDateTime at) {
        return followup.plan.ZoneLabel.of(at, LOCALES.get(lang));
    }

    /** {@code at} on the user's clock when it reads otherwise: the time alone on the same day, else the moment. */
    private String here(String lang, ZonedDateTime at) {
        ZonedDateTime mine = at.withZoneSameInstant(zone);
        if (mine.toLocalDateTime().equals(at.toLocalDateTime())) {
            return "";
        }
        return mine.toLocalDate().equals(at.toLocalDate()) ? TIMES.get(lang).format(mine) : moment(lang, mine);
    }

    private static final Map<String, Locale> LOCALES = Map.of("en", Locale.ENGLISH, "de", Locale.GERMAN,
            "fr", Locale.FRENCH, "es", Locale.forLanguageTag("es"));

    private static final Map<String, DateTimeFormatter> TIMES = Map.of(
            "en", DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH),
            "de", DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMAN),
            "fr", DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH),
            "es", DateTimeFormatter.ofPattern("H:mm", Locale.forLanguageTag("es")));

    private static final Map<String, DateTimeFormatter> MOMENTS = Map.of(
            "en", DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH),
            "de", DateTimeFormatter.ofPattern("EEEE, d. MMMM, 'um' HH:mm 'Uhr'", Locale.GERMAN),
            "fr", DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH'h'mm", Locale.FRENCH),
            "es", DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'a las' H:mm", Locale.forLanguageTag("es")));

    /** A day as the notices of each language write it (English as followup always wrote it there). */
    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "en", DateTimeFormatter.ISO_LOCAL_DATE,
            "de", DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN),
            "fr", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH),
            "es", DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es")));

    /** Whether the notice {@code name} is written in {@code lang}. */
    private boolean exists(String lang, String name) {
        return NoticeTexts.class.getResource(root + "/" + lang + "/" + name + ".ftl") != null;
    }

    /**
     * The notice {@code name} when no template could write it: its facts one a line, the moments on the user's
     * clock, so that what it was about still reaches the user.
     */
    private Text plain(String name, Map<String, ?> values) {
        StringBuilder body = new StringBuilder("followup has a notice for you (" + name + ") that it could not write"
                + " out in full; what it is about:\n\n");
        values.forEach((k, v) -> body.append("  ").append(k).append(": ").append(fact(v)).append('\n'));
        return new Text("followup: " + name + " (notice)", body.toString());
    }

    private String fact(Object value) {
        if (value instanceof Instant i) {
            return i.atZone(zone).toOffsetDateTime().toString();
        }
        if (value instanceof java.util.Collection<?> list) {
            return String.join("; ", list.stream().map(this::fact).toList());
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder();
            map.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" ").append(fact(v)));
            return b.toString();
        }
        return String.valueOf(value).replace("\n", "\n    ");
    }

    private static Text split(String text) {
        String rest = text.replace("\r\n", "\n").stripLeading();
        int end = rest.indexOf('\n');
        String first = end < 0 ? rest : rest.substring(0, end);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("a notice template must start with its subject line: " + first);
        }
        String body = (end < 0 ? "" : rest.substring(end + 1)).replaceAll("[ \t]+\n", "\n").strip() + "\n";
        return new Text(first.substring("Subject:".length()).strip(), body);
    }

    private static Configuration configure(String root) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(NoticeTexts.class, root));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        return cfg;
    }
}
