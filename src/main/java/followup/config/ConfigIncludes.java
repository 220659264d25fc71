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

    private ConfigIncludes() {
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
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INCLUDE.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            String included = m.group(3);
            boolean fromWorkingDirectory = m.group(2) != null;   // file("..."): as the library reads it
            Path target = (fromWorkingDirectory ? Path.of(included).toAbsolutePath() : dir.resolve(included))
                    .normalize();
            if (java.util.stream.Stream.of("", ".conf", ".json", ".properties")
                    .noneMatch(ext -> Files.isRegularFile(Path.of(target + ext)))) {
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
