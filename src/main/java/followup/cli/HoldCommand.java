package followup.cli;

import followup.plan.Cause;
import followup.plan.State;
import followup.store.Database;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MessageStore;
import followup.store.StoredMessage;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Stops the pending messages of one interview; takes effect on a running daemon before its next send. */
@Command(name = "hold", mixinStandardHelpOptions = true, description = "Stop the pending messages of one interview (also while the daemon runs).")
final class HoldCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, shown in plan and status")
    private String reason;

    @Parameters(index = "0", paramLabel = "ID", description = "the interview")
    private String id;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(config.file, main.clock);
        ws.requireRecordFile(id);
        String text = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", " ").strip();
        Instant now = main.clock.instant();
        try (Database db = StoreView.open(ws.settings())) {
            MessageStore store = new MessageStore(db);
            new Holds(db).hold(id, text, now);
            String why = "held by you" + (text.isEmpty() ? "" : ": " + text);
            int n = 0;
            for (StoredMessage m : store.ofInterview(id)) {
                if (!m.isNotice() && store.settle(m.key(), State.PLANNED, State.HELD, why, null, now,
                        Cause.USER_HOLD)) {
                    n++;
                }
            }
            new EventLog(db).record(now, id, null, "hold", why);
            main.out.println("Held " + id + ": " + n + " pending message" + (n == 1 ? "" : "s")
                    + " will not be sent until `followup resume " + id + "`.");
        }
        return 0;
    }
}
