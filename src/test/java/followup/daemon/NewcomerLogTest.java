package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import followup.store.Database;
import followup.store.MessageStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job seekers who join a running deployment with thank-yous already due: their triggers are set while the scheduler
 * runs, before the router knows them, and one due at once may fire then. The router must not say such a candidate
 * is not running (the daemon says next that they run now); one who never joined, or whose join failed, it must.
 * The router is driven as Quartz drives it, on a real H2 store; which trigger fires during a join is a matter of
 * timing that a run of the whole daemon cannot be made to hit every time.
 */
class NewcomerLogTest {
    private static final String DANAS = "dana/acme/thank-you/jana.roth@acme.example";

    @TempDir
    Path root;

    private static List<String> said(Listened log, Level level, String fragment) {
        return log.events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains(fragment)).toList();
    }

    @Test
    void a_trigger_that_fires_while_its_candidate_joins_is_no_warning_and_one_of_someone_who_is_not_there_is()
            throws Exception {
        try (Database db = Database.open(LiveConfig.storeUnder(root));
             Listened log = Listened.toDebug(Router.class)) {
            Router router = new Router(List.of(), true, new MessageStore(db));

            router.joining("dana");
            router.send(DANAS, null);
            router.recover(DANAS);
            assertEquals(List.of(), said(log, Level.WARN, "not running"), "dana is joining, not gone");
            assertEquals(2, said(log, Level.DEBUG, "fired while candidate dana joins").size(),
                    log.events()::toString);

            router.notJoined("dana");      // her join failed: her triggers are again of someone who does not run
            router.send(DANAS, null);
            router.send("eli/acme/thank-you/raj@acme.example", null);   // nobody ever said eli joins
            assertEquals(List.of(
                            "Candidate dana is not running (see followup validate): their messages wait until it runs"
                                    + " again",
                            "Candidate eli is not running (see followup validate): their messages wait until it runs"
                                    + " again"),
                    said(log, Level.WARN, "not running"));
        }
    }
}
