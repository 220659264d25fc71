package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.config.Deployment;
import followup.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates who share a templates directory share one parsed copy of it. */
class SharedTemplatesTest {
    @TempDir
    Path tmp;

    @Test
    void candidatesWithTheDeploymentsDirectoryShareItAndOneWithHerOwnHasHers() throws Exception {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup { candidates = \"people\", templates = \""
                + Path.of("templates").toAbsolutePath() + "\" }\n");
        for (String name : List.of("ann", "ben", "cal")) {
            Path home = Files.createDirectories(tmp.resolve("people").resolve(name).resolve("interviews")).getParent();
            Files.writeString(home.resolve("candidate.conf"), """
                    sender { name = "Pat Roe", email = "%s@example.com", zone = "Europe/Berlin" }
                    %s
                    """.formatted(name, name.equals("cal") ? "templates = \"own\"" : ""));
        }
        Files.createDirectories(tmp.resolve("people/cal/own"));
        List<Settings> candidates = Deployment.load(config).withTemplates().candidates();
        assertEquals(3, candidates.size());
        SharedTemplates shared = new SharedTemplates();

        SharedTemplates.Shared ann = shared.of(candidates.get(0));
        SharedTemplates.Shared ben = shared.of(candidates.get(1));
        SharedTemplates.Shared cal = shared.of(candidates.get(2));

        assertTrue(ann.first());
        assertFalse(ben.first());
        assertSame(ann.templates(), ben.templates());
        assertTrue(cal.first());
        assertNotSame(ann.templates(), cal.templates());
        assertEquals(tmp.resolve("people/cal/own"), cal.templates().dir());
    }
}
