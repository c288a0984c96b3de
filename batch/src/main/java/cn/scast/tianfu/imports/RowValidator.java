package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.util.List;

/**
 * Turns a row into upsert parameters through its target; refusals are skipped into the reject report.
 * For targets with a unique key per file, a key seen on an earlier line is refused naming that line.
 */
@Named
@Dependent
public class RowValidator implements ItemProcessor {

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

    /** Looked up once per step: finding it among all target beans for every row costs more than validating it. */
    private ImportTarget importTarget;

    @Override
    public Object processItem(Object item) throws Exception {
        SourceRow row = (SourceRow) item;
        if (importTarget == null) {
            importTarget = targets.byName(target);
        }
        List<Object> parameters = importTarget.toParameters(row);
        String keyColumn = importTarget.uniqueKeyColumn();
        if (keyColumn == null) {
            return new ValidRow(row.lineNumber(), parameters);
        }
        String key = importTarget.uniqueKey(parameters);
        Long first = FileKeys.of(stepContext, jobContext.getInstanceId(), dataSource).claim(key, row.lineNumber());
        if (first != null) {
            throw new RowRejectedException(row.lineNumber(), keyColumn,
                    "与第 " + first + " 行重复：同一文件中「" + keyColumn + "」相同的行只导入第一行", row.originalText());
        }
        return new ValidRow(row.lineNumber(), parameters, key);
    }
}
