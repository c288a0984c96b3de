package cn.scast.tianfu.imports;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Writes a chunk inside the chunk transaction: either the whole chunk and its checkpoint commit, or
 * neither, which is what makes restarts exact. Rows go in multi-row upserts of up to {@link #ROWS_PER_STATEMENT}
 * tuples (rows of one statement are applied in file order, as separate statements would be). Unique keys
 * of the chunk's rows (targets with one key per file) are recorded in the same transaction.
 */
@Named
@Dependent
public class UpsertWriter extends AbstractItemWriter {

    static final int ROWS_PER_STATEMENT = 1000;

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

    private ImportTarget importTarget;
    private MultiRowUpsert upsert;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        if (importTarget == null) {
            importTarget = targets.byName(target);
            upsert = MultiRowUpsert.of(importTarget.upsertSql());
        }
        try (Connection connection = dataSource.getConnection()) {
            int full = items.size() / ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement statement = connection.prepareStatement(upsert.sql(ROWS_PER_STATEMENT))) {
                    for (int block = 0; block < full; block++) {
                        bind(statement, items, block * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                        statement.executeUpdate();
                    }
                }
            }
            int rest = items.size() - full * ROWS_PER_STATEMENT;
            if (rest > 0) {
                try (PreparedStatement statement = connection.prepareStatement(upsert.sql(rest))) {
                    bind(statement, items, full * ROWS_PER_STATEMENT, rest);
                    statement.executeUpdate();
                }
            }
            if (importTarget.uniqueKeyColumn() != null) {
                FileKeys.record(connection, jobContext.getInstanceId(), stepContext.getStepName(), items);
            }
        }
    }

    private void bind(PreparedStatement statement, List<Object> items, int from, int rows) throws Exception {
        int index = 1;
        for (int r = from; r < from + rows; r++) {
            List<Object> parameters = ((ValidRow) items.get(r)).parameters();
            if (parameters.size() != upsert.parametersPerRow()) {
                throw new IllegalStateException("target " + target + " gave " + parameters.size()
                        + " parameters for " + upsert.parametersPerRow() + " placeholders");
            }
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
        }
    }
}
