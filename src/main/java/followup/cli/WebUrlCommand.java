package followup.cli;

import com.typesafe.config.ConfigFactory;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.web.AccessToken;
import followup.web.WebServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Prints the page's address with its token (creating the token if the daemon never ran). */
@Command(name = "web-url", mixinStandardHelpOptions = true,
        description = "Print the address of the page `followup run` serves, with its access token.")
final class WebUrlCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Override
    public Integer call() {
        Settings settings = SettingsLoader.load(config.file, ConfigFactory.empty(), false);
        AccessToken token = AccessToken.loadOrCreate(LocalPage.dataDirectory(settings));
        main.out.println(WebServer.url(settings.web(), settings.web().port(), token));
        if (settings.web().port() == 0) {
            main.err.println("followup: followup.web.port = 0 takes any free port at each start; the log of `followup"
                    + " run` prints the address with it");
        }
        if (!settings.web().enabled()) {
            main.err.println("followup: the page is off (followup.web.enabled = false); `followup run` does not serve"
                    + " it");
        }
        return 0;
    }
}
