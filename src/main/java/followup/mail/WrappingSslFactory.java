package followup.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/** A TLS socket factory that makes its sockets with another and hands each through {@link #made} first. */
abstract class WrappingSslFactory extends SSLSocketFactory {
    private final SSLSocketFactory delegate;

    WrappingSslFactory(SSLSocketFactory delegate) {
        this.delegate = delegate;
    }

    /** What is done with each socket made (and returned). */
    abstract Socket made(Socket s) throws IOException;

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return made(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return made(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return made(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return made(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return made(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return made(delegate.createSocket(address, port, localAddress, localPort));
    }
}
