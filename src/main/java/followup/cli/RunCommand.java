package followup.cli;

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
import sun.misc.Signal;

/** The daemon, in the foreground, logging to stdout. SIGTERM (or Ctrl-C) finishes the message in flight, exit 0. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the daemon in the foreground, logging to stdout. SIGTERM finishes the"
        + " message in flight and exits 0.")
final class RunCommand implements Callable<Integer> {
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
        Daemon daemon = Daemon.start(deployment, main.clock, DeliveryListener.NONE);
        Optional<LocalPage> page;
        try {
            page = LocalPage.start(settings, main.clock);
        } catch (RuntimeException e) {
            daemon.close();
            throw e;
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
