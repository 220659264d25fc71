package followup.config;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code followup.store} as the config gives it, and what {@code followup.cluster} needs, refused with a problem at
 * its key when it is wrong: above all, a password written into the URL is refused without the message repeating it.
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
                    : "holds a user name before the host (" + user + "@), which the " + (url.startsWith("jdbc:h2:")
                            ? "H2" : "PostgreSQL") + " driver does not read there (it would take it for part of the"
                            + " host name): set username = \"" + user + "\" instead");
            return null;
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            f.problem("url", "\"" + Settings.Store.shown(url) + "\" is neither an H2 nor a PostgreSQL JDBC URL (a"
                    + " valid value looks like url = \"jdbc:h2:file:./data/followup\" or url = \"jdbc:postgresql://"
                    + "db.example.com:5432/followup\")");
            return null;
        }
        String address = url.startsWith("jdbc:postgresql:") ? postgresAddressProblem(url) : null;
        if (address != null) {
            f.problem("url", "\"" + Settings.Store.shown(url) + "\": " + address + " (a valid value looks like url ="
                    + " \"jdbc:postgresql://db.example.com:5432/followup\"; several hosts are written"
                    + " //db1.example.com:5432,db2.example.com:5432/followup)");
            return null;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
            f.problem("url", "\"" + Settings.Store.shown(url) + "\" is an H2 server, which followup does not lock:"
                    + " two daemons on it would each send every message; keep the state in a file of this machine"
                    + " (a valid value looks like url = \"jdbc:h2:file:./data/followup\"), or on a database server"
                    + " in PostgreSQL (url = \"jdbc:postgresql://db.example.com:5432/followup\")");
            return null;
        }
        for (String memory : List.of("jdbc:h2:memfs:", "jdbc:h2:memlzf:", "jdbc:h2:niomemfs:", "jdbc:h2:niomemlzf:")) {
            lower = lower.startsWith(memory) ? "jdbc:h2:mem:" : lower;     // H2's file systems in memory
        }
        if (lower.startsWith("jdbc:h2:zip:")) {
            f.problem("url", "\"" + Settings.Store.shown(url) + "\" is a database inside a zip file, which H2 opens"
                    + " read-only: nothing sent could be recorded, and every start would send it again; keep it in a"
                    + " file (a valid value looks like url = \"jdbc:h2:file:./data/followup\") or in PostgreSQL");
            return null;
        }
        for (String other : List.of("split:", "rec:", "encrypt:", "cache:")) {
            if (lower.startsWith("jdbc:h2:" + other)) {
                f.problem("url", "\"" + Settings.Store.shown(url) + "\" uses H2's " + url.substring(8, 8
                        + other.length()) + " file system, which followup does not support: it reaches the file its"
                        + " own way, with a lock beside it and a count of the sent messages; write the plain file"
                        + " (a valid value looks like url = \"jdbc:h2:file:./data/followup\")");
                return null;
            }
        }
        if (lower.startsWith("jdbc:h2:mem:")) {
            f.problem("url", "\"" + Settings.Store.shown(url) + "\" keeps the state in memory only: each start would"
                    + " forget what was sent and send it again; keep it in a file (a valid value looks like url ="
                    + " \"jdbc:h2:file:./data/followup\") or in PostgreSQL");
            return null;
        }
        return new Settings.Store(url, username, password, f.origin("url"));
    }

    /**
     * What is wrong with the hosts and ports of a PostgreSQL URL ({@code //host:port,host:port/database}), or null:
     * a port the driver would refuse only when it connects ("Failed to get driver instance", as an unexpected error),
     * or a second colon it would read into the host name.
     */
    static String postgresAddressProblem(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return null;    // jdbc:postgresql:database, on this machine's default port
        }
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int i = rest.indexOf(c, 2);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        for (String hostPort : rest.substring(2, end).split(",", -1)) {
            String port = null;
            if (hostPort.startsWith("[")) {     // an IPv6 address: [::1]:5432
                int close = hostPort.indexOf(']');
                if (close < 0) {
                    return "the IPv6 address " + hostPort + " opens with [ and is not closed with ]";
                }
                String after = hostPort.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    return "\"" + after + "\" follows the IPv6 address " + hostPort.substring(0, close + 1);
                }
                port = after.isEmpty() ? null : after.substring(1);
            } else if (hostPort.indexOf(':') >= 0) {
                port = hostPort.substring(hostPort.indexOf(':') + 1);
            }
            if (port != null && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1
                    || Integer.parseInt(port) > 65535)) {
                return "the port \"" + port + "\" is not a number from 1 to 65535 (PostgreSQL's is 5432 unless"
                        + " its postgresql.conf says otherwise)";
            }
        }
        return null;
    }

    /**
     * {@code cluster = true} needs what several daemons can share: a PostgreSQL store (an H2 file serves one daemon),
     * and a mailbox in live mode (see below); a problem at {@code cluster} otherwise, or at a candidate's
     * {@code mail.mode}.
     *
     * @param store the store of this file, or null (a candidate's, whose store is the deployment's)
     * @param mail  the mail settings of this file, or null (a deployment of candidates, or not valid)
     */
    static void checkCluster(Fields f, boolean cluster, Settings.Store store, Settings.Mail mail, boolean candidate) {
        if (!cluster) {
            return;
        }
        if (store != null && !store.postgres()) {
            f.problem("cluster", "true needs a shared PostgreSQL database (store.url = \"jdbc:postgresql://host:5432/"
                    + "followup\"); an H2 file serves one daemon only, so keep cluster = false with \""
                    + store.shownUrl() + "\"");
        }
        if (mail != null && mail.mode() == Settings.Mode.SANDBOX) {
            refuseSandbox(f, candidate);
        }
    }

    /**
     * Clustered daemons share one mailbox: the replies the poll reads, whichever daemon runs it, and the sent folder
     * where a daemon that takes over a dead one's send looks for it. The sandbox is a mail server in each daemon.
     */
    private static void refuseSandbox(Fields f, boolean candidate) {
        String why = "each daemon would start a mail server of its own, and the daemons share one mailbox (the"
                + " replies the poll reads, whichever daemon runs it, and the sent folder a daemon that takes over"
                + " looks in)";
        if (candidate) {
            f.problem("mail.mode", "sandbox cannot serve clustered daemons (followup.cluster = true in the"
                    + " deployment): " + why + "; set mail.mode = live (a test mail server will do)");
        } else {
            f.problem("cluster", "true needs mail.mode = live: in sandbox mode " + why + "; set mail.mode = live (a"
                    + " test mail server will do), or keep cluster = false to try followup in sandbox mode");
        }
    }
}
