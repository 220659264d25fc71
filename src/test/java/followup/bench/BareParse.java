package followup.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of the plan benchmark, run as its own process: a bare Typesafe Config parse and resolve of every
 * record file in a directory, one at a time, printing how many keys it saw (so the work cannot be skipped).
 */
public final class BareParse {
    private BareParse() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
        }
        long keys = 0;
        for (Path f : files) {
            Config c = ConfigFactory.parseFile(f.toFile(), ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF))
                    .resolve(ConfigResolveOptions.noSystem());
            keys += c.entrySet().size();
        }
        System.out.println(files.size() + " files, " + keys + " keys");
    }
}
