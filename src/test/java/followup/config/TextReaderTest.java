package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    @Test
    void readsEveryCharacterOnceThenTheEnd() {
        TextReader r = new TextReader("añ😀");
        StringBuilder read = new StringBuilder();
        for (int c; (c = r.read()) != -1; ) {
            read.append((char) c);
        }
        assertEquals("añ😀", read.toString());
        assertEquals(-1, r.read());
    }

    @Test
    void readsIntoAnArrayInPieces() throws IOException {
        TextReader r = new TextReader("company = \"Acme\"");
        char[] into = new char[8];
        assertEquals(0, r.read(into, 0, 0));
        assertEquals(5, r.read(into, 3, 5));
        assertEquals("compa", new String(into, 3, 5));
        assertEquals(8, r.read(into, 0, 8));
        assertEquals("ny = \"Ac", new String(into));
        assertEquals(3, r.read(into, 0, 8));
        assertEquals("me\"", new String(into, 0, 3));
        assertEquals(-1, r.read(into, 0, 8));
        assertThrows(IndexOutOfBoundsException.class, () -> r.read(into, 6, 3));
    }

    @Test
    void theParserReadsARecordThroughItAsFromAString() {
        String text = "company = \"Zürich AG\"\ninterviewers = [ { name = \"Renée\" } ]\n";
        assertEquals(ConfigFactory.parseString(text).root().render(ConfigRenderOptions.concise()),
                ConfigFactory.parseReader(new TextReader(text), ConfigParseOptions.defaults()).root()
                .render(ConfigRenderOptions.concise()));
    }
}
