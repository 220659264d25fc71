package followup.cli;

import followup.FollowupException;
import followup.config.BadInputException;
import followup.config.Display;
import followup.config.Problem;
import followup.config.RecordDraft;
import followup.config.RecordLoader;
import followup.config.Settings;
import followup.invite.Invitation;
import followup.invite.InvitationReader;
import followup.invite.RecordDrafts;
import followup.plan.Interview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds an interview: writes {@code <interviews>/<id>.conf} from a draft (never over an existing file), validates it
 * as {@code validate} would (the record, then every message rendered) and plans it. Shared by {@code followup add}
 * and the page's upload form.
 */
final class Intake {
    /**
     * What adding wrote.
     *
     * @param problems what {@code validate} found in the new record (empty when it is good)
     * @param plan     the plan of the new record as {@code followup plan ID} prints it, or empty with problems
     */
    record Added(String id, Path file, List<Problem> problems, List<String> warnings, String plan) {
    }

    /** The settings of the job seeker whose interviews these are (a candidate's, in a deployment of them). */
    private final Settings settings;
    private final Clock clock;

    Intake(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A draft from an invitation file's bytes ({@code name} is how problems name it). */
    RecordDraft fromInvitation(String name, byte[] bytes) {
        Set<String> own = new LinkedHashSet<>();
        own.add(settings.sender().email());
        own.add(settings.sender().notifyAddress());
        Invitation invitation = InvitationReader.read(name, bytes, settings.sender().zone());
        RecordDraft draft = RecordDrafts.of(invitation, own, settings.sender().name(), settings.sender().zone(),
                "added from the invitation " + name);
        if (invitation.cancellation()) {
            throw cancelled(name, invitation, draft);
        }
        return Rounds.placed(settings, clock, name, draft, addresses(invitation), invitation.sequence() > 0);
    }

    /** The addresses of everyone on an invitation. */
    private Set<String> addresses(Invitation invitation) {
        Set<String> out = new LinkedHashSet<>();
        invitation.attendees().stream().map(Invitation.Person::email).filter(e -> e != null).forEach(out::add);
        if (invitation.organizer() != null && invitation.organizer().email() != null) {
            out.add(invitation.organizer().email());
        }
        out.remove(settings.sender().email());
        return out;
    }

    private BadInputException cancelled(String name, Invitation invitation, RecordDraft draft) {
        String why = "CANCEL".equals(invitation.method()) ? "METHOD:CANCEL" : "STATUS:CANCELLED";
        StringBuilder b = new StringBuilder("is a cancellation (" + why + "): " + draft.company()
                + " called off the interview of " + draft.at().toLocalDate() + ", so nothing is added");
        List<Rounds.Known> known = Rounds.of(settings, draft.company(), addresses(invitation));
        if (known.isEmpty()) {
            b.append("; no record of it is under ").append(Display.path(settings.interviews()))
                    .append(", so there is nothing to close");
        }
        for (Rounds.Known k : known) {
            b.append("; if ").append(k.shown()).append(" (").append(k.interview().at()).append(") is the interview"
                    + " called off, set status = closed there (or delete the file), or keep it for a new date with"
                    + " followup hold ").append(k.id());
        }
        return new BadInputException(name, b.toString());
    }

    /**
     * @param id the record's id, or null for the draft's own ({@code company-position})
     * @throws BadInputException when the id is not a valid file name or a record with it exists
     */
    Added add(RecordDraft draft, String id) {
        return add(draft, id, false);
    }

    /**
     * The file a record with this id would be written to.
     *
     * @throws BadInputException when the id is not a valid file name or a record with it exists
     */
    Path checkId(String chosen) {
        Path dir = settings.interviews();
        Path file = dir.resolve(chosen + RecordLoader.EXTENSION);
        if (!file.normalize().getParent().equals(dir.normalize()) || !chosen.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new BadInputException("--id", "\"" + chosen + "\" cannot be an interview id: use letters, digits,"
                    + " '.', '-' and '_', starting with a letter or digit, at most 64 (a valid id looks like"
                    + " acme-platform)");
        }
        if (Files.exists(file)) {
            throw exists(file);
        }
        return file;
    }

    /**
     * @param strict whether a record that does not load is refused and not written (the answers to the questions),
     *               rather than written for the user to fix (an invitation's)
     */
    Added add(RecordDraft draft, String id, boolean strict) {
        String chosen = id == null || id.isBlank() ? draft.suggestedId() : id.strip();
        Path dir = settings.interviews();
        if ((id == null || id.isBlank()) && draft.previous() != null) {
            // the next round of a process: its own id beside the earlier round's
            String base = chosen;
            for (int n = 2; Files.exists(dir.resolve(chosen + RecordLoader.EXTENSION)) && n < 100; n++) {
                chosen = base + "-" + n;
            }
        }
        Path file = checkId(chosen);
        write(dir, file, chosen, draft.hocon(), strict);
        Workspace ws = Workspace.open(settings, clock);
        String shown = Display.path(file);
        Set<Problem> problems = new LinkedHashSet<>();
        ws.records().problems().stream().filter(p -> p.file().equals(shown)).forEach(problems::add);
        List<String> warnings = new ArrayList<>();
        StringWriter plan = new StringWriter();
        Interview interview = ws.records().byId(CandidateOption.qualified(settings, chosen)).orElse(null);
        if (interview != null) {
            ValidateCommand.render(ws, interview, problems);
            warnings.addAll(ValidateCommand.warnings(ws, interview));
            try (PrintWriter out = new PrintWriter(plan)) {
                PlanView.table(out, ws.settings().sender(), new PlanView.Entry(interview, file,
                        StateOverlay.plan(ws.planner(), interview, null, ws.records().interviews(), Map.of())));
            }
        }
        return new Added(chosen, file, new ArrayList<>(problems), warnings, plan.toString());
    }

    private static BadInputException exists(Path file) {
        return new BadInputException(Display.path(file), "already exists; followup add never overwrites a record"
                + " (edit that file, or choose another id with --id)");
    }

    /** Refuses a record that would not load, before it is written where the daemon reads records. */
    private void check(String id, String text) throws IOException {
        Path aside = Files.createTempDirectory("followup-add");
        Path file = aside.resolve(id + RecordLoader.EXTENSION);
        try {
            Files.writeString(file, text);
            List<Problem> problems = new ArrayList<>();
            RecordLoader.forSettings(settings).withoutWarnings().load(file, problems);
            if (!problems.isEmpty()) {
                throw new BadInputException(problems.stream().map(p -> new Problem("the answers", 0, p.key(),
                        p.message() + "; nothing was written")).toList());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(aside);
        }
    }

    /** Written aside, then linked into place: the record watcher never reads half a file, and nothing is replaced. */
    private void write(Path dir, Path file, String id, String text, boolean strict) {
        Path tmp = dir.resolve("." + id + ".adding");
        try {
            Files.createDirectories(dir);
            Files.writeString(tmp, text);
            if (strict) {
                check(id, text);
            }
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file);
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
        } catch (IOException e) {
            throw new FollowupException("cannot write " + Display.path(file) + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a leftover .adding file is ignored by the loader (not .conf)
            }
        }
    }
}
