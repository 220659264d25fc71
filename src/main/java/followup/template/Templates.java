package followup.template;

import followup.config.Display;
import followup.config.Languages;
import followup.config.Problem;
import followup.config.Settings;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.SendWindow;
import followup.plan.Sender;
import followup.plan.Step;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The message templates: one FreeMarker plain-text file per step in the templates directory, overridable per
 * record. A template starts with its own {@code Subject:} line, then the body. Rendering is strict (a missing value
 * is an error, never a blank) and sandboxed (no class instantiation, no {@code ?api}, only plain data).
 */
public final class Templates {
    private static final int MAX_SUBJECT = 200;
    private final Path dir;
    private final Configuration freemarker;
    private final Bounded bounded;
    /** The company's office hours (policy.send-window), which the call reminder states in the user's time. */
    private final SendWindow officeHours;

    /** @param timeLimit the longest one message may take to render (see {@link Bounded}) */
    public Templates(Path dir, Duration timeLimit) {
        this(dir, timeLimit, SendWindow.OFFICE_HOURS, () -> "followup.templates at it");
    }

    /**
     * The templates of one job seeker's settings.
     *
     * @throws TemplateException when the directory does not exist: the problem names the key that sets it, where
     */
    public Templates(Settings settings) {
        this(settings.templates(), settings.renderTimeLimit(), settings.policy().window(),
                () -> settings.key("templates") + " at it, in "
                + settings.where("templates"));
    }

    /**
     * @param fix what to point at {@code dir} when it does not exist: the key that sets it, as the file writes it
     *            (asked only then: finding where the key is set reads the file again)
     */
    private Templates(Path dir, Duration timeLimit, SendWindow officeHours, Supplier<String> fix) {
        this.dir = dir;
        this.officeHours = officeHours;
        this.freemarker = configure(dir, fix);
        this.bounded = new Bounded(timeLimit);
    }

    private static Configuration configure(Path dir, Supplier<String> fix) {
        Configuration cfg = new InterruptibleConfiguration();
        try {
            cfg.setTemplateLoader(new ConfinedTemplateLoader(dir));
        } catch (IOException e) {
            throw new TemplateException(new Problem(Display.path(dir), 0, "",
                    "the templates directory does not exist (point " + fix.get() + ")"));
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateUpdateDelayMilliseconds(1000);
        return cfg;
    }

    public Path dir() {
        return dir;
    }

    /** The template file a step of this interview uses, in English: its override, else the step's own. */
    public static String fileFor(Interview interview, Step step) {
        return interview.templates().getOrDefault(step.id(), step.id() + ".ftl");
    }

    /**
     * The template file a step of this interview uses in the language it is written in: an override as named;
     * else {@code <lang>/<step>.ftl} for messages to the company in the record's language and reminders in the
     * sender's, when the templates directory has it; else the English one.
     */
    public String templateFor(Interview interview, Sender sender, Step step) {
        String language = step.toCompany() ? interview.language() : sender.language();
        if (interview.templates().containsKey(step.id())) {
            return fileFor(interview, step);
        }
        return translation(language, step.id() + ".ftl").orElseGet(() -> fileFor(interview, step));
    }

    /** The interview in its own language when {@code file} is translated into it, else in English. */
    private Interview writtenIn(Interview interview, String file) {
        return translation(interview.language(), file).isPresent() ? interview
                : interview.inLanguage(Interview.DEFAULT_LANGUAGE);
    }

    /** {@code <language>/<file>} when the language is not English and the templates directory has it. */
    private Optional<String> translation(String language, String file) {
        String translated = language + "/" + file;
        return !language.equals(Interview.DEFAULT_LANGUAGE) && Files.isRegularFile(dir.resolve(translated))
                ? Optional.of(translated) : Optional.empty();
    }

    /** Problems with the default template of every step: missing files and syntax errors. */
    public List<Problem> checkFiles() {
        List<Problem> problems = new ArrayList<>();
        for (Step step : Step.values()) {
            String file = step.id() + ".ftl";
            if (!Files.isRegularFile(dir.resolve(file))) {
                problems.add(new Problem(Display.path(dir.resolve(file)), 0, "", "the template for step " + step.id()
                        + " does not exist (every step needs one; copy it from the project's templates/ directory)"));
                continue;
            }
            parse(file, problems);
            parseTranslations(file, problems);
        }
        parseTranslations(REJECTION_REPLY, problems);
        if (Files.isRegularFile(dir.resolve(CARD))) {
            parse(CARD, problems);
        }
        parseTranslations(CARD, problems);
        return problems;
    }

    /** Parses each translation of {@code file} the templates directory has. */
    private void parseTranslations(String file, List<Problem> problems) {
        for (String language : Languages.SUPPORTED) {
            translation(language, file).ifPresent(t -> parse(t, problems));
        }
    }

    private void parse(String file, List<Problem> problems) {
        try {
            bounded.run(out -> freemarker.getTemplate(file));
        } catch (IOException | freemarker.template.TemplateException | Bounded.Stopped e) {
            problems.add(problem(e, file, null));
        }
    }

    /**
     * Renders one message.
     *
     * @param timeline the interview's whole plan, for the steps that refer to others (the second follow-up
     *                 threads under the follow-up's subject)
     * @throws TemplateException with the template's file and line when the template fails for this record
     */
    public Rendered render(Interview interview, Sender sender, PlannedMessage message, List<PlannedMessage> timeline) {
        return render(interview, sender, message, timeline, message.due());
    }

    /**
     * Renders one message as it reads when it goes out at {@code at}: "today", "yesterday" and the message's date
     * are seen from that instant.
     */
    public Rendered render(Interview interview, Sender sender, PlannedMessage message, List<PlannedMessage> timeline,
                           Instant at) {
        return render(interview, List.of(), sender, message, timeline, at);
    }

    /**
     * Renders one message of a later round as it reads when it goes out at {@code at}: the people who sat in on
     * one of {@code earlierRounds} ({@link followup.plan.Rounds#earlier}) are thanked as people met before.
     */
    public Rendered render(Interview interview, List<Interview> earlierRounds, Sender sender, PlannedMessage message,
                           List<PlannedMessage> timeline, Instant at) {
        String followUpSubject = null;
        if (message.step() == Step.SECOND_FOLLOW_UP) {
            PlannedMessage followUp = timeline.stream().filter(m -> m.step() == Step.FOLLOW_UP).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("a second follow-up needs its follow-up"));
            followUpSubject = render(interview, earlierRounds, sender, followUp, timeline, followUp.due()).subject();
        }
        String file = templateFor(interview, sender, message.step());
        Step step = message.step();
        boolean own = interview.templates().containsKey(step.id());
        // a template the language lacks is the English one, and the whole message is English then: its greeting,
        // dates and lists too, not English sentences around "Guten Tag" and "gestern"
        Interview written = step.toCompany() ? (own ? interview : writtenIn(interview, step.id() + ".ftl"))
                : writtenIn(interview, CARD);
        Sender writer = step.toCompany() || own || translation(sender.language(), step.id() + ".ftl").isPresent()
                ? sender : sender.inLanguage(Interview.DEFAULT_LANGUAGE);
        Map<String, Object> model = Model.of(written, earlierRounds, writer, message, timeline, followUpSubject, at,
                officeHours);
        model.put("cardTemplate", "/" + translation(interview.language(), CARD).orElse(CARD));
        String text;
        try {
            text = bounded.run(out -> freemarker.getTemplate(file).process(model, out));
        } catch (IOException | freemarker.template.TemplateException | Bounded.Stopped e) {
            throw new TemplateException(problem(e, file, interview, model));
        }
        return split(text, file, interview);
    }

    /**
     * The text of a handwritten card, imported by {@code handwritten-note.ftl} (as {@code cardTemplate}): in the
     * interview's language ({@code <lang>/card.ftl}), since the card goes to the interviewer, else the English one.
     */
    public static final String CARD = "card.ftl";

    /** The template of the drafted answer to a rejection (thanks, a request for feedback, the door left open). */
    public static final String REJECTION_REPLY = "rejection-reply.ftl";

    /**
     * Renders the answer to a rejection from one of the record's interviewers, greeted as the messages to them are
     * ({@link #REJECTION_REPLY}, in the record's language when the templates directory has it).
     *
     * @throws TemplateException with the template's file and line when it fails
     */
    public Rendered renderRejectionReply(Interview interview, Sender sender, Interviewer writer, String email,
                                         java.time.Instant now) {
        return renderAnswer(interview, AnswerModel.answer(writtenIn(interview, REJECTION_REPLY), sender, writer,
                email, now));
    }

    /**
     * Renders the answer to a rejection for one of the record's interviewers who did not write it ({@code to.wrote}
     * false: the no came from an address nobody reads).
     */
    public Rendered renderRejectionReplyInstead(Interview interview, Sender sender, Interviewer to,
                                                java.time.Instant now) {
        return renderAnswer(interview, AnswerModel.answer(writtenIn(interview, REJECTION_REPLY), sender, to,
                to.email(), false, now));
    }

    /**
     * Renders the answer to a rejection from someone the record does not name (a recruiter, a careers address):
     * greeted by the display name of their address, or without a name when it has none.
     *
     * @param displayName the display name of the From address ("" when it has none)
     */
    public Rendered renderRejectionReply(Interview interview, Sender sender, String displayName, String email,
                                         java.time.Instant now) {
        return renderAnswer(interview, AnswerModel.answer(writtenIn(interview, REJECTION_REPLY), sender,
                displayName, email, now));
    }

    /** The answer's template in the record's language ({@code <lang>/rejection-reply.ftl}), else the English one. */
    public String rejectionReplyFor(Interview interview) {
        return translation(interview.language(), REJECTION_REPLY).orElse(REJECTION_REPLY);
    }

    private Rendered renderAnswer(Interview interview, Object model) {
        String file = rejectionReplyFor(interview);
        String text;
        try {
            text = bounded.run(out -> freemarker.getTemplate(file).process(model, out));
        } catch (IOException | freemarker.template.TemplateException | Bounded.Stopped e) {
            throw new TemplateException(problem(e, file, interview));
        }
        return split(text, file, interview);
    }

    /**
     * A sentence's full stop right after a word's own ("Example Inc.." when a company or position ending in an
     * abbreviation closes a sentence) or after its "!" or "?" ("at Yahoo!."): it is dropped. An ellipsis ("...")
     * is left alone.
     */
    private static final Pattern DOUBLE_STOP = Pattern.compile(
            "(?<=\\p{L}\\.|\\p{L}[!?])\\.(?=\\s|$|[\"”“»’')])", Pattern.MULTILINE);

    /**
     * The subject line and the body of a rendered text; a subject or body that cannot go out is a problem of the
     * template's first line that also names the interview it came out so for, since the record's values may be what
     * made it so (a long company and position make a long subject).
     */
    private Rendered split(String text, String file, Interview interview) {
        String forRecord = " for interview " + interview.id();
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        String rest = normalized.stripLeading();
        int end = rest.indexOf('\n');
        String first = end < 0 ? rest : rest.substring(0, end);
        if (!first.regionMatches(true, 0, "Subject:", 0, 8)) {
            throw new TemplateException(new Problem(display(file), 1, "Subject", "the template must start with its"
                    + " subject line (a valid first line looks like Subject: Thank you, ${to.firstName})"));
        }
        String subject = first.substring(8).strip();
        if (subject.isEmpty()) {
            throw new TemplateException(new Problem(display(file), 1, "Subject", "the subject came out empty"
                    + forRecord));
        }
        for (int i = 0; i < subject.length(); i++) {
            if (Character.isISOControl(subject.charAt(i))) {
                throw new TemplateException(new Problem(display(file), 1, "Subject", "the subject contains a control"
                        + " character" + forRecord + "; a header must be one clean line"));
            }
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new TemplateException(new Problem(display(file), 1, "Subject", "the subject came out "
                    + subject.length() + " characters long" + forRecord + "; keep it under " + MAX_SUBJECT
                    + " (a shorter position-title or company in the record, or a shorter subject here): " + subject));
        }
        subject = DOUBLE_STOP.matcher(subject).replaceAll("");
        String body = end < 0 ? "" : rest.substring(end + 1);
        body = body.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
        body = DOUBLE_STOP.matcher(body).replaceAll("");
        if (body.isBlank()) {
            throw new TemplateException(new Problem(display(file), 1, "", "the body came out empty" + forRecord));
        }
        return new Rendered(subject, body);
    }

    private String display(String file) {
        return Display.path(dir.resolve(file));
    }

    private Problem problem(Exception e, String file, Interview interview) {
        return problem(e, file, interview, null);
    }

    /**
     * @param model what the template was given, when known: a name it does not hold (a typo such as
     *              {@code interview.compnay}) is then said to be no field, with the closest one, rather than a value
     *              the record lacks
     */
    private Problem problem(Exception e, String file, Interview interview, Map<String, Object> model) {
        if (e instanceof IOException && e.getCause() instanceof ParseException p) {
            // FreeMarker keeps a template that failed to parse, and later attempts fail "on an earlier attempt"
            e = p;
        }
        String forRecord = interview == null ? "" : " for interview " + interview.id();
        if (e instanceof Bounded.Stopped s) {
            return new Problem(display(file), 0, "", s.getMessage() + forRecord
                    + (s.hint().isEmpty() ? "" : " (" + s.hint() + ")"));
        }
        if (e instanceof TemplateNotFoundException) {
            return new Problem(display(file), 0, "", "the template does not exist" + forRecord);
        }
        if (e instanceof ParseException p) {
            String name = p.getTemplateName() == null ? file : p.getTemplateName();
            return new Problem(display(name), p.getLineNumber(), "", "syntax error: " + firstLine(p.getEditorMessage()));
        }
        if (e instanceof freemarker.template.TemplateException t) {
            String name = t.getTemplateSourceName() == null ? file : t.getTemplateSourceName();
            int line = t.getLineNumber() == null ? 0 : t.getLineNumber();
            String expr = t.getBlamedExpressionString() == null ? "" : t.getBlamedExpressionString();
            Optional<String> unknown = t instanceof InvalidReferenceException ? UnknownFields.of(expr, model)
                    : Optional.empty();
            if (unknown.isPresent()) {
                return new Problem(display(name), line, expr, unknown.get());
            }
            if (t instanceof InvalidReferenceException) {
                return new Problem(display(name), line, expr, "has no value" + forRecord + " (give the record that"
                        + " value, or guard it in the template: <#if " + expr + "??>...</#if> or ${" + expr
                        + "!\"\"})");
            }
            return new Problem(display(name), line, expr, firstLine(t.getMessageWithoutStackTop()) + forRecord);
        }
        return new Problem(display(file), 0, "", "cannot be read" + forRecord + ": " + e.getMessage());
    }

    /** FreeMarker's first line, and the next ones while a line ends with ':' (the reason follows it). */
    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.strip().split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("==>")) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(line);
            if (!line.endsWith(":")) {
                break;
            }
        }
        return out.toString();
    }
}
