package followup.schedule;

import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * Fires one message's send; the message key is in the job data. Never two at once for one message, also across the
 * daemons of a cluster; when the daemon running it dies, Quartz fires it again elsewhere as a recovery.
 */
@DisallowConcurrentExecution
public final class SendJob implements Job {
    static final String KEY = "key";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Jobs jobs = (Jobs) context.getScheduler().getContext().get(QuartzScheduler.JOBS);
            String key = context.getMergedJobDataMap().getString(KEY);
            if (context.isRecovering()) {
                jobs.recover(key);
            } else {
                Date scheduled = context.getScheduledFireTime();
                jobs.send(key, scheduled == null ? null : scheduled.toInstant());
            }
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
