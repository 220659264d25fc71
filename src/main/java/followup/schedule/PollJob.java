package followup.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** The periodic mailbox poll. */
@DisallowConcurrentExecution
public final class PollJob implements Job {
    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ((Jobs) context.getScheduler().getContext().get(QuartzScheduler.JOBS)).poll();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
