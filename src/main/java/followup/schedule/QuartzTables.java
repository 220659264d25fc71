package followup.schedule;

import followup.store.Database;
import followup.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

/**
 * What Quartz's own tables say that its API does not: the triggers it put in its {@code ERROR} state, and whether a
 * job is being run or waits to be recovered anywhere in a cluster (the API sees only this scheduler's jobs).
 */
final class QuartzTables {
    private QuartzTables() {
    }

    /** The triggers of scheduler {@code schedName} in Quartz's {@code ERROR} state. */
    static List<TriggerKey> triggersInError(Database db, String schedName) {
        List<TriggerKey> keys = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT TRIGGER_NAME, TRIGGER_GROUP FROM QRTZ_TRIGGERS"
                     + " WHERE SCHED_NAME = ? AND TRIGGER_STATE = 'ERROR'")) {
            ps.setString(1, schedName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(TriggerKey.triggerKey(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look for triggers in error: " + e.getMessage(), e);
        }
        return keys;
    }

    /**
     * Whether the job {@code group.name} has a fired trigger (a scheduler of the cluster runs it, or one that stopped
     * checking in did and it is not recovered yet) or a recovery trigger waiting (Quartz's {@code RECOVERING_JOBS}
     * group, between a takeover and its firing).
     */
    static boolean jobInFlight(Database db, String schedName, String name, String group) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = ?"
                     + " AND JOB_NAME = ? AND JOB_GROUP = ? UNION ALL SELECT 1 FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ?"
                     + " AND JOB_NAME = ? AND JOB_GROUP = ? AND TRIGGER_GROUP = ?")) {
            for (int i = 0; i < 2; i++) {
                ps.setString(1 + 3 * i, schedName);
                ps.setString(2 + 3 * i, name);
                ps.setString(3 + 3 * i, group);
            }
            ps.setString(7, Scheduler.DEFAULT_RECOVERY_GROUP);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look for the job " + name + " in flight: " + e.getMessage(), e);
        }
    }
}
