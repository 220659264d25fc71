package followup.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text fixtures written as blocks: a line {@code === a | b | c} starts a block, the lines up to the next such line
 * are its text; lines starting with {@code #} before the first block are comments.
 */
final class TextFixtures {
    /** One block: the fields of its {@code ===} line and its text. */
    record Block(List<String> fields, String text) {
        String field(int i) {
            return fields.get(i);
        }

        @Override
        public String toString() {
            return fields.get(0);
        }
    }

    private TextFixtures() {
    }

    static List<Block> read(String resource) {
        String all;
        try (InputStream in = TextFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        List<String> fields = null;
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (fields != null) {
                    blocks.add(new Block(fields, text.toString().strip()));
                }
                fields = List.of(line.substring(4).split("\\s*\\|\\s*"));
                text.setLength(0);
            } else if (fields != null) {
                text.append(line).append('\n');
            }
        }
        if (fields != null) {
            blocks.add(new Block(fields, text.toString().strip()));
        }
        return blocks;
    }
}
