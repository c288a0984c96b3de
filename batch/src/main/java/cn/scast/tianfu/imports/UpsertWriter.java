package cn.scast.tianfu.imports;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Writes a chunk as one JDBC batch inside the chunk transaction: either the whole chunk and its
 * checkpoint commit, or neither, which is what makes restarts exact.
 */
@Named
@Dependent
public class UpsertWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String target;

    @Inject
    private ImportTargets targets;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        String sql = targets.byName(target).upsertSql();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object item : items) {
                List<Object> parameters = ((ValidRow) item).parameters();
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
