package cn.scast.tianfu.it.support;

import cn.scast.tianfu.imports.JobControl;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import java.util.EnumSet;
import java.util.Set;

/** Waits for a batch job execution to reach an end state. */
public final class JobAwait {

    private static final Set<BatchStatus> ENDED = EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private JobAwait() {
    }

    public static JobExecution end(JobControl jobs, long executionId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JobExecution execution = jobs.execution(executionId);
            if (ENDED.contains(execution.getBatchStatus())) {
                return execution;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job execution " + executionId + " did not end within 120 s");
    }
}
