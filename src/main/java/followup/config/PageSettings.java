package followup.config;

import java.util.Set;

/** Reads {@code followup.web} (the page), {@code followup.metrics} and {@code followup.log}. */
final class PageSettings {
    private PageSettings() {
    }

    static Settings.Web web(Fields f) {
        Boolean enabled = f.bool("enabled", true);
        String bind = f.line("bind", true, "\"127.0.0.1\"");
        Integer port = MailSettings.sandboxPort(f, "port", "4580");
        if (bind != null && !bind.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            f.problem("bind", "\"" + bind + "\" is not a host name or an IP address (a valid value looks like"
                    + " bind = \"127.0.0.1\")");
            return null;
        }
        if (enabled == null || bind == null || port == null) {
            return null;
        }
        return new Settings.Web(enabled, bind, port);
    }

    /**
     * The metrics on the page's port would take it before the page, which then fails to start as if another program
     * had it: said at metrics.port instead (unless they listen on two different addresses).
     */
    static void sharedPort(Fields f, Settings.Web web, Settings.Operations operations) {
        int port = operations.metricsPort();
        String bind = operations.metricsBind();
        if (bind == null || !web.enabled() || port == 0 || port != web.port()) {
            return;
        }
        Set<String> any = Set.of("0.0.0.0", "::", "[::]");
        if (any.contains(web.bind()) || any.contains(bind) || bind.equalsIgnoreCase(web.bind())) {
            f.problem("metrics.port", port + " is also the page's port (web.port" + (f.setInOwnFile("web.port") ? ""
                    : ", by default " + web.port()) + "): choose another (a valid value looks like metrics.port ="
                    + " 9464), or set web.enabled = false");
        }
    }

    /** {@code metrics} (a port of 0 is any free one, for tests) and {@code log}. */
    static Settings.Operations operations(Fields f) {
        Integer port = null;
        if (f.has("metrics.port")) {
            port = f.rawString("metrics.port").strip().equals("0") ? Integer.valueOf(0) : MailSettings.port(f, "metrics.port", "9464");
        }
        String bind = f.line("metrics.bind", true, "\"127.0.0.1\"");
        if (bind != null && bind.isBlank()) {
            f.problem("metrics.bind", "is empty (a valid value looks like metrics.bind = \"127.0.0.1\")");
        } else if (bind != null && !bind.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            f.problem("metrics.bind", "\"" + bind + "\" is not a host name or an IP address (a valid value looks like"
                    + " metrics.bind = \"127.0.0.1\")");
            bind = null;
        }
        Settings.LogFormat format = f.choice("log.format", Settings.LogFormat.class, true);
        return new Settings.Operations(port, bind, format);
    }
}
