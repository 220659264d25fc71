package followup.cli;

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

    @Mixin
    private CandidateOption candidate;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, shown in plan and status")
    private String reason;

    @Parameters(index = "0", paramLabel = "ID", description = "the interview")
    private String id;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(config, candidate, id, main.clock);
        ws.requireRecordFile(id);
        main.out.println(Steering.hold(ws.settings(), main.clock, id, reason, main.err));
        return 0;
    }
}
