package followup.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Fires one message's send; the message key is in the job data. */
@DisallowConcurrentExecution
public final class SendJob implements Job {
    static final String KEY = "key";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Jobs jobs = (Jobs) context.getScheduler().getContext().get(QuartzScheduler.JOBS);
            jobs.send(context.getMergedJobDataMap().getString(KEY));
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
