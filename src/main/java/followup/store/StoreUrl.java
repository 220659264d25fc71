package followup.store;

import followup.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the JDBC URL of the state database says: H2 or PostgreSQL, the file of an H2 database, the server of a
 * PostgreSQL one, and the URL as H2 connections use it.
 */
final class StoreUrl {
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String POSTGRES = "jdbc:postgresql:";

    private StoreUrl() {
    }

    static boolean postgres(String url) {
        return url.startsWith(POSTGRES);
    }

    static boolean h2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** H2 file URLs get an absolute path and AUTO_SERVER, so every process finds the same database. */
    static String effective(String url) {
        String rest = fileAndOptions(url);
        if (rest == null) {
            return url;
        }
        int semi = rest.indexOf(';');
        String path = semi < 0 ? rest : rest.substring(0, semi);
        String options = semi < 0 ? "" : rest.substring(semi);
        String absolute = Path.of(path).toAbsolutePath().normalize().toString();
        String upper = options.toUpperCase(Locale.ROOT);
        if (!upper.contains("AUTO_SERVER")) {
            options += ";AUTO_SERVER=TRUE";
        }
        if (!upper.contains("WRITE_DELAY")) {
            // H2 writes commits to the file in the background every 500 ms by default: a kill -9 would lose the
            // last "sending" or "sent" and a restart would send the message again. Every commit goes to the file.
            options += ";WRITE_DELAY=0";
        }
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            // the send path runs a dozen statements per message on each pooled connection: with H2's default of 8
            // parsed statements per session, each would be parsed again every time
            options += ";QUERY_CACHE_SIZE=64";
        }
        return H2_FILE + absolute + options;
    }

    /** An H2 file URL as the connections use it: through the {@code retry:} file system (see {@link Database}). */
    static String interruptSafe(String effectiveUrl) {
        return effectiveUrl.startsWith(H2_FILE) ? "jdbc:h2:retry:" + effectiveUrl.substring(H2_FILE.length())
                : effectiveUrl;
    }

    /**
     * What follows the prefix of an H2 file URL (its path, then its options), or null for any other database. H2's
     * other ways to reach a file of this machine ({@code nio:}, {@code nioMapped:}, {@code async:}, {@code retry:})
     * are that file too: followup opens it its own way (see {@link #interruptSafe}). The config refuses the file
     * systems that keep nothing (in memory, read-only in a zip) before a URL gets here.
     */
    private static String fileAndOptions(String url) {
        if (!url.startsWith(H2_FILE) && !(url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"))) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        for (String prefix : FILE_PREFIXES) {
            if (rest.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return rest.substring(prefix.length());
            }
        }
        return rest;
    }

    /** The prefixes of H2's file systems that are a plain file of this machine. */
    private static final java.util.List<String> FILE_PREFIXES = java.util.List.of("file:", "nioMapped:", "nio:",
            "async:", "retry:");

    /** The H2 file's base path as the URL writes it, relative or not; empty for any other database. */
    static Optional<Path> h2FileAsWritten(String url) {
        String rest = fileAndOptions(url);
        if (rest == null) {
            return Optional.empty();
        }
        int semi = rest.indexOf(';');
        return Optional.of(Path.of(semi < 0 ? rest : rest.substring(0, semi)));
    }

    /** The database file's base path (without {@code .mv.db}) for an H2 file URL. */
    static Optional<Path> h2File(String url) {
        String effective = effective(url);
        if (!effective.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String rest = effective.substring(H2_FILE.length());
        int semi = rest.indexOf(';');
        return Optional.of(Path.of(semi < 0 ? rest : rest.substring(0, semi)));
    }

    /** {@code host:port/database} of a PostgreSQL URL, for messages; the defaults filled in as the driver does. */
    static String server(String url) {
        String rest = url.substring(POSTGRES.length());
        if (!rest.startsWith("//")) {
            int q = rest.indexOf('?');
            return "localhost:5432/" + (q < 0 ? rest : rest.substring(0, q));
        }
        try {
            URI uri = URI.create("postgresql:" + rest);
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "" : uri.getPath().substring(1);
            return host + ":" + port + "/" + path;
        } catch (IllegalArgumentException e) {
            return redact(url);
        }
    }

    static String host(String url) {
        String server = server(url);
        int colon = server.lastIndexOf(':', server.indexOf('/') < 0 ? server.length() : server.indexOf('/'));
        return colon < 0 ? server : server.substring(0, colon);
    }

    /** {@code url} with any password in it hidden, for messages ({@link Settings.Store#shown}). */
    static String redact(String url) {
        return Settings.Store.shown(url);
    }
}
