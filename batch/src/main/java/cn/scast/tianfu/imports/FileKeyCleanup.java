package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes a step's file keys (import_file_key) once it has read its whole file. A failed or stopped
 * step keeps them: its restart needs them to recognise duplicates of already committed lines.
 */
@Named
@Dependent
public class FileKeyCleanup extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(FileKeyCleanup.class.getName());

    @Inject
    private JobContext jobContext;

    @Inject
    private StepContext stepContext;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Override
    public void afterStep() {
        // The step context also keeps the last skipped row's exception: a rejected row is no failure.
        Exception failure = stepContext.getException();
        if ((failure != null && !(failure instanceof RowRejectedException)) || EnumSet.of(BatchStatus.FAILED,
                BatchStatus.STOPPING, BatchStatus.STOPPED).contains(stepContext.getBatchStatus())) {
            return;
        }
        try {
            FileKeys.forget(dataSource, jobContext.getInstanceId(), stepContext.getStepName());
        } catch (Exception e) {
            // Left-over keys only take space; the instance has completed and will not read them again.
            LOG.log(Level.WARNING, "could not remove the file keys of job instance " + jobContext.getInstanceId(), e);
        }
    }
}
