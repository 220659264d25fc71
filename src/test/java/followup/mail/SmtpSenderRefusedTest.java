package followup.mail;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Nothing listening at the configured address. */
class SmtpSenderRefusedTest {

    @Test
    void a_refused_connection_is_temporary_and_says_which_host_and_port() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();      // free now, and nothing listens once it is closed
        }
        try (SmtpSender sender = new SmtpSender(Messages.plain(port))) {
            SendResult result = sender.send(Messages.thankYou("<t1@followup.test>", "jane.doe@acme.example"));

            assertInstanceOf(SendResult.Temporary.class, result);
            String text = ((SendResult.Temporary) result).reply();
            assertTrue(text.contains("127.0.0.1:" + port), text);
            assertTrue(text.contains("refused"), text);
        }
    }
}
