package followup.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code include} lines of a config file that name a file which is not there. HOCON skips such an include
 * without a word (its settings, a policy or a mail block kept apart, are then simply not read), and a
 * {@code required(...)} one fails with "resource not found on classpath", which names neither the line nor where
 * the file was looked for.
 */
final class ConfigIncludes {
    /** {@code include "x.conf"}, {@code include file("x.conf")}, {@code include required("x.conf")}. */
    private static final Pattern INCLUDE = Pattern.compile("^\\s*include\\s+(required\\s*\\(\\s*)?(file\\s*\\(\\s*)?"
            + "\"([^\"]+)\"");

    /** What the config library adds to an include's name when no file has the name itself. */
    private static final List<String> EXTENSIONS = List.of("", ".conf", ".json", ".properties");

    private ConfigIncludes() {
    }

    /**
     * The file an include of {@code from} names, as the config library reads it, before it tries the extensions:
     * beside {@code from}, or, for {@code file("...")}, from the working directory.
     */
    static Path target(Path from, String name, boolean fromWorkingDirectory) {
        return (fromWorkingDirectory ? Path.of(name).toAbsolutePath()
                : from.toAbsolutePath().getParent().resolve(name)).normalize();
    }

    /** {@code target} with the first of {@code extensions} that makes it a file; null when none does. */
    static Path found(Path target, List<String> extensions) {
        for (String extension : extensions) {
            Path candidate = Path.of(target + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A problem at the line of each include of {@code file} whose file does not exist, beside {@code file}. */
    static List<Problem> missing(Path file, String name) {
        List<Problem> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            return out; // the parse that follows says what is wrong with the file
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INCLUDE.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            String included = m.group(3);
            boolean fromWorkingDirectory = m.group(2) != null;   // file("..."): as the library reads it
            Path target = target(file, included, fromWorkingDirectory);
            if (found(target, EXTENSIONS) == null) {
                String advice = fromWorkingDirectory && !Path.of(included).isAbsolute()
                        ? "a relative name in file(...) is read from the working directory, not from the directory"
                        + " of " + name + ": write include \"" + included + "\" to read the file beside it, or"
                        + " give its absolute path"
                        : "correct the name (a relative name is read from the directory of " + name + "), or remove"
                        + " the line";
                out.add(new Problem(name, i + 1, "", "include " + (fromWorkingDirectory ? "file(\"" + included
                        + "\")" : "\"" + included + "\"") + ": there is no such file (looked for "
                        + Display.path(target) + "), so none of the settings it was to hold would be read; " + advice));
            }
        }
        return out;
    }
}
