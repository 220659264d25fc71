package followup.cli;

import followup.auth.AccessTokens;
import followup.config.BadInputException;
import followup.config.Settings;
import followup.daemon.StoreCheck;
import followup.inbox.ImapCheck;
import followup.inbox.ImapConnector;
import followup.inbox.InboxUnavailableException;
import followup.mail.CheckStep;
import followup.mail.Login;
import followup.mail.SendResult;
import followup.mail.SmtpCheck;
import followup.mail.SmtpSender;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code followup check}: signs in to SMTP and IMAP as the daemon would, looks at the store ({@link StoreCheck}) and
 * reports each step; with
 * {@code --send-test}, a message to yourself through the whole path. Exit 0 only when everything works.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Sign in to the SMTP and IMAP servers as the"
        + " daemon would, see that the store can be opened, and report each step; exit 0 only when everything works.")
final class CheckCommand implements Callable<Integer> {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    /**
     * A key of the config in advice: "followup.mail.smtp.security", or "mail.smtp.security" as a candidate's own file
     * writes it, or followup.cluster; its path under followup is group 1.
     */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(?<![\\w.-])(?:followup\\.)?"
            + "((?:mail\\.(?:smtp|imap|tls|oauth2|mode|auth)|sender|store)(?:\\.[a-z][a-z0-9-]*)+"
            + "|(?<=followup\\.)cluster(?![\\w.-]))");

    @ParentCommand
    private Main main;

    @Mixin
    private ConfigOption config;

    @Mixin
    private CandidateOption candidate;

    @Option(names = "--send-test", description = "also send a message to yourself and wait for it in the mailbox")
    private boolean sendTest;

    @Override
    public Integer call() throws InterruptedException {
        followup.config.Deployment deployment = followup.config.Deployment.load(config.file);
        Settings settings = candidate.choose(deployment, null);
        Settings.Mail mail = settings.mail();
        if (mail.mode() != Settings.Mode.LIVE) {
            throw new BadInputException(settings.where("mail.mode"), settings.key("mail.mode") + " is sandbox: there"
                    + " is no mail server to check (set mode = live and your provider's servers, see the README)");
        }
        AccessTokens tokens = mail.auth() == Settings.Auth.OAUTH2 ? AccessTokens.of(mail.oauth2(), Clock.systemUTC())
                : null;
        Login smtpLogin = AccessTokens.forServer(mail, mail.smtp(), tokens);
        Login imapLogin = AccessTokens.forServer(mail, mail.imap().server(), tokens);
        boolean ok = print(settings, "SMTP", mail.smtp(), SmtpCheck.run(mail.smtp(), smtpLogin));
        ok &= print(settings, "IMAP", mail.imap().server(), ImapCheck.run(mail.imap(), imapLogin,
                settings.where("mail.imap.folders"), settings.where("mail.imap.sent-folder")));
        // the store is the deployment's: its keys are named as the config file writes them
        Settings.Store store = deployment.settings().store();
        ok &= print(deployment.settings(), "Store " + StoreCheck.where(store), StoreCheck.run(store,
                deployment.settings().cluster()));
        if (ok && sendTest) {
            ok = print(settings, "Test message", mail.smtp(), sendToSelf(settings, smtpLogin, imapLogin));
        }
        main.out.println(ok ? "Everything works." : "Something does not work: see FAILED above.");
        return ok ? 0 : 1;
    }

    private boolean print(Settings settings, String what, Settings.Server server, List<CheckStep> steps) {
        return print(settings, what + " " + server.host() + ":" + server.port(), steps);
    }

    private boolean print(Settings settings, String heading, List<CheckStep> steps) {
        main.out.println(heading);
        boolean ok = !steps.isEmpty();
        for (CheckStep s : steps) {
            main.out.println("  " + (s.ok() ? "ok      " : "FAILED  ") + s.what());
            if (!s.ok()) {
                main.out.println("          what to do: " + asWritten(settings, s.advice()));
                List<String> places = places(settings, s.advice());
                if (!places.isEmpty()) {
                    main.out.println("          set at:     " + String.join("; ", places));
                }
                ok = false;
            }
        }
        return ok;
    }

    /** The keys the advice names ({@code followup.mail.smtp.port}), as this candidate's file writes them. */
    private static String asWritten(Settings settings, String advice) {
        return KEY.matcher(advice).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(settings.key(m.group(1))));
    }

    /**
     * Where each key the advice names is set (its file and line), or the file and the closest object to add it to
     * when the file does not set it, each once, unless the advice says where already.
     */
    private static List<String> places(Settings settings, String advice) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = KEY.matcher(advice);
        while (m.find()) {
            keys.add(m.group(1));
        }
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            String where = settings.where(key);
            if (!advice.contains(where)) {
                out.add(settings.key(key) + " in " + where);
            }
        }
        return out;
    }

    /** What to do about a test message the server did not take, from its reply. */
    private static String sendAdvice(Settings settings, String why, boolean temporary) {
        String lower = why.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("starttls")) {
            return "the server wants TLS first: set followup.mail.smtp.security = starttls (port 587)";
        }
        if (lower.contains("sender") || lower.contains("not owned") || lower.contains("from address")
                || why.matches("(?s).*\\b55[03] 5\\.7\\.1\\b.*")) {
            return "the server may refuse mail from " + settings.sender().email() + ": set followup.sender.email"
                    + " (at " + settings.where("sender.email") + ") to this mailbox's address, or an alias it may"
                    + " send as";
        }
        if (temporary) {
            return "the server could not take it now: run the check again in a few minutes";
        }
        return "the server's reply above says why; the SMTP steps above show the connection itself works";
    }

    /** Sends a message to the sender's own address and waits for it in the first watched folder. */
    private List<CheckStep> sendToSelf(Settings settings, Login smtpLogin, Login imapLogin)
            throws InterruptedException {
        List<CheckStep> steps = new ArrayList<>();
        String id = "<check." + UUID.randomUUID() + "@followup.invalid>";
        SendResult result;
        try (SmtpSender sender = new SmtpSender(settings.mail().smtp(), Clock.systemUTC(), smtpLogin)) {
            result = sender.send(message(settings.sender().email(), id));
        } catch (MessagingException e) {
            steps.add(CheckStep.failed("the test message could not be written: " + e.getMessage(), "report this"));
            return steps;
        }
        if (!(result instanceof SendResult.Accepted a)) {
            String why = result instanceof SendResult.Temporary t ? t.reply()
                    : result instanceof SendResult.Permanent p ? p.reply() : ((SendResult.Uncertain) result).why();
            steps.add(CheckStep.failed("sending to " + settings.sender().email() + " failed: " + why,
                    sendAdvice(settings, why, result instanceof SendResult.Temporary)));
            return steps;
        }
        steps.add(CheckStep.ok("sent to " + settings.sender().email() + ": " + a.reply()));
        String folder = settings.mail().imap().folders().get(0);
        Instant deadline = Instant.now().plus(ARRIVAL);
        ImapConnector connector = new ImapConnector(settings.mail().imap().server(), imapLogin);
        while (Instant.now().isBefore(deadline)) {
            try (Store store = connector.connect()) {
                Folder f = store.getFolder(folder);
                f.open(Folder.READ_ONLY);
                try {
                    if (f.search(new HeaderTerm("Message-ID", id)).length > 0) {
                        steps.add(CheckStep.ok("arrived in \"" + folder + "\""));
                        return steps;
                    }
                } finally {
                    f.close(false);
                }
            } catch (InboxUnavailableException | MessagingException e) {
                steps.add(CheckStep.failed("looking for it in \"" + folder + "\" failed: " + e.getMessage(),
                        "see the IMAP steps above"));
                return steps;
            }
            Thread.sleep(2000);
        }
        steps.add(CheckStep.failed("not in \"" + folder + "\" after " + ARRIVAL.toSeconds() + "s", "look in your"
                + " spam folder; a provider may hold mail to yourself back for a while"));
        return steps;
    }

    private static MimeMessage message(String self, String id) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(new InternetAddress(self));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(self));
        m.setSubject("followup check: test message");
        m.setText("followup check sent this message to you through your SMTP server, to see that mail goes out and"
                + " arrives. You can delete it.\n");
        return m;
    }
}
