package followup.config;

import static followup.config.Corpus.assertHasProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every broken config of {@code corpus/configs/} is refused with its problems located at file, line and key. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SettingsCorpusTest {
    private static final String LITERAL_PASSWORD = "hunter2-Sup3rS3cret";

    /** file in corpus/configs, expected line, expected key, a fragment of the expected message. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown-nested-key.conf", 5, "followup.policy.thank-you.afterr", "unknown key (did you mean after?)"),
                Arguments.of("unknown-top-level-key.conf", 4, "folowup", "unknown key (did you mean followup?)"),
                Arguments.of("keys-outside-followup.conf", 3, "mail", "unknown key at the top of the file: it goes inside followup { ... } (followup.mail)"),
                Arguments.of("literal-password.conf", 7, "followup.mail.smtp.password", "is written into the config file; put it in the environment variable FOLLOWUP_SMTP_PASSWORD"),
                Arguments.of("negative-duration.conf", 4, "followup.policy.thank-you.after", "must not be negative (a valid value looks like thank-you.after = 3h)"),
                Arguments.of("duration-without-unit.conf", 4, "followup.policy.thank-you.after", "3 has no unit, and a number alone would be read as 3 milliseconds; write the unit after it (a valid value looks like thank-you.after = 3h; units: s, m, h, d)"),
                Arguments.of("duration-without-unit.conf", 5, "followup.policy.follow-up.after", "7 has no unit"),
                Arguments.of("duration-without-unit.conf", 7, "followup.mail.imap.poll-interval", "5 has no unit, and a number alone would be read as 5 milliseconds"),
                Arguments.of("duration-not-a-duration.conf", 4, "followup.policy.follow-up.after", "expected a duration but found \"a week\""),
                Arguments.of("unknown-send-window-day.conf", 5, "followup.policy.send-window.days[2]", "\"FUNDAY\" is not a day (use MON, TUE, WED, THU, FRI, SAT, SUN)"),
                Arguments.of("send-window-am-pm.conf", 4, "followup.policy.send-window.from", "\"9am\" is not a time of day: write it on the 24-hour clock with two digits for the hour: from = \"09:00\""),
                Arguments.of("send-window-am-pm.conf", 4, "followup.policy.send-window.until", "\"5:30 pm\" is not a time of day: write it on the 24-hour clock with two digits for the hour: until = \"17:30\""),
                Arguments.of("thank-you-latest-before-after.conf", 4, "followup.policy.thank-you.latest", "(2h) is earlier than thank-you.after (3h); the latest bound must come after the planned time"),
                Arguments.of("self-window-across-midnight.conf", 4, "followup.policy.self-window.until", "(07:00) is not after from (22:00); the window is when messages may go out, from its opening to its closing on the same day, and cannot run past midnight (a valid value looks like from = \"08:00\", until = \"21:00\")"),
                Arguments.of("include-missing-file.conf", 5, "", "include \"polcy.conf\": there is no such file (looked for "),
                Arguments.of("include-missing-file.conf", 5, "", "polcy.conf), so none of the settings it was to hold would be read; correct the name (a relative name is read from the directory of "),
                Arguments.of("include-missing-file.conf", 6, "", "include \"mail-secrets.conf\": there is no such file"),
                Arguments.of("saved-as-utf-16.conf", 0, "", "is saved as UTF-16 (\"Unicode\" in some editors); save it as UTF-8"),
                Arguments.of("until-before-from.conf", 6, "followup.policy.send-window.until", "(09:00) is not after from (17:00)"),
                Arguments.of("missing-sender-email.conf", 3, "followup.sender.email", "missing (a valid value looks like email = "),
                Arguments.of("plain-security-live.conf", 9, "followup.mail.smtp.security", "plain (unencrypted) is refused for smtp.example.com"),
                Arguments.of("plain-security-live.conf", 11, "followup.mail.imap.password", "missing: set the environment variable FOLLOWUP_IMAP_PASSWORD"),
                Arguments.of("live-without-servers.conf", 3, "followup.mail.smtp.host", "missing (a valid value looks like host = \"smtp.example.com\")"),
                Arguments.of("live-without-servers.conf", 3, "followup.mail.imap.host", "missing (a valid value looks like host = \"imap.example.com\")"),
                Arguments.of("bad-sender-zone.conf", 5, "followup.sender.zone", "\"Mars/Olympus\" is not a time zone"),
                Arguments.of("bad-sender-email.conf", 4, "followup.sender.email", "write the bare address"),
                Arguments.of("crlf-in-sender-name.conf", 3, "followup.sender.name", "contains the control character carriage return (\\r)"),
                Arguments.of("bad-mail-mode.conf", 4, "followup.mail.mode", "\"production\" is not one of sandbox | live"),
                Arguments.of("port-out-of-range.conf", 5, "followup.mail.imap.port", "99300 is not a port number (1 to 65535)"),
                Arguments.of("sender-not-an-object.conf", 2, "followup.sender", "expected an object but found a string"),
                Arguments.of("syntax-error.conf", 3, "followup.policy", "cannot be read as HOCON"),
                Arguments.of("syntax-error.conf", 3, "followup.policy", "the file ends with this { still open, and followup { of line 1: add the closing bracket each of them lacks"),
                Arguments.of("unresolved-substitution.conf", 3, "followup.sender.phone", "${ALEX_PHONE}"),
                Arguments.of("plain-security-live-imap.conf", 8, "followup.mail.imap.security", "plain (unencrypted) is refused for imap.example.com"),
                Arguments.of("trust-store-missing.conf", 5, "followup.mail.tls.trust-store", "\"private-ca.p12\" does not exist (looked for "),
                Arguments.of("trust-store-not-pkcs12.conf", 4, "followup.mail.tls.trust-store", "\"../tls/not-a-trust-store.p12\" is not a PKCS12 trust store"),
                Arguments.of("trust-store-literal-password.conf", 6, "followup.mail.tls.trust-store-password", "is written into the config file; put it in the environment variable FOLLOWUP_TRUST_STORE_PASSWORD"),
                Arguments.of("cluster-on-h2.conf", 4, "followup.cluster", "true needs a shared PostgreSQL database"),
                Arguments.of("cluster-in-sandbox.conf", 4, "followup.cluster", "true needs mail.mode = live: in sandbox mode each daemon would start a mail server of its own"),
                Arguments.of("store-literal-password.conf", 6, "followup.store.password", "is written into the config file; put it in the environment variable FOLLOWUP_STORE_PASSWORD"),
                Arguments.of("store-password-in-url.conf", 4, "followup.store.url", "holds a password (password, sslpassword or FILE_PASSWORD); put it in the environment variable FOLLOWUP_STORE_PASSWORD"),
                Arguments.of("store-password-in-url-user-info.conf", 4, "followup.store.url", "holds a password (user:password@ before the host); put it in the environment variable FOLLOWUP_STORE_PASSWORD (password = ${?FOLLOWUP_STORE_PASSWORD}) or in a file named by password-file, never in the config, and the user name in username = \"followup\""),
                Arguments.of("store-password-in-h2-server-url-user-info.conf", 4, "followup.store.url", "holds a password (user:password@ before the host); put it in the environment variable FOLLOWUP_STORE_PASSWORD"),
                Arguments.of("store-password-in-url-with-spaces.conf", 4, "followup.store.url", "holds a password (password, sslpassword or FILE_PASSWORD)"),
                Arguments.of("store-user-in-url.conf", 4, "followup.store.url", "holds a user name before the host (followup@), which the PostgreSQL driver does not read there (it would take it for part of the host name): set username = \"followup\" instead"),
                Arguments.of("store-password-in-mistyped-url.conf", 4, "followup.store.url", "holds a password (password, sslpassword or FILE_PASSWORD)"),
                Arguments.of("store-ssl-password-in-url.conf", 4, "followup.store.url", "holds a password (password, sslpassword or FILE_PASSWORD)"),
                Arguments.of("store-file-password-in-url.conf", 4, "followup.store.url", "holds a password (password, sslpassword or FILE_PASSWORD)"),
                Arguments.of("store-unsupported-database.conf", 3, "followup.store.url", "is neither an H2 nor a PostgreSQL JDBC URL"),
                Arguments.of("store-postgres-port-out-of-range.conf", 4, "followup.store.url", "\"jdbc:postgresql://db.example.com:99999/followup\": the port \"99999\" is not a number from 1 to 65535"),
                Arguments.of("store-postgres-two-ports.conf", 3, "followup.store.url", "the port \"5432:5433\" is not a number from 1 to 65535"),
                Arguments.of("store-h2-server.conf", 3, "followup.store.url", "\"jdbc:h2:tcp://db.example.com:9092/~/followup\" is an H2 server, which followup does not lock: two daemons on it would each send every message; keep the state in a file of this machine"),
                Arguments.of("store-in-memory.conf", 3, "followup.store.url", "\"jdbc:h2:mem:followup\" keeps the state in memory only: each start would forget what was sent and send it again; keep it in a file (a valid value looks like url = \"jdbc:h2:file:./data/followup\") or in PostgreSQL"),
                Arguments.of("store-h2-memfs.conf", 3, "followup.store.url", "\"jdbc:h2:memFS:followup\" keeps the state in memory only: each start would forget what was sent and send it again"),
                Arguments.of("store-h2-memlzf.conf", 3, "followup.store.url", "\"jdbc:h2:memLZF:./data/followup\" keeps the state in memory only"),
                Arguments.of("store-h2-zip.conf", 3, "followup.store.url", "\"jdbc:h2:zip:./backup/followup.zip!/followup\" is a database inside a zip file, which H2 opens read-only: nothing sent could be recorded"),
                Arguments.of("store-h2-split.conf", 3, "followup.store.url", "\"jdbc:h2:split:./data/followup\" uses H2's split: file system, which followup does not support"),
                Arguments.of("metrics-port-is-the-pages.conf", 4, "followup.metrics.port", "4580 is also the page's port (web.port, by default 4580): choose another (a valid value looks like metrics.port = 9464), or set web.enabled = false"),
                Arguments.of("metrics-bind-not-an-address.conf", 5, "followup.metrics.bind", "\"not an ip!\" is not a host name or an IP address (a valid value looks like metrics.bind = \"127.0.0.1\")"));
    }

    @ParameterizedTest(name = "{0} is refused at line {1}, key \"{2}\": ...{3}...")
    @MethodSource("cases")
    void a_broken_config_is_refused_with_the_problem_at_its_file_line_and_key(String file, int line, String key,
                                                                            String fragment) {
        List<Problem> problems = Corpus.refused(Corpus.file("configs", file));

        assertHasProblem(problems, file, line, key, fragment);
    }

    @Test
    void every_file_of_the_config_corpus_has_an_expected_problem() {
        Set<String> expected = cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Corpus.fileNames("configs")), expected);
    }

    @Test
    void no_problem_of_a_config_points_into_reference_conf_lines() {
        // live-without-servers.conf has 6 lines: a default from reference.conf must not lend its line number
        List<Problem> problems = Corpus.refused(Corpus.file("configs", "live-without-servers.conf"));

        assertEquals(6, problems.size(), () -> Corpus.list(problems));
        for (Problem p : problems) {
            assertTrue(p.file().endsWith("live-without-servers.conf"), p::toString);
            assertEquals(3, p.line(), () -> "at the mail { block the user wrote: " + p);
        }
    }

    @Test
    void the_literal_password_problem_does_not_contain_the_password() {
        Path config = Corpus.file("configs", "literal-password.conf");
        List<Problem> problems = Corpus.refused(config);
        assertHasProblem(problems, "literal-password.conf", 7, "followup.mail.smtp.password", "never in the config");

        for (Problem p : problems) {
            assertFalse(p.toString().contains(LITERAL_PASSWORD), () -> "the password leaks: " + p);
            assertFalse(p.toString().contains("Sup3r"), () -> "part of the password leaks: " + p);
        }
        try {
            SettingsLoader.load(config);
        } catch (BadInputException e) {
            assertFalse(e.getMessage().contains(LITERAL_PASSWORD), "the exception message leaks the password");
            assertFalse(String.valueOf(e).contains(LITERAL_PASSWORD));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"store-literal-password.conf", "store-password-in-url.conf",
            "store-password-in-mistyped-url.conf", "store-ssl-password-in-url.conf", "store-file-password-in-url.conf",
            "store-password-in-url-user-info.conf", "store-password-in-h2-server-url-user-info.conf",
            "store-password-in-url-with-spaces.conf"})
    void a_store_password_in_the_config_is_refused_without_showing_it(String file) {
        List<Problem> problems = Corpus.refused(Corpus.file("configs", file));

        assertFalse(problems.isEmpty());
        for (Problem p : problems) {
            assertFalse(p.toString().contains("Sup3r"), () -> "the password leaks: " + p);
        }
    }

    @Test
    void a_store_url_is_shown_with_every_password_like_parameter_hidden() {
        for (String url : List.of("jdbc:postgresql://db.example.com/followup?sslpassword=Sup3r-a&sslmode=require",
                "jdbc:h2:file:./data/followup;CIPHER=AES;FILE_PASSWORD=Sup3r-b;PASSWORD=Sup3r-c",
                "jdbc:mysql://root:Sup3r-d@db.example.com/followup", "jdbc:postgres://h/x?Password=Sup3r-e",
                "jdbc:postgres://h/x?user=u& password =Sup3r-f")) {
            String shown = new Settings.Store(url, null, null).toString();

            assertFalse(shown.contains("Sup3r"), () -> "the password leaks: " + shown);
            assertTrue(shown.contains("***"), shown);
        }
    }

    /**
     * The password's {@code ${?VARIABLE}} copied onto another key as well: the problem with that key's value is told
     * without the value, which is the password.
     */
    @Test
    void a_password_variable_also_written_on_a_wrong_key_is_not_shown_in_its_problem(@TempDir Path tmp)
            throws IOException {
        String password = "Env-Secret-6d2a-value";
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail {
                    mode = live
                    smtp { host = "smtp.example.com", username = "alex", password = ${?ALEX_MAIL_PASSWORD}
                           timeout = ${?ALEX_MAIL_PASSWORD} }
                    imap { host = "imap.example.com", username = "alex", password = ${?ALEX_MAIL_PASSWORD}
                           security = ${?ALEX_MAIL_PASSWORD} }
                  }
                }
                """);
        // as the environment would give the variable: not written in the file
        com.typesafe.config.Config environment = com.typesafe.config.ConfigFactory.parseMap(
                java.util.Map.of("ALEX_MAIL_PASSWORD", password));

        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> SettingsLoader.load(config, environment, true));

        Problem timeout = assertHasProblem(e.problems(), "application.conf", 6, "followup.mail.smtp.timeout",
                "expected a duration but found \"(hidden)\"");
        Problem security = assertHasProblem(e.problems(), "application.conf", 8, "followup.mail.imap.security",
                "\"(hidden)\" is not one of ssl | starttls | plain");
        for (Problem p : List.of(timeout, security)) {
            assertFalse(p.toString().contains("Env-Secret"), () -> "the password leaks: " + p);
        }
        assertFalse(e.getMessage().contains("Env-Secret"), e.getMessage());
    }

    @Test
    void the_literal_trust_store_password_problem_does_not_contain_the_password() {
        List<Problem> problems = Corpus.refused(Corpus.file("configs", "trust-store-literal-password.conf"));

        for (Problem p : problems) {
            assertFalse(p.toString().contains("changeit-Literal-5e2b"), () -> "the password leaks: " + p);
        }
    }

    @Test
    void a_password_file_that_other_users_can_read_is_refused_at_its_key(@TempDir Path tmp) throws IOException {
        for (String mode : List.of("rw-r-----", "rw----r--", "rw-rw-rw-")) {
            Path secret = tmp.resolve("password-" + mode);
            Files.writeString(secret, "Readable-0d41-password\n");
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString(mode));
            Path config = tmp.resolve("application.conf");
            Files.writeString(config, """
                    followup {
                      sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                      mail {
                        mode = live
                        smtp { host = "smtp.example.com", username = "alex",
                               password-file = "%s" }
                        imap { host = "imap.example.com", username = "alex", password-file = "%s" }
                      }
                    }
                    """.formatted(secret, secret));

            List<Problem> problems = Corpus.refused(config);

            assertHasProblem(problems, "application.conf", 6, "followup.mail.smtp.password-file",
                    "\"" + secret + "\" can be read by other users; run chmod 600 \"" + secret + "\"");
            assertHasProblem(problems, "application.conf", 7, "followup.mail.imap.password-file",
                    "can be read by other users; run chmod 600");
            for (Problem p : problems) {
                assertFalse(p.toString().contains("Readable-0d41"), () -> "the password leaks: " + p);
            }
        }
    }

    @Test
    void an_unknown_key_close_to_a_known_one_gets_a_did_you_mean_hint() {
        Problem nested = assertHasProblem(Corpus.refused(Corpus.file("configs", "unknown-nested-key.conf")),
                "unknown-nested-key.conf", 5, "followup.policy.thank-you.afterr", "unknown key");
        assertTrue(nested.message().contains("did you mean after?"), nested.message());

        Problem top = assertHasProblem(Corpus.refused(Corpus.file("configs", "unknown-top-level-key.conf")),
                "unknown-top-level-key.conf", 4, "folowup", "unknown key");
        assertTrue(top.message().contains("did you mean followup?"), top.message());
    }

    @Test
    void a_config_with_several_problems_reports_all_of_them_at_once(@TempDir Path tmp) throws IOException {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example", zone = "Mars/Olympus" }
                  mail { mode = production, max-per-hour = 0 }
                  policy {
                    thank-you { afterr = 3h }
                    follow-up { after = -7d }
                    send-window { days = [MON, FUNDAY], from = "18:00", until = "09:00" }
                  }
                }
                """);
        List<Problem> problems = Corpus.refused(config);

        assertHasProblem(problems, "application.conf", 2, "followup.sender.email", "has no dot");
        assertHasProblem(problems, "application.conf", 2, "followup.sender.zone", "is not a time zone");
        assertHasProblem(problems, "application.conf", 3, "followup.mail.mode", "\"production\" is not one of");
        assertHasProblem(problems, "application.conf", 3, "followup.mail.max-per-hour", "must be a positive number");
        assertHasProblem(problems, "application.conf", 5, "followup.policy.thank-you.afterr", "did you mean after?");
        assertHasProblem(problems, "application.conf", 6, "followup.policy.follow-up.after", "must not be negative");
        assertHasProblem(problems, "application.conf", 7, "followup.policy.send-window.days[1]", "\"FUNDAY\" is not a day");
        assertHasProblem(problems, "application.conf", 7, "followup.policy.send-window.until", "is not after from");
        assertEquals(8, problems.size(), () -> "each problem once:\n" + Corpus.list(problems));
    }

    @Test
    void the_sample_config_and_its_records_load_without_a_problem() {
        Settings settings = SettingsLoader.load(Path.of("conf", "application.conf"));

        assertEquals(ZoneId.of("America/New_York"), settings.sender().zone());
        assertEquals(Settings.Mode.SANDBOX, settings.mail().mode());
        Records records = RecordLoader.forSettings(settings).loadAll(settings.interviews());
        assertEquals(List.of(), records.problems(), () -> Corpus.list(records.problems()));
        assertEquals(2, records.interviews().size());
    }

    @Test
    void passwords_from_the_environment_and_other_substitutions_are_accepted() {
        Settings settings = SettingsLoader.load(Corpus.file("good", "env-password.conf"));

        assertEquals("alex@example.com", settings.sender().notifyAddress());
        assertEquals(5, settings.policy().window().days().size());
    }

    @Test
    void plain_security_is_accepted_in_live_mode_for_a_loopback_host(@TempDir Path tmp) throws IOException {
        Path secret = tmp.resolve("password");
        Files.writeString(secret, "not-a-real-password\n");
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to restrict
        }
        Path config = tmp.resolve("application.conf");
        String file = secret.toString().replace("\\", "\\\\");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail {
                    mode = live
                    smtp { host = "localhost", port = 2525, security = plain, username = "alex", password-file = "%s" }
                    imap { host = "127.0.0.1", port = 1143, security = plain, username = "alex", password-file = "%s" }
                  }
                }
                """.formatted(file, file));

        Settings settings = SettingsLoader.load(config);

        assertEquals(Settings.Security.PLAIN, settings.mail().smtp().security());
        assertEquals("not-a-real-password", settings.mail().smtp().password().reveal());
        assertFalse(settings.mail().smtp().toString().contains("not-a-real-password"));
    }

    @Test
    void a_relative_password_file_is_found_next_to_the_config_file_whatever_the_working_directory(
            @TempDir Path tmp) throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        Path secret = Files.createDirectories(conf.resolve("secrets")).resolve("smtp");
        Files.writeString(secret, "relative-secret\n");
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to restrict
        }
        Path config = conf.resolve("application.conf");
        Files.writeString(config, """
                followup {
                  sender { name = "Alex Morgan", email = "alex@example.com", zone = "America/New_York" }
                  mail {
                    mode = live
                    smtp { host = "localhost", port = 2525, security = plain, username = "alex",
                           password-file = "secrets/smtp" }
                    imap { host = "127.0.0.1", port = 1143, security = plain, username = "alex",
                           password-file = "secrets/smtp" }
                  }
                }
                """);

        Settings settings = SettingsLoader.load(config);

        assertEquals("relative-secret", settings.mail().smtp().password().reveal());
        assertEquals("relative-secret", settings.mail().imap().server().password().reveal());
    }

    @Test
    void a_config_nested_ten_thousand_deep_is_refused_with_a_problem_not_a_crash(@TempDir Path tmp)
            throws IOException {
        Path config = tmp.resolve("application.conf");
        Files.writeString(config, "followup { sender { name = \"Alex\" } }\nx = " + "{ a = ".repeat(10_000)
                + "1" + " }".repeat(10_000) + "\n");

        List<Problem> problems = Corpus.refused(config);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().contains("application.conf"), problems.toString());
        assertTrue(problems.get(0).toString().contains("nests too deeply"), problems.toString());
    }
}
