package followup.cli;

import followup.store.Database;
import followup.store.EventLog;
import followup.store.Holds;
import followup.store.MailLog;
import followup.store.MessageStore;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Restarts the held messages of one interview: a hold by the user, and a hold by a reply the user says was not
 * one. Messages held because their address bounced stay held until the record is fixed.
 */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Restart the held messages of one interview (also while the daemon runs).")
final class ResumeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Parameters(index = "0", paramLabel = "ID", description = "the interview")
    private String id;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(config.file, main.clock);
        ws.requireRecordFile(id);
        Instant now = main.clock.instant();
        try (Database db = StoreView.open(ws.settings())) {
            MessageStore store = new MessageStore(db);
            new Holds(db).release(id);
            int replies = new MailLog(db).dismissReplies(id);
            int n = 0;
            for (String heldBy : new String[] {"held by you", "reply from", "invitation from", "rejection from",
                    "handled elsewhere"}) {
                n += store.release(id, heldBy, now);
            }
            new EventLog(db).record(now, id, null, "resume", n + " message(s) released"
                    + (replies > 0 ? ", " + replies + " reply(ies) dismissed" : ""));
            main.out.println("Resumed " + id + ": " + n + " message" + (n == 1 ? "" : "s") + " planned again"
                    + (replies > 0 ? " (the reply that held them is set aside)" : "")
                    + "; see `followup plan " + id + "` for when.");
        }
        return 0;
    }
}
