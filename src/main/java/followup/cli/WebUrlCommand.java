package followup.cli;

import com.typesafe.config.ConfigFactory;
import followup.config.Deployment;
import followup.config.Settings;
import followup.config.SettingsLoader;
import followup.web.AccessToken;
import followup.web.WebServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * Prints the page's address with its token (creating the token if the daemon never ran); with {@code --candidate},
 * the address of that candidate's own page.
 */
@Command(name = "web-url", mixinStandardHelpOptions = true,
        description = "Print the address of the page `followup run` serves, with its access token (with --candidate,"
                + " of that job seeker's own page).")
final class WebUrlCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Override
    public Integer call() {
        Settings settings = SettingsLoader.load(config.file, ConfigFactory.empty(), false);
        String page = "";
        if (candidate.name != null) {   // refused unless the deployment has a candidate of that name who can run
            page = "&candidate=" + Deployment.withoutSecrets(config.file).choose(candidate.name).candidate();
        }
        AccessToken token = AccessToken.loadOrCreate(LocalPage.dataDirectory(settings));
        int port = settings.web().port();
        if (port == 0 && settings.web().enabled()) {
            port = LocalPage.portTaken(settings).orElse(0);
            if (port == 0) {
                main.err.println("followup: followup.web.port = 0 takes any free port at each start, and no running"
                        + " `followup run` of this config serves the page now; its log prints the address when it"
                        + " does");
            }
        }
        main.out.println(WebServer.url(settings.web(), port, token) + page);
        if (!settings.web().enabled()) {
            main.err.println("followup: the page is off (followup.web.enabled = false); `followup run` does not serve"
                    + " it");
        }
        return 0;
    }
}
