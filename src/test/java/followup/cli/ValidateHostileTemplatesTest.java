package followup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.reliability.Figures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile template files through {@code followup validate}: unclosed directives, missing values, endless and huge
 * loops, recursion, the sandbox escapes, header injection, garbage bytes; then random mutations of the project's
 * own templates. Each run must end within its time limit in exit 0 or in exit 2 with problems that name the
 * template, never in an unexpected error (exit 1), a hang or a stack trace. The render time limit of the
 * workspace is 300 ms, so the loops cost little.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidateHostileTemplatesTest {
    static final Figures.Tally TALLY = new Figures.Tally("generated hostile templates (through validate)",
            ValidateHostileTemplatesTest.class);
    static final int MUTATIONS = 10 * Figures.scale();
    static final long SEED = Long.getLong("hostile.seed", 20_270_114L);

    /** Templates that must be refused; each replaces thank-you.ftl. */
    static final List<String> REFUSED = List.of(
            "Subject: Hi\n\n<#if to.firstName??>Dear ${to.firstName}\n",
            "Subject: Hi\n\n<#list interview.topics as t>${t}\n",
            "Subject: Hi\n\n<#macro m>x\n<@m/>\n",
            "Subject: Hi\n\n<#attempt>x<#recover>\n",
            "Subject: Hi\n\n${to.firstName\n",
            "Subject: Hi\n\n${\n",
            "Subject: Hi\n\n<#-- never closed\n",
            "Subject: Hi\n\n<@m\n",
            "Subject: Hi\n\n<#if>x</#if>\n",
            "Subject: Hi\n\nx</#if>\n",
            "Subject: Hi\n\n<#list>x</#list>\n",
            "Subject: Hi\n\n${}\n",
            "Subject: Hi\n\n${nope}\n",
            "Subject: Hi\n\n${interview.nope}\n",
            "Subject: Hi\n\n${to.nope.deeper}\n",
            "Subject: Hi\n\n<#list interview.nope as x>${x}</#list>\n",
            "Subject: Hi\n\n${followUp.subject}\n",
            "Subject: Hi\n\n${interview}\n",
            "Subject: Hi\n\n${interview.interviewers}\n",
            "Subject: Hi\n\n${interview.company?number}\n",
            "Subject: Hi\n\n${1/0}\n",
            "Subject: Hi\n\n${interview.company[999]}\n",
            "Subject: Hi\n\n<#stop \"stopped on purpose\">\n",
            "Subject: Hi\n\n<#list 1..100000000 as i>x</#list>\n",
            "Subject: Hi\n\n<#list 1..100000000 as i></#list>\n",
            "Subject: Hi\n\n<#list 1.. as i></#list>\n",
            "Subject: Hi\n\n<#list 1..100000 as i><#list 1..100000 as j></#list></#list>\n",
            "Subject: Hi\n\n<#list 1..2147483647 as i>${i}</#list>\n",
            "Subject: Hi\n\n<@\"<#list 1.. as i>x</#list>\"?interpret />\n",
            "Subject: Hi\n\n<#macro m><@m/></#macro><@m/>\n",
            "Subject: Hi\n\n<#include \"thank-you.ftl\">\n",
            "Subject: Hi\n\n<#function f n><#return f(n + 1)></#function>${f(0)}\n",
            "Subject: Hi\n\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}\n",
            "Subject: Hi\n\n<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\","
                    + " \"/tmp\")}\n",
            "Subject: Hi\n\n${interview?api.getClass()}\n",
            "Subject: Hi\n\n${interview.company.getClass()}\n",
            "Subject: Hi\n\n${\"\\\"freemarker.template.utility.Execute\\\"?new()\"?eval(\"id\")}\n",
            "Subject: Hi\n\n<#include \"../../../../../../etc/passwd\">\n",
            "Subject: Hi\n\n<#include \"/etc/passwd\">\n",
            "Subject: " + "long ".repeat(100) + "\n\nHi\n",
            "Subject:\n\nHi\n",
            "Dear ${to.firstName}, no subject line\n",
            "",
            "\u0000\u0001\u0002\u001b[2J",
            "Subject: Hi\n\n" + "<#if true>".repeat(20_000) + "x" + "</#if>".repeat(20_000) + "\n",
            "Subject: Hi\n\n${" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "}\n",
            "Subject: Hi\n\n<#setting locale=\"xx_XX\">${nope}\n");
    /**
     * Templates that may pass or fail, as long as they end cleanly: a line break in the subject moves the rest of
     * the line into the body (never into a header), a byte order mark is skipped or refused.
     */
    static final List<String> EITHER = List.of(
            "Subject: ${\"a\\r\\nBcc: evil@attacker.example\"}\n\nHi\n",
            "\ufeffSubject: Hi\n\nHello ${to.firstName}\n",
            "Subject: Hi\n\n<#setting classic_compatible=true>${nope}\n",
            "Subject: Hi\n\n<#list 1..3 as i>${i}</#list>\n");
    private static final String[] FRAGMENTS = {"<#if ", "<#if x>", "</#if>", "<#list ", "</#list>", "${", "}",
        "${nope}", "<#list 1.. as i>", "?eval", "?api", "?new()", "<#include \"x.ftl\">", "<@", "<#--", "-->",
        "\u0000", "\r\n", "Subject: ", "${to.firstName?interpret}", "<#assign x = x + 1>", "[#if", "<#else>"};

    @TempDir
    Path tmp;

    record Case(String label, String file, byte[] content, boolean mustFail) {
    }

    @AfterAll
    static void record() {
        TALLY.record();
    }

    @Test
    void no_hostile_template_hangs_validate_or_ends_in_anything_but_ok_or_problems_naming_it() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < REFUSED.size(); i++) {
            cases.add(new Case("hostile template " + i, "thank-you.ftl",
                    REFUSED.get(i).getBytes(StandardCharsets.UTF_8), true));
        }
        for (int i = 0; i < EITHER.size(); i++) {
            cases.add(new Case("odd template " + i, "thank-you.ftl", EITHER.get(i).getBytes(StandardCharsets.UTF_8),
                    false));
        }
        cases.add(new Case("invalid UTF-8", "thank-you.ftl", new byte[] {'S', 'u', 'b', (byte) 0xC3, 0x28,
            (byte) 0xFF, '\n'}, true));
        cases.addAll(mutations());

        List<String> failures = new ArrayList<>();
        int crashes = 0;
        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            HostileWorkspace ws = HostileWorkspace.write(tmp.resolve("ws-" + i), "300ms");
            Path file = ws.templates.resolve(c.file());
            Files.write(file, c.content());
            Cli.Result r;
            try {
                r = ws.validate();
            } catch (TimeoutException e) {
                crashes++;
                failures.add(c.label() + ": validate did not finish in " + HostileWorkspace.LIMIT_SECONDS + " s");
                continue;
            }
            if (r.code() == 1) {
                crashes++;
            }
            String failure = failure(c, file, r);
            if (failure != null) {
                failures.add(c.label() + ": " + failure + "\n" + r);
            }
            refused += r.code() == 2 ? 1 : 0;
        }
        TALLY.cases(cases.size()).crashes(crashes).lost(0).duplicates(0);
        System.out.printf("hostile templates: %d cases, %d refused, %d ok, %d crashes%n", cases.size(), refused,
                cases.size() - refused - crashes, crashes);

        assertEquals(List.of(), failures, () -> failures.size() + " of " + cases.size() + " failed:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        assertTrue(refused > REFUSED.size(), "the mutations include templates that are refused too");
    }

    /** Null when validate ended as it may for this case, else what is wrong. */
    private static String failure(Case c, Path file, Cli.Result r) {
        if (r.code() == 0) {
            return c.mustFail() ? "accepted" : r.out().contains("ok: ") ? null : "exit 0 without ok";
        }
        try {
            HostileWorkspace.assertCleanProblems(r);
        } catch (AssertionError e) {
            return e.getMessage();
        }
        String shown = HostileWorkspace.shown(file);
        boolean named = HostileWorkspace.problemLines(r).stream().anyMatch(l -> l.startsWith(shown + ":"));
        return named ? null : "no problem names " + shown;
    }

    /** Random mutations of the project's templates, each in its own file. */
    private static List<Case> mutations() throws Exception {
        List<Path> originals;
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            originals = files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < MUTATIONS; i++) {
            long seed = SEED * 31 + i;
            Random r = new Random(seed);
            Path original = originals.get(r.nextInt(originals.size()));
            byte[] bytes = Files.readAllBytes(original);
            String how;
            switch (r.nextInt(4)) {
                case 0 -> {
                    bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
                    how = "truncated";
                }
                case 1 -> {
                    for (int k = 1 + r.nextInt(6); k > 0; k--) {
                        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
                    }
                    how = "bytes changed";
                }
                case 2 -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int at = r.nextInt(text.length() + 1);
                    bytes = (text.substring(0, at) + FRAGMENTS[r.nextInt(FRAGMENTS.length)] + text.substring(at))
                            .getBytes(StandardCharsets.UTF_8);
                    how = "fragment inserted";
                }
                default -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String[] closers = {"</#if>", "</#list>", "}", "</#items>", ">"};
                    String closer = closers[r.nextInt(closers.length)];
                    int at = text.indexOf(closer, r.nextInt(text.length()));
                    bytes = (at < 0 ? text : text.substring(0, at) + text.substring(at + closer.length()))
                            .getBytes(StandardCharsets.UTF_8);
                    how = "a closing " + closer + " removed";
                }
            }
            out.add(new Case(original.getFileName() + " " + how + " (seed " + seed + ")",
                    original.getFileName().toString(), bytes, false));
        }
        return out;
    }
}
