package followup.cli;

import followup.FollowupException;
import followup.config.Settings;
import followup.config.Deployment;
import followup.daemon.Daemon;
import followup.daemon.DeliveryListener;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** The daemon, in the foreground, logging to stdout. SIGTERM (or Ctrl-C) finishes the message in flight, exit 0. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the daemon in the foreground, logging to stdout. SIGTERM finishes the"
        + " message in flight and exits 0.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Override
    public Integer call() throws InterruptedException {
        Deployment deployment = Deployment.load(config.file);
        Settings settings = deployment.settings();
        LogOutput.use(settings.operations().logFormat());
        // the handlers come first: a SIGTERM while the daemon starts stops it cleanly once it has started
        CountDownLatch stopRequested = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), s -> stopRequested.countDown());
        Signal.handle(new Signal("INT"), s -> stopRequested.countDown());
        Daemon daemon;
        Optional<LocalPage> page;
        try {
            daemon = Daemon.start(deployment, main.clock, DeliveryListener.NONE);
            try {
                page = LocalPage.start(settings, main.clock);
            } catch (RuntimeException e) {
                daemon.close();
                throw e;
            }
        } catch (FollowupException e) {
            if (settings.operations().logFormat() != Settings.LogFormat.JSON) {
                throw e;
            }
            // a log read as JSON gets why the daemon did not start as one of its lines, not a line of text on stderr
            LOG.error("Cannot start: {}", e.getMessage());
            return e.exitCode();
        }
        Thread stopper = new Thread(() -> {
            try {
                stopRequested.await();
            } catch (InterruptedException e) {
                return;
            }
            page.ifPresent(LocalPage::close);
            daemon.close();
        }, "followup-stop");
        stopper.setDaemon(true);
        stopper.start();
        daemon.awaitStop();
        if (daemon.failure().isPresent()) {
            page.ifPresent(LocalPage::close);
            return 1;
        }
        return 0;
    }
}
