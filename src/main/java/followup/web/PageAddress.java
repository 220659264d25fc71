package followup.web;

import com.sun.net.httpserver.HttpServer;
import followup.FollowupException;
import followup.config.Settings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;

/**
 * The page's socket on {@code web.bind:web.port}, or why it cannot be had: an address that is not this machine's
 * (a typo, a network address the machine no longer has) named at {@code web.bind}, a port another program holds at
 * {@code web.port}, each with the file and line that set it.
 */
final class PageAddress {
    private static final String BIND_ADVICE = "set it to one of this machine's addresses (a valid value looks like"
            + " web.bind = \"127.0.0.1\"), or set followup.web.enabled = false";

    private PageAddress() {
    }

    /**
     * @param where a key under {@code followup} ({@code web.port}) to the {@code file:line} that sets it
     */
    static HttpServer listen(Settings.Web web, UnaryOperator<String> where) {
        String at = web.bind() + ":" + web.port();
        String bindKey = "followup.web.bind \"" + web.bind() + "\" (" + where.apply("web.bind") + ")";
        InetAddress address;
        try {
            address = InetAddress.getByName(web.bind());
        } catch (UnknownHostException e) {
            throw new FollowupException("cannot serve the page on " + at + ": " + bindKey + " is not a name this"
                    + " machine can resolve; " + BIND_ADVICE, e);
        }
        try {
            return HttpServer.create(new InetSocketAddress(address, web.port()), 32);
        } catch (IOException e) {
            if (!onThisMachine(address)) {
                throw new FollowupException("cannot serve the page on " + at + " (" + e.getMessage() + "): " + bindKey
                        + " is not an address of this machine; " + BIND_ADVICE, e);
            }
            throw new FollowupException("cannot serve the page on " + at + " (" + e.getMessage() + "): another"
                    + " program may use the port: choose another followup.web.port (" + where.apply("web.port")
                    + "), or set followup.web.enabled = false", e);
        }
    }

    private static boolean onThisMachine(InetAddress address) {
        try {
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true;     // cannot tell: the port is the likelier cause
        }
    }
}
