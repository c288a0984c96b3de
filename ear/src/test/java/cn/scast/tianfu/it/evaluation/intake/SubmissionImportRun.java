package cn.scast.tianfu.it.evaluation.intake;

import cn.scast.tianfu.imports.ImportKind;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.JobAwait;
import jakarta.batch.runtime.JobExecution;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** An import of submissions (nominations, contest entries) run to its end in the server, and its reject report. */
public final class SubmissionImportRun {

    private SubmissionImportRun() {
    }

    /** Runs the import job of {@code target} (award-nomination, contest-entry) on the file until it ends. */
    public static JobExecution run(JobControl jobs, String target, Path file) throws InterruptedException {
        return JobAwait.end(jobs, jobs.start(ImportKind.JOB, ImportKind.jobParameters(target, file.toString(), null)));
    }

    /** The rejected rows of an execution's job instance as line:column:reason, by line. */
    public static List<String> rejects(DataSource dataSource, JobControl jobs, JobExecution execution)
            throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT line_number, column_name, reason "
                     + "FROM import_reject WHERE job_instance_id = ? ORDER BY line_number")) {
            select.setLong(1, jobs.instanceId(execution.getExecutionId()));
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
                }
            }
            return rows;
        }
    }
}
