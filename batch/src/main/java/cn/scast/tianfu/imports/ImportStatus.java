package cn.scast.tianfu.imports;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Read side of the imports: running jobs with live counts (step metrics are persisted at every
 * checkpoint), the history of executions per received file, and reject reports.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportStatus {

    public static final int MAX_REJECTS = 100_000;

    @EJB
    private JobControl jobs;

    @Inject
    private ImportFileStore store;

    @Inject
    private ImportKinds kinds;

    /** Name and job of each registered kind, for the upload form. */
    public List<KindView> kinds() {
        return kinds.all().stream().map(k -> new KindView(k.name(), k.jobName(), k.filePrefix())).toList();
    }

    public record KindView(String name, String jobName, String filePrefix) implements java.io.Serializable {
    }

    /** The latest execution of every file whose job is running now. */
    public List<ImportExecutionView> running() {
        List<ImportExecutionView> views = new ArrayList<>();
        for (ImportFileRecord file : store.running()) {
            try {
                ImportExecutionView view = view(file, jobs.getJobExecution(file.jobExecutionId()), true);
                if (view.running()) {
                    views.add(view);
                }
            } catch (RuntimeException e) {
                // execution vanished from the repository: nothing to show
            }
        }
        return views;
    }

    /** Every execution of the latest {@code files} received files, newest first. */
    public List<ImportExecutionView> history(int files) {
        List<ImportExecutionView> views = new ArrayList<>();
        for (ImportFileRecord file : store.latest(files)) {
            try {
                JobInstance instance = jobs.getJobInstance(file.jobExecutionId());
                for (JobExecution execution : jobs.getJobExecutions(instance)) {
                    views.add(view(file, execution, execution.getExecutionId() == file.jobExecutionId()));
                }
            } catch (RuntimeException e) {
                // skip a file whose executions were purged
            }
        }
        views.sort(Comparator.comparingLong(ImportExecutionView::executionId).reversed());
        return views;
    }

    public Optional<ImportExecutionView> execution(long executionId) {
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            long instanceId = jobs.getJobInstance(executionId).getInstanceId();
            ImportFileRecord file = store.byInstance(instanceId).orElse(null);
            boolean latest = file == null || file.jobExecutionId() == null || file.jobExecutionId() == executionId;
            return Optional.of(view(file, execution, latest));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Optional<ImportFileRecord> fileOfExecution(long executionId) {
        try {
            return store.byInstance(jobs.getJobInstance(executionId).getInstanceId());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Rejected rows of the job instance of this execution (all its executions), in file order. */
    public List<ImportRejectView> rejects(long executionId, int limit) {
        long instanceId = jobs.getJobInstance(executionId).getInstanceId();
        return store.rejects(instanceId, Math.min(limit, MAX_REJECTS));
    }

    /** The reject report as CSV (UTF-8 with BOM, formula-like cells neutralised). */
    public byte[] rejectCsv(long executionId) {
        return RejectReportCsv.toBytes(rejects(executionId, MAX_REJECTS));
    }

    private ImportExecutionView view(ImportFileRecord file, JobExecution execution,
                                            boolean latest) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long readSkips = 0;
        for (StepExecution step : jobs.getStepExecutions(execution.getExecutionId())) {
            Metric[] metrics = step.getMetrics();
            if (metrics == null) {
                continue;
            }
            for (Metric metric : metrics) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case READ_SKIP_COUNT -> {
                        skipped += metric.getValue();
                        readSkips += metric.getValue();
                    }
                    case PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    default -> {
                    }
                }
            }
        }
        BatchStatus status = execution.getBatchStatus();
        Long total = file == null ? null : file.estimatedRows();
        int percent;
        if (status == BatchStatus.COMPLETED) {
            percent = 100;
        } else if (total == null || total <= 0) {
            percent = -1;
        } else {
            percent = (int) Math.min(99, (read + readSkips) * 100 / total);
        }
        boolean restartable = latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED);
        long instanceId = file != null && file.jobInstanceId() != null ? file.jobInstanceId()
                : jobs.getJobInstance(execution.getExecutionId()).getInstanceId();
        return new ImportExecutionView(execution.getExecutionId(), instanceId, execution.getJobName(),
                file == null ? null : file.kind(), file == null ? null : file.fileName(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), status.name(),
                execution.getExitStatus(), read, written, skipped, total, percent, restartable, latest);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
