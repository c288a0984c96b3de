package cn.scast.tianfu.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Properties;

/**
 * The one door to the batch runtime: jobs are started, restarted and inspected from here so that
 * the JSL files of this module are resolved with this module's class loader. Never inside the
 * caller's transaction: the batch runtime keeps its own repository and creates its tables on first
 * use, which MariaDB refuses inside an XA transaction.
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

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
