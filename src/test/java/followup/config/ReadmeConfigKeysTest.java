package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of settings names every key followup knows, with the default followup really uses. */
class ReadmeConfigKeysTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(followup\\.[a-z0-9.-]+)` \\| ([^|]*) \\|",
            Pattern.MULTILINE);

    @Test
    void every_key_of_the_reference_config_is_in_the_readme_with_its_default() throws IOException {
        Map<String, String> documented = new HashMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            documented.put(m.group(1), m.group(2).strip());
        }
        Config reference = ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(), "reference.conf")
                .resolve(ConfigResolveOptions.noSystem());
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> e : reference.entrySet()) {
            String row = documented.get(e.getKey());
            if (row == null) {
                missing.add(e.getKey());
            } else if (!gives(row, shown(e.getValue(), false)) && !gives(row, shown(e.getValue(), true))) {
                wrong.add(e.getKey() + ": README " + row + ", reference.conf " + shown(e.getValue(), false));
            }
        }
        assertEquals(List.of(), missing.stream().sorted().toList(), "keys of reference.conf the README's table lacks");
        assertEquals(List.of(), wrong.stream().sorted().toList(), "defaults the README gives otherwise");
        assertTrue(documented.size() >= reference.entrySet().size(), documented.keySet().toString());
    }

    /** The cell gives this default, alone or followed by a note ({@code `true` (`false` for gmail)}). */
    private static boolean gives(String cell, String shown) {
        return cell.equals(shown) || cell.startsWith(shown + " ") || cell.startsWith(shown + ":");
    }

    /**
     * The default as the README writes it: {@code `3h`}, {@code `true`}, {@code `[MON, TUE]`}, {@code `[]`}; with
     * {@code quoted}, its strings as a config file writes them: {@code `"09:00"`}, {@code `["INBOX"]`}.
     */
    private static String shown(ConfigValue v, boolean quoted) {
        if (v.valueType() == ConfigValueType.LIST) {
            return "`[" + ((List<?>) v.unwrapped()).stream().map(x -> quoted && x instanceof String ? "\"" + x + "\""
                    : String.valueOf(x)).collect(Collectors.joining(", ")) + "]`";
        }
        return quoted && v.valueType() == ConfigValueType.STRING ? "`\"" + v.unwrapped() + "\"`"
                : "`" + v.unwrapped() + "`";
    }
}
