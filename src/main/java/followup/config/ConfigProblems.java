package followup.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;

/** Turns the config library's exceptions into located problems without repeating its origin prefix. */
final class ConfigProblems {
    private static final String MISLEADING_CLOSE = "expecting a close parentheses ')' here";

    private ConfigProblems() {
    }

    static Problem of(ConfigException e, String file) {
        ConfigOrigin origin = e.origin();
        String where = SettingsLoader.fileOf(origin, file);
        int line = origin == null ? 0 : Math.max(origin.lineNumber(), 0);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (origin != null) {
            String prefix = origin.description() + ": ";
            if (message.startsWith(prefix)) {
                message = message.substring(prefix.length());
            }
        }
        message = message.replaceAll("^\\d+: ", "");
        if (e instanceof ConfigException.Parse && message.contains(MISLEADING_CLOSE)) {
            // the library says "parentheses" where a key or the '}' closing an object was expected
            message = "cannot be read as HOCON: " + message.replace(MISLEADING_CLOSE, "expecting a key or the '}' that"
                    + " closes an object here") + " (every { needs a matching }, every [ a matching ])";
        } else if (e instanceof ConfigException.UnresolvedSubstitution) {
            message += " (define it, or write ${?NAME} for a value that may be absent)";
        } else if (e instanceof ConfigException.Parse) {
            message = "cannot be read as HOCON: " + message
                    + " (quote values that contain : or other special characters, e.g. at = \"2026-11-20T14:00\")";
        }
        return new Problem(where, line, "", message);
    }
}
