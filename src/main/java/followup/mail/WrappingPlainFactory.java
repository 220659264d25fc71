package followup.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * A factory of plain sockets that hands each through {@link #made} first: the plain twin of
 * {@link WrappingSslFactory}.
 */
abstract class WrappingPlainFactory extends SocketFactory {

    /** What is done with each socket made (and returned). */
    abstract Socket made(Socket s) throws IOException;

    @Override
    public Socket createSocket() throws IOException {
        return made(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return made(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return made(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return made(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return made(new Socket(address, port, localAddress, localPort));
    }
}
