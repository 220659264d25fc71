package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's {@code domains}, once written, replaces the interviewers' own domains: one that leaves theirs out lets a
 * colleague's answer hold nothing. validate says so at the line of {@code domains}, with the line to write.
 */
class DomainsWarningTest {
    @TempDir
    Path tmp;
    private Path interviews;
    private Path config;

    @BeforeEach
    void workspace() throws Exception {
        interviews = Files.createDirectories(tmp.resolve("interviews"));
        config = ValidateWarningsTest.config(tmp, Path.of("templates"));
    }

    private Cli.Result validate(String record) throws Exception {
        Files.writeString(interviews.resolve("acme.conf"), """
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [
                  { name = "Jane Doe", email = "jane.doe@acme.com", topics = ["the CI"] }
                  { name = "Raj Patel", email = "raj.patel@acme.com", topics = ["on-call"] }
                  { name = "Mia Chen", email = "mia.chen.dev@gmail.com", topics = ["the roadmap"] }
                ]
                """ + record);
        return Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
    }

    /** A sister domain written alone: the interviewers' acme.com is named, webmail is not demanded. */
    @Test
    void aSisterDomainWrittenAloneIsWarnedAtItsLineWithTheInterviewersDomainToAdd() throws Exception {
        Cli.Result r = validate("""
                notes = "Their product team writes from acme.io."
                domains = [
                  "acme.io"
                ]
                """);

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("acme.conf:10: domains: warning: the interviewers' own domain acme.com (Jane Doe,"
                + " Raj Patel) is not in domains, which once written replaces them: an answer from anyone else there"
                + " (a colleague, the recruiter) would hold nothing, and the follow-ups would go out; write domains ="
                + " [\"acme.io\", \"acme.com\"]"), r::toString);
        assertFalse(r.out().contains("gmail.com\"]"), r::toString);
    }

    /**
     * An address stands for one person (an agency's recruiter): it covers no domain, not even its own; the
     * interviewer it names is left alone (chosen alone), their colleague at the same domain is not.
     */
    @Test
    void anAddressInDomainsCoversNoDomain() throws Exception {
        Cli.Result r = validate("domains = [\"lisa.kraemer@hays.example\", \"Jane.Doe@acme.com\"]\n");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("acme.conf:9: domains: warning: the interviewers' own domain acme.com (Raj"
                + " Patel) is not in domains"), r::toString);
        assertTrue(r.out().contains("write domains = [\"lisa.kraemer@hays.example\", \"jane.doe@acme.com\","
                + " \"acme.com\"]"), r::toString);
    }

    /** An agency's recruiter who sat in, her own address in domains and her agency's domain left out on purpose. */
    @Test
    void anInterviewerListedByAddressIsNotAskedForHerDomain() throws Exception {
        Files.writeString(interviews.resolve("nordlicht.conf"), """
                company = "Nordlicht Data"
                position = "Data Engineer"
                at = "2027-01-15T10:00"
                interviewers = [
                  { name = "Tom Berger", email = "tom.berger@nordlicht-data.de", topics = ["the pipeline"] }
                  { name = "Lisa Krämer", email = "lisa.kraemer@hays.example", topics = ["the timeline"] }
                ]
                domains = ["nordlicht-data.de", "lisa.kraemer@hays.example"]
                """);

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("nordlicht.conf:8: domains: warning"), r::toString);
    }

    /** Every interviewer's domain left out is named, each with its people; an empty list leaves all out. */
    @Test
    void severalDomainsLeftOutAreNamedTogether() throws Exception {
        Files.writeString(interviews.resolve("globex.conf"), """
                company = "Globex"
                position = "Site Reliability Engineer"
                at = "2027-01-15T10:00"
                interviewers = [
                  { name = "Tom Berger", email = "tom.berger@globex.de", topics = ["the CI"] }
                  { name = "Ana Silva", email = "ana.silva@eu.globex.com", topics = ["on-call"] }
                ]
                domains = []
                """);

        Cli.Result r = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("globex.conf:8: domains: warning: the interviewers' own domains globex.de (Tom"
                + " Berger) and eu.globex.com (Ana Silva) are not in domains"), r::toString);
        assertTrue(r.out().contains("write domains = [\"globex.de\", \"eu.globex.com\"]"), r::toString);
    }

    /** The interviewers' domain itself, or one above it, with a sister domain: nothing to say. */
    @Test
    void domainsThatCoverTheInterviewersOrAreNotWrittenAreNotWarnedAbout() throws Exception {
        for (String record : new String[] {"domains = [\"acme.io\", \"ACME.com\"]\n",
            "domains = \"acme.com\"\n", "", "domains = [\"acme.com\", \"lisa.kraemer@hays.example\"]\n"}) {
            Cli.Result r = validate(record);

            assertEquals(0, r.code(), r::toString);
            assertFalse(r.out().contains("domains: warning"), () -> record + "\n" + r);
        }
        Files.writeString(interviews.resolve("acme.conf"), """
                company = "Acme Corp"
                position = "Platform Engineer"
                at = "2027-01-14T14:00"
                interviewers = [ { name = "Jane Doe", email = "jane.doe@us.acme.com", topics = ["the CI"] } ]
                domains = ["acme.com"]
                """);
        Cli.Result under = Cli.run("validate", "--config", config.toString()).assertNoStackTrace();
        assertFalse(under.out().contains("domains: warning"), under::toString);
    }
}
