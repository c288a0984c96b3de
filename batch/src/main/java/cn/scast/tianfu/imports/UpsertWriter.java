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
 * Writes a chunk as one JDBC batch inside the chunk transaction: either the whole chunk and its
 * checkpoint commit, or neither, which is what makes restarts exact. Unique keys of the chunk's rows
 * (targets with one key per file) are recorded in the same transaction.
 */
@Named
@Dependent
public class UpsertWriter extends AbstractItemWriter {

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
    public void writeItems(List<Object> items) throws Exception {
        ImportTarget importTarget = targets.byName(target);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(importTarget.upsertSql())) {
                for (Object item : items) {
                    List<Object> parameters = ((ValidRow) item).parameters();
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            if (importTarget.uniqueKeyColumn() != null) {
                FileKeys.record(connection, jobContext.getInstanceId(), stepContext.getStepName(), items);
            }
        }
    }
}
