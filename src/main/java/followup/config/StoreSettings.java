package followup.config;

import java.nio.file.Path;

/**
 * {@code followup.store} as the config gives it, refused with a problem at its key when it is wrong: above all, a
 * password written into the URL is refused without the message repeating it.
 */
final class StoreSettings {
    private StoreSettings() {
    }

    /**
     * {@code followup.store}: an H2 or PostgreSQL JDBC URL; the user name and the password (from the environment or a
     * private file, like the mail passwords) for PostgreSQL.
     */
    static Settings.Store read(Fields f, Path base) {
        String url = f.line("url", true, "\"jdbc:h2:file:./data/followup\"");
        String username = f.line("username", false, "\"followup\"");
        Secret password = MailSettings.password(f, false, "FOLLOWUP_STORE_PASSWORD", base,
                Settings.SINGLE);
        if (url == null) {
            return null;
        }
        // before anything else that names the URL: a message must not repeat the password (a mistyped scheme too)
        if (Settings.Store.holdsPassword(url)) {
            f.problem("url", "holds a password (password, sslpassword or FILE_PASSWORD); put it in the environment"
                    + " variable FOLLOWUP_STORE_PASSWORD (password = ${?FOLLOWUP_STORE_PASSWORD}) or in a file named"
                    + " by password-file, never in the config");
            return null;
        }
        String beforeHost = Settings.Store.beforeHost(url);
        if (beforeHost != null) {
            int colon = beforeHost.indexOf(':');
            String user = colon < 0 ? beforeHost : beforeHost.substring(0, colon);
            f.problem("url", colon >= 0
                    ? "holds a password (user:password@ before the host); put it in the environment variable"
                            + " FOLLOWUP_STORE_PASSWORD (password = ${?FOLLOWUP_STORE_PASSWORD}) or in a file named by"
                            + " password-file, never in the config, and the user name in username = \"" + user + "\""
                    : "holds a user name before the host (" + user + "@), which the PostgreSQL driver does not read"
                            + " there (it would take it for part of the host name): set username = \"" + user
                            + "\" instead");
            return null;
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            f.problem("url", "\"" + Settings.Store.shown(url) + "\" is neither an H2 nor a PostgreSQL JDBC URL (a"
                    + " valid value looks like url = \"jdbc:h2:file:./data/followup\" or url = \"jdbc:postgresql://"
                    + "db.example.com:5432/followup\")");
            return null;
        }
        return new Settings.Store(url, username, password);
    }
}
