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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes a chunk inside the chunk transaction: either the whole chunk and its checkpoint commit, or
 * neither, which is what makes restarts exact. Rows go in multi-row upserts of up to {@link #ROWS_PER_STATEMENT}
 * tuples (rows of one statement are applied in file order, as separate statements would be). Unique keys
 * of the chunk's rows (targets with one key per file) are recorded in the same transaction.
 * <p>
 * The full statements of a chunk are sent as one JDBC batch, which Connector/J pipelines (the server executes
 * one while the next is on its way), and on MariaDB they are prepared on the server: the statement of a few
 * thousand placeholders is parsed once per chunk instead of once per thousand rows, and the values travel in
 * binary. Other drivers get an ordinary prepared statement.
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
    private String fullStatement;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        if (importTarget == null) {
            importTarget = targets.byName(target);
            upsert = MultiRowUpsert.of(importTarget.upsertSql());
            fullStatement = upsert.sql(ROWS_PER_STATEMENT);
        }
        try (Connection connection = dataSource.getConnection()) {
            int full = items.size() / ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement statement = serverPrepared(connection, fullStatement)) {
                    for (int block = 0; block < full; block++) {
                        bind(statement, items, block * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
            int rest = items.size() - full * ROWS_PER_STATEMENT;
            if (rest > 0) {
                // the last statement of a file has a length of its own: not worth a server-side statement
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

    /**
     * A statement prepared by the MariaDB server (binary protocol), or an ordinary one if the pool's driver is
     * not MariaDB's. Payara hands out wrapped connections whose {@code unwrap} only serves interfaces; its
     * documented {@code com.sun.appserv.jdbc.DataSource#getConnection(Connection)} gives the driver's connection
     * behind the wrapper: the same physical connection, enlisted in the chunk transaction, so the statement's
     * rows commit or roll back with the chunk. The wrapper stays the one that is closed.
     */
    private PreparedStatement serverPrepared(Connection connection, String sql) throws SQLException {
        Connection physical = physical(connection);
        if (physical instanceof org.mariadb.jdbc.Connection mariadb) {
            return mariadb.prepareInternal(sql, Statement.NO_GENERATED_KEYS, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY, true);
        }
        return connection.prepareStatement(sql);
    }

    private Connection physical(Connection connection) {
        if (connection instanceof org.mariadb.jdbc.Connection) {
            return connection;
        }
        try {
            Class<?> payaraDataSource = Class.forName("com.sun.appserv.jdbc.DataSource", false,
                    dataSource.getClass().getClassLoader());
            if (payaraDataSource.isInstance(dataSource)) {
                return (Connection) payaraDataSource.getMethod("getConnection", Connection.class)
                        .invoke(dataSource, connection);
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // not on Payara: the ordinary statement will do
        }
        return connection;
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
                // the typed setters spare the driver its search for a codec on each of a chunk's 80,000 values
                if (parameter instanceof String text) {
                    statement.setString(index++, text);
                } else if (parameter instanceof Long number) {
                    statement.setLong(index++, number);
                } else if (parameter instanceof Integer number) {
                    statement.setInt(index++, number);
                } else if (parameter instanceof BigDecimal number) {
                    statement.setBigDecimal(index++, number);
                } else {
                    statement.setObject(index++, parameter);
                }
            }
        }
    }
}
