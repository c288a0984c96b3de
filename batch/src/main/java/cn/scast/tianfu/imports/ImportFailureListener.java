package cn.scast.tianfu.imports;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * When a step fails, puts a Chinese reason into the step's and the job's exit status, so operators
 * see why a file failed (empty, not CSV/XLSX, columns missing …) without reading the server log.
 */
@Named
@Dependent
public class ImportFailureListener extends AbstractStepListener {

    static final int MAX_EXIT_STATUS = 480;

    @Inject
    private JobContext jobContext;

    @Inject
    private StepContext stepContext;

    @Override
    public void afterStep() {
        Exception failure = stepContext.getException();
        // The step context also keeps the last skipped row's exception: a rejected row is no step failure.
        if (failure == null || failure instanceof cn.scast.tianfu.imports.file.RowRejectedException) {
            return;
        }
        String reason = reasonOf(failure);
        stepContext.setExitStatus(reason);
        jobContext.setExitStatus(reason);
    }

    /** The user-facing reason of a failed import step. */
    public static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ImportFileRejected) {
                return limit("文件被拒绝：" + t.getMessage());
            }
            if (t instanceof cn.scast.tianfu.imports.file.FileUnreadableException) {
                return limit("文件被拒绝：" + t.getMessage());
            }
            if (t instanceof cn.scast.tianfu.imports.file.TooManyRowsException) {
                return limit("文件行数超过上限：" + t.getMessage());
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return limit("导入失败：" + detail);
    }

    private static String limit(String text) {
        return text.length() <= MAX_EXIT_STATUS ? text : text.substring(0, MAX_EXIT_STATUS - 1) + "…";
    }
}
