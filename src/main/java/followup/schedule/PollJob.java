package followup.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** The periodic poll of one candidate's mailbox (the candidate's name is in the job data). */
@DisallowConcurrentExecution
public final class PollJob implements Job {
    static final String CANDIDATE = "candidate";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            String candidate = context.getMergedJobDataMap().getString(CANDIDATE);
            ((Jobs) context.getScheduler().getContext().get(QuartzScheduler.JOBS)).poll(candidate == null ? ""
                    : candidate);
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
