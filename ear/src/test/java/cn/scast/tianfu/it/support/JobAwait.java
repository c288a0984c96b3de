package cn.scast.tianfu.it.support;

import cn.scast.tianfu.imports.JobControl;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** Waits for a batch job execution to reach an end state. */
public final class JobAwait {

    private static final Set<BatchStatus> ENDED = EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private JobAwait() {
    }

    public static JobExecution end(JobControl jobs, long executionId) throws InterruptedException {
        return Await.valueOrFail("job execution " + executionId + " ended", Duration.ofSeconds(120),
                () -> jobs.execution(executionId), execution -> ENDED.contains(execution.getBatchStatus()));
    }
}
