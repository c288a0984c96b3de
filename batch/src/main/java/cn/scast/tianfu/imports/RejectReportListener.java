package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Records every skipped row in import_reject, in the chunk's own transaction, so a restart neither
 * loses nor repeats a reject.
 */
@Named
@Dependent
public class RejectReportListener implements SkipReadListener, SkipProcessListener {

    private static final int MAX_ORIGINAL_TEXT = 64 * 1024;

    @Inject
    @BatchProperty
    private String file;

    /** Optional: the import target, whose {@link ImportTarget#redact} masks personal data in the original text. */
    @Inject
    @BatchProperty
    private String target;

    @Inject
    private ImportTargets targets;

    @Inject
    private JobContext jobContext;

    @Inject
    private StepContext stepContext;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Override
    public void onSkipReadItem(Exception e) throws Exception {
        record(e);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) throws Exception {
        record(e);
    }

    private void record(Exception e) throws SQLException {
        RowRejectedException rejected = (RowRejectedException) e;
        String original = rejected.originalText();
        if (target != null && !target.isBlank()) {
            original = targets.byName(target).redact(original);
        }
        if (original != null && original.length() > MAX_ORIGINAL_TEXT) {
            original = original.substring(0, MAX_ORIGINAL_TEXT) + "…";
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO import_reject (job_instance_id, job_execution_id, step_name, file_name, line_number, "
                             + "column_name, reason, original_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, jobContext.getInstanceId());
            insert.setLong(2, jobContext.getExecutionId());
            insert.setString(3, stepContext.getStepName());
            insert.setString(4, Path.of(file).getFileName().toString());
            insert.setLong(5, rejected.lineNumber());
            insert.setString(6, rejected.column());
            insert.setString(7, truncate(rejected.reason(), 500));
            insert.setString(8, original);
            insert.executeUpdate();
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
