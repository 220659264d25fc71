package followup.cli;

import followup.auth.DeviceLogin;
import followup.auth.LoopbackLogin;
import followup.auth.OAuthClient;
import followup.auth.Pause;
import followup.auth.TokenFile;
import followup.config.BadInputException;
import followup.config.Display;
import followup.config.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code followup login}: signs in once with OAuth2 (auth = oauth2) and keeps the refresh token in the token file.
 * Microsoft and custom providers: the device authorization grant; Google: a browser on this machine with PKCE.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Sign in with OAuth2 (followup.mail.auth = oauth2) and keep the refresh token in the token file.")
final class LoginCommand implements Callable<Integer> {
    private static final Duration BROWSER_WAIT = Duration.ofMinutes(5);

    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = candidate.choose(followup.config.Deployment.load(config.file), null);
        if (settings.mail().auth() != Settings.Auth.OAUTH2) {
            throw new BadInputException(settings.where("mail.auth"), settings.key("mail.auth") + " is password:"
                    + " `followup login` is for auth = oauth2 (see the README for your provider)");
        }
        Settings.OAuth2 oauth = settings.mail().oauth2();
        if (oauth == null) {     // sandbox mode, before the app registration: live mode requires the client id
            throw new BadInputException(settings.where("mail.oauth2.client-id"), settings.key("mail.oauth2.client-id")
                    + ": missing: `followup login` signs in with your own app registration's client id (a valid value"
                    + " looks like oauth2 { client-id = \"00000000-0000-0000-0000-000000000000\" }; see \"Mail"
                    + " providers\" in the README)");
        }
        OAuthClient client = new OAuthClient(oauth);
        TokenFile file = new TokenFile(oauth.tokenFile(), oauth.loginCommand());
        Clock wallClock = Clock.systemUTC();          // the code's lifetime is real time, whatever FOLLOWUP_NOW says
        if (oauth.loopbackLogin()) {
            new LoopbackLogin(client, file, main.err, BROWSER_WAIT, wallClock).run();
        } else {
            new DeviceLogin(client, file, main.err, Pause.REAL, wallClock).run();
        }
        main.out.println("Signed in. The refresh token is kept in " + Display.path(file.path())
                + " (readable by you only). Next: `" + settings.command("check") + "`.");
        return 0;
    }
}
