package followup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup.candidates}: a folder per job seeker, each with candidate.conf over the deployment's policy. */
class CandidatesConfigTest {
    @TempDir
    Path root;

    private Path deployment(String extra) throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  policy { thank-you { after = 4h } }
                  store { url = "jdbc:h2:file:./data/followup" }
                %s
                  templates = "shared-templates"
                }
                """.formatted(extra));
        Files.createDirectories(root.resolve("people"));
        Files.createDirectories(root.resolve("shared-templates"));
        return config;
    }

    private Path candidate(String name, String conf) throws IOException {
        Path dir = Files.createDirectories(root.resolve("people").resolve(name).resolve("interviews")).getParent();
        Files.writeString(dir.resolve("candidate.conf"), conf);
        return dir;
    }

    private static String sender(String email) {
        return "sender { name = \"Sam Roe\", email = \"" + email + "\", zone = \"Europe/Berlin\" }\n";
    }

    /**
     * A command that needs one candidate (check, login, add), without --candidate, in a deployment where nobody can
     * run: it says why, not that there are several to choose from.
     */
    @Test
    void without_a_candidate_to_name_the_choice_says_why() throws IOException {
        Path config = deployment("");
        BadInputException empty = assertThrows(BadInputException.class,
                () -> Deployment.withoutSecrets(config).choose(null));
        assertTrue(empty.getMessage().contains("this deployment has no candidate yet: add a folder per job seeker to"),
                empty.getMessage());
        assertFalse(empty.getMessage().contains("several"), empty.getMessage());

        candidate("bob", sender("bob@example.com") + "colour = blue\n");
        BadInputException broken = assertThrows(BadInputException.class,
                () -> Deployment.withoutSecrets(config).choose(null));
        assertTrue(broken.getMessage().contains("no candidate of this deployment can run; left out until fixed, see"
                + " `followup validate`: bob"), broken.getMessage());

        candidate("alice", sender("alice@example.com"));
        candidate("carol", sender("carol@example.com"));
        BadInputException several = assertThrows(BadInputException.class,
                () -> Deployment.withoutSecrets(config).choose(null));
        assertTrue(several.getMessage().contains("this deployment has several candidates; name one with --candidate"
                + " NAME (known: alice, carol; left out until fixed"), several.getMessage());
    }

    @Test
    void a_clustered_deployment_leaves_out_a_candidate_in_sandbox_mode_and_keeps_one_in_live_mode() throws IOException {
        Path config = root.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  candidates = "people"
                  store { url = "jdbc:postgresql://db.example.com:5432/followup", username = "followup" }
                  cluster = true
                }
                """);
        candidate("sam", sender("sam@example.com"));
        candidate("kim", sender("kim@example.com") + "mail { mode = live, provider = fastmail }\n");
        Deployment d = Deployment.withoutSecrets(config);
        assertEquals(List.of("kim"), d.names());
        String problems = String.join("\n", d.problems().stream().map(Problem::toString).toList());
        assertTrue(problems.contains("sam/candidate.conf: mail.mode: sandbox cannot serve clustered daemons"
                + " (followup.cluster = true in the deployment): each daemon would start a mail server of its own"),
                problems);
    }

    @Test
    void each_candidate_gets_their_own_sender_and_mail_over_the_deployments_policy() throws IOException {
        Path config = deployment("");
        Files.createDirectories(candidate("sam", sender("sam@example.com") + "policy { follow-up { after = 5d } }\n"
                + "templates = \"mine\"\n").resolve("mine"));
        candidate("kim", sender("kim@example.com") + "mail { provider = fastmail }\n");
        Deployment d = Deployment.load(config);
        assertEquals(List.of("kim", "sam"), d.names());
        assertEquals(List.of(), d.problems());
        Settings sam = d.choose("sam");
        assertEquals("sam@example.com", sam.sender().email());
        assertEquals(Duration.ofHours(4), sam.policy().thankYouAfter(), "the deployment's policy is the default");
        assertEquals(Duration.ofDays(5), sam.policy().followUpAfter(), "the candidate's own policy wins");
        assertEquals(root.resolve("people/sam/interviews"), sam.interviews());
        assertEquals(root.resolve("people/sam/mine"), sam.templates());
        Settings kim = d.choose("kim");
        assertEquals("smtp.fastmail.com", kim.mail().smtp().host(), "a provider preset applies per candidate");
        assertEquals(root.resolve("shared-templates"), kim.templates(), "the deployment's templates");
        assertEquals(d.settings().store(), kim.store());
        assertNull(d.settings().sender(), "the deployment itself has no sender");
        BadInputException which = assertThrows(BadInputException.class, () -> d.choose(null));
        assertTrue(which.getMessage().contains("--candidate NAME (known: kim, sam)"), which.getMessage());
        BadInputException unknown = assertThrows(BadInputException.class, () -> d.choose("lee"));
        assertTrue(unknown.getMessage().contains("no such candidate"), unknown.getMessage());
    }

    @Test
    void a_broken_candidate_is_reported_at_its_line_and_the_others_still_load() throws IOException {
        Path config = deployment("");
        candidate("ok", sender("ok@example.com"));
        candidate("typo", sender("typo@example.com") + "\nmail {\n  smtp { hots = \"smtp.example.com\" }\n}\n");
        candidate("greedy", sender("greedy@example.com") + "store { url = \"jdbc:h2:mem:x\" }\n");
        candidate("broken", "sender { name = \"Unclosed\"\n");
        candidate("wrapped", "# copied from application.conf\nfollowup {\n  " + sender("wrapped@example.com")
                + "}\n");
        Files.createDirectories(root.resolve("people/empty"));
        Files.createDirectories(root.resolve("people/bad name"));
        Deployment d = Deployment.load(config);
        assertEquals(List.of("ok"), d.names());
        String problems = String.join("\n", d.problems().stream().map(Problem::toString).toList());
        assertTrue(problems.contains("typo/candidate.conf:4: mail.smtp.hots: unknown key (did you mean host?)"),
                problems);
        assertTrue(problems.contains("greedy/candidate.conf:2: store: is set for the whole deployment"), problems);
        assertTrue(problems.contains("broken/candidate.conf:"), problems);
        assertTrue(problems.contains("empty/candidate.conf: no such file"), problems);
        assertTrue(problems.contains("bad name: is not a candidate name"), problems);
        assertTrue(problems.contains("wrapped/candidate.conf:2: followup: candidate.conf takes its keys without"
                + " followup { } around them: write sender { ... }"), problems);
        assertFalse(problems.contains("followup: unknown key"), problems);
        BadInputException which = assertThrows(BadInputException.class, () -> d.choose(null));
        assertTrue(which.getMessage().contains("(known: ok; left out until fixed, see `followup validate`: bad name,"
                + " broken, empty, greedy, typo, wrapped)"), which.getMessage());
        BadInputException typo = assertThrows(BadInputException.class, () -> d.choose("typo"));
        assertTrue(typo.getMessage().contains("mail.smtp.hots: unknown key"), typo.getMessage());
        assertFalse(typo.getMessage().contains("greedy"), typo.getMessage());
        BadInputException badName = assertThrows(BadInputException.class, () -> d.choose("bad name"));
        assertTrue(badName.getMessage().contains("is not a candidate name"), badName.getMessage());
    }

    /**
     * Two candidates who read one mailbox with two sender addresses would each take the other's replies for their own,
     * as two with one sender address would: both are refused, at the mailbox's user in their candidate.conf.
     */
    @Test
    void two_candidates_reading_one_mailbox_are_both_refused() throws IOException {
        Path config = deployment("");
        String mail = """
                mail {
                  mode = live
                  smtp { host = "smtp.coach.example", username = "coach@coach.example" }
                  imap { host = "imap.coach.example",
                         username = "%s" }
                }
                """;
        candidate("alice", sender("coach+alice@coach.example") + mail.formatted("coach@coach.example"));
        candidate("bob", sender("coach+bob@coach.example") + mail.formatted("Coach@coach.example"));
        candidate("kim", sender("kim@example.com") + mail.formatted("kim@coach.example"));
        Deployment d = Deployment.withoutSecrets(config);
        assertEquals(List.of("kim"), d.names());
        String all = String.join("\n", d.problems().stream().map(Problem::toString).toList());
        assertTrue(all.contains("alice/candidate.conf:6: mail.imap.username: the mailbox coach@coach.example@"
                + "imap.coach.example:993 is also read by candidate bob; each candidate needs a mailbox of their own"),
                all);
        assertTrue(all.contains("bob/candidate.conf:6: mail.imap.username: the mailbox"), all);
    }

    /** An unknown key hides nothing else: the candidate's other problems are listed with it, as in application.conf. */
    @Test
    void an_unknown_key_in_candidate_conf_is_listed_with_the_other_problems_of_the_file() throws IOException {
        Path config = deployment("");
        candidate("carol", "sender { name = \"Carol King\", email = \"carol@@example\", zone = \"Mars/Base\" }\n"
                + "mail {\n  colour = blue\n}\nstore { url = \"nonsense\" }\n");
        Deployment d = Deployment.load(config);
        assertEquals(List.of(), d.names());
        List<String> problems = d.problems().stream().map(Problem::toString).toList();
        String all = String.join("\n", problems);
        assertTrue(all.contains("carol/candidate.conf:3: mail.colour: unknown key"), all);
        assertTrue(all.contains("carol/candidate.conf:1: sender.email: \"carol@@example\" is not a valid email address"),
                all);
        assertTrue(all.contains("carol/candidate.conf:1: sender.zone:"), all);
        assertTrue(all.contains("carol/candidate.conf:5: store: is set for the whole deployment"), all);
        assertEquals(4, problems.size(), "the store written there is not read as well: " + all);
    }

    /**
     * A candidate.conf with {@code sender = "..."} or {@code mail = live} instead of their objects was told at
     * "followup.sender", a key that file does not have (it takes its keys without followup { } around them): the
     * user was sent looking for a followup block. Told at the key as written there.
     */
    @Test
    void a_value_in_place_of_an_object_in_candidate_conf_is_told_at_its_own_key() throws IOException {
        Path config = deployment("");
        candidate("dana", "sender = \"dana@example.com\"\nmail = live\n");
        Deployment d = Deployment.load(config);
        String all = String.join("\n", d.problems().stream().map(Problem::toString).toList());
        assertTrue(all.contains("dana/candidate.conf:1: sender: expected an object but found a string (a valid value"
                + " looks like sender { ... })"), all);
        assertTrue(all.contains("dana/candidate.conf:2: mail: expected an object"), all);
        assertFalse(all.contains("followup."), all);
    }

    /**
     * A templates directory that does not exist renders nothing: the candidates it serves are left out, the others
     * run. A candidate's own is named at the templates line of their candidate.conf, the deployment's once, at
     * followup.templates, with everyone it keeps out; a command about one of them gives that problem.
     */
    @Test
    void a_missing_templates_directory_leaves_out_only_the_candidates_it_serves() throws IOException {
        Path config = deployment("");
        candidate("ok", sender("ok@example.com") + "templates = \"own\"\n");
        Files.createDirectories(root.resolve("people/ok/own"));
        candidate("mine", sender("mine@example.com") + "\ntemplates = \"my-templates\"\n");
        candidate("kim", sender("kim@example.com"));
        candidate("lee", sender("lee@example.com"));
        Files.delete(root.resolve("shared-templates"));
        assertEquals(List.of("kim", "lee", "mine", "ok"), Deployment.load(config).names(), "check and login need no"
                + " templates");
        Deployment d = Deployment.load(config).withTemplates();
        assertEquals(List.of("ok"), d.names());
        List<String> problems = d.problems().stream().map(Problem::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.contains(Display.path(config) + ":6: followup.templates: \"" + Display.path(root.resolve(
                "shared-templates")) + "\" does not exist: create it with the templates (a copy of the project's"
                + " templates/ directory to start from), or point followup.templates at another, or templates in a"
                + " candidate.conf; left out until then: kim, lee"), problems.toString());
        assertTrue(problems.contains(Display.path(root.resolve("people/mine/candidate.conf")) + ":3: templates: \""
                + Display.path(root.resolve("people/mine/my-templates")) + "\" does not exist: create it with the"
                + " templates (a copy of the project's templates/ directory to start from), or point templates at"
                + " another; candidate mine is left out until then"), problems.toString());
        assertEquals(java.util.Set.of(root.resolve("shared-templates"), root.resolve("people/mine/my-templates")),
                d.awaited());
        BadInputException kim = assertThrows(BadInputException.class, () -> d.choose("kim"));
        assertTrue(kim.getMessage().contains("followup.templates: ") && kim.getMessage().contains("kim, lee"),
                kim.getMessage());
        BadInputException mine = assertThrows(BadInputException.class, () -> d.choose("mine"));
        assertTrue(mine.getMessage().contains("candidate mine is left out") && !mine.getMessage().contains("kim"),
                mine.getMessage());
        BadInputException nobody = assertThrows(BadInputException.class, () -> d.choose("zoe"));
        assertTrue(nobody.getMessage().contains("no such candidate"), nobody.getMessage());

        Files.createDirectories(root.resolve("shared-templates"));
        Files.createDirectories(root.resolve("people/mine/my-templates"));
        Deployment fixed = Deployment.load(config).withTemplates();
        assertEquals(List.of("kim", "lee", "mine", "ok"), fixed.names());
        assertEquals(List.of(), fixed.problems());
        assertEquals(java.util.Set.of(), fixed.awaited());
    }

    @Test
    void the_default_templates_directory_is_named_as_the_default() throws IOException {
        Path config = root.resolve("conf/application.conf");
        Files.createDirectories(root.resolve("conf/people"));
        Files.writeString(config, "followup { candidates = \"people\", store { url = \"jdbc:h2:file:./data/f\" } }\n");
        Path sam = Files.createDirectories(root.resolve("conf/people/sam/interviews")).getParent();
        Files.writeString(sam.resolve("candidate.conf"), sender("sam@example.com"));
        Deployment d = Deployment.load(config).withTemplates();
        assertEquals(List.of(), d.names());
        assertEquals(List.of(Display.path(config) + ": followup.templates: \"" + Display.path(root.resolve("templates"))
                + "\" does not exist (followup.templates is not set, and its default is \"../templates\", relative to"
                + " this file): create it with the templates (a copy of the project's templates/ directory to start"
                + " from), or point followup.templates at another, or templates in a candidate.conf; left out until"
                + " then: sam"), d.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void sender_and_mail_in_the_deployments_own_file_are_refused_with_candidates() throws IOException {
        Path config = deployment("  sender { name = \"A\", email = \"a@example.com\", zone = \"UTC\" }");
        BadInputException e = assertThrows(BadInputException.class, () -> Deployment.load(config));
        assertTrue(e.getMessage().contains("application.conf:5: followup.sender: is set per candidate"),
                e.getMessage());
    }

    @Test
    void the_candidate_conf_of_the_readme_is_valid() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("# conf/candidates/alice/candidate.conf");
        assertTrue(start > 0, "the README shows a candidate.conf");
        String sample = readme.substring(start, readme.indexOf("```", start));
        Path config = deployment("");
        Path alice = candidate("alice", sample);
        Files.writeString(alice.resolve("mail-password"), "app password");
        Files.setPosixFilePermissions(alice.resolve("mail-password"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Deployment d = Deployment.load(config);
        assertEquals(List.of(), d.problems());
        Settings s = d.choose("alice");
        assertEquals("alice@example.com", s.sender().email());
        assertEquals(Duration.ofDays(5), s.policy().followUpAfter());
        assertEquals("smtp.fastmail.com", s.mail().smtp().host());
    }

    @Test
    void a_missing_candidates_directory_is_named() throws IOException {
        Path config = deployment("");
        Files.delete(root.resolve("people"));
        BadInputException e = assertThrows(BadInputException.class, () -> Deployment.load(config));
        // where it is set (file, line and key), and what to do
        assertTrue(e.getMessage().startsWith(config + ":2: followup.candidates: "), e.getMessage());
        assertTrue(e.getMessage().contains("people does not exist (create it, with a folder per job seeker"),
                e.getMessage());

        Files.writeString(root.resolve("people"), "alice\nbob\n");    // a list of names, not their folders
        e = assertThrows(BadInputException.class, () -> Deployment.load(config));
        assertTrue(e.getMessage().startsWith(config + ":2: followup.candidates: "), e.getMessage());
        assertTrue(e.getMessage().contains("people is a file, not a directory (point followup.candidates at the"
                + " directory"), e.getMessage());
    }

    @Test
    void without_candidates_the_one_job_seeker_is_the_config_itself() throws IOException {
        Path config = root.resolve("single.conf");
        Files.writeString(config, "followup { " + sender("alex@example.com") + " }\n");
        Deployment d = Deployment.load(config);
        assertEquals(1, d.candidates().size());
        assertEquals("", d.choose(null).candidate());
        assertEquals("alex@example.com", d.choose(null).sender().email());
        BadInputException e = assertThrows(BadInputException.class, () -> d.choose("sam"));
        assertTrue(e.getMessage().contains("this config has no candidates"), e.getMessage());
    }

    @Test
    void the_deployments_password_variables_are_no_candidates_password() throws Exception {
        Path config = deployment("");
        String live = "mail { mode = live, smtp { host = \"smtp.example.net\", username = \"%1$s\"%2$s },"
                + " imap { host = \"imap.example.net\", username = \"%1$s\"%2$s } }\n";
        candidate("alice", sender("alice@example.com") + live.formatted("alice", ""));
        Path bob = candidate("bob", sender("bob@example.com")
                + live.formatted("bob", ", password-file = \"mail-password\""));
        Files.writeString(bob.resolve("mail-password"), "Bob-File-Pw-2\n");
        Files.setPosixFilePermissions(bob.resolve("mail-password"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        candidate("carol", sender("carol@example.com") + live.formatted("carol", ", password = ${?CAROL_PW}"));

        String out = loadWithEnvironment(config, Map.of("FOLLOWUP_SMTP_PASSWORD", "Deployment-Env-Pw-1",
                "FOLLOWUP_IMAP_PASSWORD", "Deployment-Env-Pw-1", "CAROL_PW", "Carol-Own-Pw-3"));

        String alice = Path.of("people", "alice", "candidate.conf").toString();
        assertTrue(out.contains(alice + ":2: mail.smtp.password: missing: set password-file = \"...\" (a file in"
                + " this candidate's folder) or password = ${?ALICE_SMTP_PASSWORD} with a variable of their own"
                + " (FOLLOWUP_SMTP_PASSWORD is for a config without candidates, never a candidate's)"), out);
        assertTrue(out.contains(alice + ":2: mail.imap.password: missing"), out);
        assertFalse(out.contains("candidate alice:"), "alice is left out:\n" + out);
        assertTrue(out.contains("candidate bob: smtp own, imap own"), "bob's file, and no clash:\n" + out);
        assertTrue(out.contains("candidate carol: smtp own, imap own"), "carol's own variable:\n" + out);
        assertFalse(out.contains("Pw-"), out);
    }

    @Test
    void a_password_file_beside_the_environments_password_names_the_variable() throws Exception {
        Path config = root.resolve("single.conf");
        Files.writeString(config, "followup {\n  " + sender("alex@example.com") + "  mail {\n    mode = live\n"
                + "    smtp { host = \"smtp.example.net\", username = \"alex\", password-file = \"pw\" }\n"
                + "    imap { host = \"imap.example.net\", username = \"alex\" }\n  }\n}\n");
        Files.writeString(root.resolve("pw"), "Alex-File-Pw-4\n");
        Files.setPosixFilePermissions(root.resolve("pw"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        String out = loadWithEnvironment(config, Map.of("FOLLOWUP_SMTP_PASSWORD", "Deployment-Env-Pw-1",
                "FOLLOWUP_IMAP_PASSWORD", "Deployment-Env-Pw-1"));

        assertTrue(out.contains("single.conf:5: followup.mail.smtp.password-file: FOLLOWUP_SMTP_PASSWORD is set in the"
                + " environment and password-file too; unset one"), out);
        assertFalse(out.contains("both password and password-file"), out);
        assertFalse(out.contains("Pw-"), out);
    }

    /**
     * {@link LoadWithEnvironment} in a JVM of its own with {@code env} added to its environment (which this one
     * cannot change), in the config's directory: what it printed.
     */
    private String loadWithEnvironment(Path config, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoadWithEnvironment.class.getName(),
                config.getFileName().toString()).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("FOLLOWUP_"));
        pb.environment().putAll(env);
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), out);
        assertEquals(0, child.exitValue(), out);
        return out;
    }

    /**
     * Loads a deployment and prints its problems, then for each candidate loaded whose passwords it has: "own", or
     * "deployment's" when one is FOLLOWUP_SMTP_PASSWORD's; never a password.
     */
    public static final class LoadWithEnvironment {
        public static void main(String[] args) {
            Deployment d;
            try {
                d = Deployment.load(Path.of(args[0]));
            } catch (BadInputException e) {
                e.problems().forEach(System.out::println);
                return;
            }
            d.problems().forEach(System.out::println);
            for (String name : d.names()) {
                Settings.Mail mail = d.choose(name).mail();
                System.out.println("candidate " + name + ": smtp " + whose(mail.smtp().password()) + ", imap "
                        + whose(mail.imap().server().password()));
            }
        }

        private static String whose(Secret password) {
            return password == null ? "none"
                    : password.reveal().equals(System.getenv("FOLLOWUP_SMTP_PASSWORD")) ? "deployment's" : "own";
        }
    }
}
