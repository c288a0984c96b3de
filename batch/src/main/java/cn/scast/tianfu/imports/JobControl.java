package cn.scast.tianfu.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.List;
import java.util.Properties;

/**
 * The one door to the batch runtime: jobs are started, restarted and inspected from here so that
 * the JSL files of this module are resolved with this module's class loader, and because Payara tags
 * every job instance with the EJB component that started it and lets only that component see, stop or
 * restart it. Every other bean goes through this one. No JTA transaction here: the batch runtime
 * manages its own, and its first use creates and checks its tables on XA connections, which fails with
 * XAER_RMFAIL inside a global transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobControl {

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public long instanceId(long executionId) {
        return operator().getJobInstance(executionId).getInstanceId();
    }

    public JobExecution getJobExecution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public JobInstance getJobInstance(long executionId) {
        return operator().getJobInstance(executionId);
    }

    public List<JobExecution> getJobExecutions(JobInstance instance) {
        return operator().getJobExecutions(instance);
    }

    public List<StepExecution> getStepExecutions(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    public Properties getParameters(long executionId) {
        return operator().getParameters(executionId);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
