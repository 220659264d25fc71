package followup.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Restarts the held messages of one interview: a hold by the user, and a hold by a reply the user says was not
 * one; and the messages the server refused (failed, not uncertain), for a try after the user fixed what it refused.
 * Messages held because their address bounced stay held until the record is fixed.
 */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Restart the held messages of one"
        + " interview, and those the server refused once you fixed what it refused (also while the daemon runs).")
final class ResumeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Parameters(index = "0", paramLabel = "ID", description = "the interview")
    private String id;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(config, candidate, id, main.clock);
        ws.requireRecordFile(id);
        main.out.println(Steering.resume(ws.settings(), main.clock, id, main.err));
        return 0;
    }
}
