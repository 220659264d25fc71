package followup.inbox;

import followup.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hostile IMAP server: it offers only {@code LOGIN} and refuses every login with a {@code NO} that repeats the
 * command as the client wrote it, bytes and all (the password quoted and escaped, or sent as a literal). Listens on
 * 127.0.0.1, port 0.
 */
final class EchoingImapServer implements AutoCloseable {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)\\+?}$");

    private final LoopbackServer listener;

    EchoingImapServer() throws IOException {
        listener = LoopbackServer.start("echoing-imap", (socket, n) -> converse(socket));
    }

    int port() {
        return listener.port();
    }

    private static void converse(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            write(out, "* OK [CAPABILITY IMAP4rev1] ready");
            for (byte[] line; (line = line(in)) != null; ) {
                ByteArrayOutputStream command = new ByteArrayOutputStream();
                command.write(line);
                for (Matcher m = LITERAL.matcher(latin1(line)); m.find(); m = LITERAL.matcher(latin1(line))) {
                    write(out, "+ go ahead");
                    command.write(in.readNBytes(Integer.parseInt(m.group(1))));
                    line = line(in);
                    if (line == null) {
                        return;
                    }
                    command.write(line);
                }
                String text = latin1(command.toByteArray());
                String tag = text.split(" ", 2)[0];
                String verb = text.split(" ", 3).length > 1 ? text.split(" ", 3)[1].toUpperCase() : "";
                switch (verb) {
                    case "CAPABILITY" -> {
                        write(out, "* CAPABILITY IMAP4rev1");
                        write(out, tag + " OK done");
                    }
                    case "LOGIN" -> {
                        out.write((tag + " NO [AUTHENTICATIONFAILED] refused: ").getBytes(StandardCharsets.US_ASCII));
                        out.write(command.toByteArray());
                        write(out, "");
                    }
                    case "LOGOUT" -> {
                        write(out, "* BYE bye");
                        write(out, tag + " OK done");
                        return;
                    }
                    default -> write(out, tag + " BAD unknown");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** One line without its CRLF, or null at the end of the stream. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                byte[] all = b.toByteArray();
                return all.length > 0 && all[all.length - 1] == '\r' ? java.util.Arrays.copyOf(all, all.length - 1)
                        : all;
            }
            b.write(c);
        }
        return null;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
