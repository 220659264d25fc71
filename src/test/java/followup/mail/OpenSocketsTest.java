package followup.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * Cutting a session's conversations short from another thread: the sockets open at the cut, and those a connect
 * under way makes a moment after it (the race that let a stop wait out a silent server's timeout).
 */
class OpenSocketsTest {
    @Test
    void aSocketMadeAfterTheCutIsClosedAtOnceUntilSocketsAreAllowedAgain() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            OpenSockets sockets = new OpenSockets(true);
            Socket before = sockets.plain().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            assertFalse(before.isClosed());

            sockets.cutOff();
            assertTrue(before.isClosed(), "a socket open at the cut is closed");
            Socket during = sockets.plain().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            assertTrue(during.isClosed(), "a socket a connect under way makes after the cut is closed at once");
            assertThrows(IOException.class, () -> during.getInputStream().read());

            sockets.allowAgain();
            try (Socket after = sockets.plain().createSocket(InetAddress.getLoopbackAddress(),
                    server.getLocalPort())) {
                assertFalse(after.isClosed(), "once allowed again, new work connects as usual");
                assertTrue(after.getTcpNoDelay());
            }
        }
    }
}
