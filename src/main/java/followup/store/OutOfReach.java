package followup.store;

import followup.config.Settings;
import java.util.Optional;

/**
 * A read that failed because the PostgreSQL server of the state database cannot be reached (down, restarting, the
 * network), told for a reader that answers at once instead of waiting for it (the page): in the words of the daemon's
 * own warning of the outage ({@link Outage}), with where the server is set.
 */
public final class OutOfReach {
    private OutOfReach() {
    }

    /**
     * Why {@code e} failed, when the cause is that the server of {@code store} cannot be reached: the server and
     * database ({@code host:port/database}, never the user name, a password or the URL's parameters), what happened
     * as far as the failure tells, that sending pauses, what to check and the file and line of
     * {@code followup.store.url}. Empty for any other failure, and for H2.
     */
    public static Optional<String> why(Settings.Store store, Throwable e) {
        if (!store.postgres() || !Outage.connectionLost(e)) {
            return Optional.empty();
        }
        return Optional.of("The state database (PostgreSQL on " + StoreUrl.server(store.url()) + ") cannot be"
                + " reached: " + Outage.what(e) + ". Sending pauses until it is back; check that PostgreSQL runs on "
                + StoreUrl.host(store.url()) + " and that this machine can reach it (network, firewall)"
                + (store.origin() == null ? "" : ", or the server's address at " + store.origin()) + ".");
    }

    /**
     * Tells the daemon's watch of its database's outages ({@link Outage}) that {@code e} found the server gone: it
     * warns once, unless it has already, and says when the server is back. False when no daemon of this process
     * watches one: the reader then says so itself.
     */
    public static boolean toldToDaemon(Throwable e) {
        if (!Outage.watching()) {
            return false;
        }
        Outage.seenByLibrary(e);
        return true;
    }
}
