package followup.cli;

import followup.plan.Cause;
import followup.plan.Step;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.MailLog;
import followup.store.MessageStore;
import followup.store.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Records that the user and the company spoke outside the mailbox (a call, a meeting, a mail from another account):
 * like a reply, it holds what is pending to the company and the call reminder, until {@code followup resume}.
 * Takes effect on a running daemon before its next send.
 */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Record that you and the company spoke (a call,"
        + " a meeting, an email elsewhere); holds what is pending, like a reply (also while the daemon runs).")
final class LogCommand implements Callable<Integer> {
    private static final Set<String> HELD = Set.of(Step.THANK_YOU.id(), Step.FOLLOW_UP.id(),
            Step.SECOND_FOLLOW_UP.id(), Step.CALL_REMINDER.id());

    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private How how;

    static final class How {
        @Option(names = "--call", description = "you spoke on the phone")
        boolean call;
        @Option(names = "--met", description = "you met in person or on video")
        boolean met;
        @Option(names = "--email", description = "you exchanged mail outside the watched folders")
        boolean email;

        String word() {
            return call ? "call" : met ? "meeting" : "email";
        }
    }

    @Parameters(index = "0", paramLabel = "ID", description = "the interview")
    private String id;

    @Parameters(index = "1", paramLabel = "TEXT", description = "what happened, e.g. \"Jane called: offer next week\"")
    private String text;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(config, candidate, this.id, main.clock);
        ws.requireRecordFile(this.id);
        String id = CandidateOption.qualified(ws.settings(), this.id);
        String what = text.replaceAll("\\p{Cntrl}", " ").strip();
        if (what.isEmpty()) {
            throw new followup.config.BadInputException("followup log", "TEXT is empty: say what happened (a valid"
                    + " value looks like \"Jane called: they want a second interview\")");
        }
        Instant now = main.clock.instant();
        String why = how.word() + " logged " + followup.config.Display.WHEN.format(now.atZone(ws.settings().sender().zone())) + ": " + what;
        try (Database db = StoreView.open(ws.settings(), main.err)) {
            MessageStore store = new MessageStore(db);
            Reply reply = new Reply(id, "log:" + how.word() + ":" + now.toEpochMilli(), "you", now, why,
                    Cause.HANDLED_ELSEWHERE);
            new MailLog(db, ws.settings().candidate()).recordReply(reply);
            List<String> held = store.holdPending(id, HELD, "handled elsewhere: " + why, Cause.HANDLED_ELSEWHERE,
                    now);
            new EventLog(db).record(now, id, null, "handled-elsewhere", why);
            int n = held.size();
            // none pending yet (the daemon has not planned them): the daemon holds each when it falls due
            main.out.println("Logged the " + how.word() + " for " + id + ": " + (n == 0
                    ? "no message of it to the company, nor the call reminder, will be sent, like after a reply;"
                    + " `followup resume " + id + "` sends them after all."
                    : n + " pending message" + (n == 1 ? " is" : "s are") + " held, like after a reply; `followup"
                    + " resume " + id + "` sends them after all."));
        }
        return 0;
    }
}
