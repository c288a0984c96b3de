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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes a chunk inside the chunk transaction: either the whole chunk and its checkpoint commit, or
 * neither, which is what makes restarts exact. Unique keys of the chunk's rows (targets with one key per
 * file) are recorded in the same transaction.
 * <p>
 * On MariaDB the chunk's rows are streamed from memory into the staging table import_stage with one
 * {@code LOAD DATA LOCAL}, upserted into the target with one {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE}
 * in file order (later rows of a key win, as with separate statements) and deleted from the stage again: the
 * server parses three statements per chunk instead of binding tens of thousands of placeholders.
 * Otherwise (another driver, a server without local_infile, more parameters than staging columns, a
 * parameter type without a text form, or {@code -Dtianfu.import.loadData=false}) rows go in multi-row upserts
 * of up to {@link #ROWS_PER_STATEMENT} tuples, sent as one pipelined JDBC batch prepared on the server.
 */
@Named
@Dependent
public class UpsertWriter extends AbstractItemWriter {

    static final int ROWS_PER_STATEMENT = 1000;

    /** Parameter columns of import_stage (v1..v16). */
    static final int STAGE_COLUMNS = 16;

    static final String LOAD_DATA_PROPERTY = "tianfu.import.loadData";

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
    private Boolean staging;
    private String stagedUpsert;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        if (importTarget == null) {
            importTarget = targets.byName(target);
            upsert = MultiRowUpsert.of(importTarget.upsertSql());
            fullStatement = upsert.sql(ROWS_PER_STATEMENT);
        }
        try (Connection connection = dataSource.getConnection()) {
            Connection physical = physical(connection);
            byte[] staged = stagingPossible(physical) ? StageRows.encode(items, upsert.parametersPerRow()) : null;
            if (staged != null) {
                writeThroughStage((org.mariadb.jdbc.Connection) physical, staged, items.size());
            } else {
                writeMultiRow(connection, physical, items);
            }
            if (importTarget.uniqueKeyColumn() != null) {
                FileKeys.record(connection, jobContext.getInstanceId(), stepContext.getStepName(), items);
            }
        }
    }

    /**
     * Whether chunks can go through the staging table: MariaDB's driver (it streams a LOAD DATA LOCAL from
     * memory), a server that accepts LOAD DATA LOCAL, few enough parameters for the staging columns, and not
     * switched off with the system property {@value #LOAD_DATA_PROPERTY}{@code =false}.
     */
    private boolean stagingPossible(Connection physical) throws SQLException {
        if (staging == null) {
            staging = physical instanceof org.mariadb.jdbc.Connection
                    && upsert.parametersPerRow() <= STAGE_COLUMNS
                    && localInfileAllowed(physical);
            if (staging) {
                stagedUpsert = upsert.insertSelect(n -> "import_stage_row.v" + n,
                        "import_stage import_stage_row WHERE import_stage_row.stage_key = ? "
                                + "ORDER BY import_stage_row.stage_line");
            }
        }
        return staging && !"false".equals(System.getProperty(LOAD_DATA_PROPERTY));
    }

    private static boolean localInfileAllowed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT @@local_infile")) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    /**
     * One LOAD DATA of the chunk's rows into the staging table, one set-based upsert from there into the
     * target in file order, then the staging rows deleted: three statements instead of a few thousand
     * placeholders per thousand rows, in the chunk's transaction. The driver sends exactly the stream set
     * here; a statement without one never reads a local file (see the README's import section).
     */
    private void writeThroughStage(org.mariadb.jdbc.Connection physical, byte[] staged, int rows) throws SQLException {
        long key = jobContext.getExecutionId();
        try (org.mariadb.jdbc.Statement load = physical.createStatement()) {
            load.setLocalInfileInputStream(new ByteArrayInputStream(staged));
            StringBuilder columns = new StringBuilder("stage_line");
            for (int n = 1; n <= upsert.parametersPerRow(); n++) {
                columns.append(", v").append(n);
            }
            int loaded = load.executeUpdate("LOAD DATA LOCAL INFILE 'chunk.tsv' INTO TABLE import_stage "
                    + "CHARACTER SET utf8mb4 (" + columns + ") SET stage_key = " + key);
            if (loaded != rows) {
                throw new IllegalStateException("staging of execution " + key + " took " + loaded + " of "
                        + rows + " rows (rows of an earlier chunk left behind?)");
            }
        }
        try (PreparedStatement upsertFromStage = physical.prepareStatement(stagedUpsert);
             PreparedStatement clear = physical.prepareStatement("DELETE FROM import_stage WHERE stage_key = ?")) {
            upsertFromStage.setLong(1, key);
            upsertFromStage.executeUpdate();
            clear.setLong(1, key);
            clear.executeUpdate();
        }
    }

    private void writeMultiRow(Connection connection, Connection physical, List<Object> items) throws Exception {
        int full = items.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement statement = serverPrepared(connection, physical, fullStatement)) {
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
    }

    /**
     * A statement prepared by the MariaDB server (binary protocol), or an ordinary one if the pool's driver is
     * not MariaDB's. Payara hands out wrapped connections whose {@code unwrap} only serves interfaces; its
     * documented {@code com.sun.appserv.jdbc.DataSource#getConnection(Connection)} gives the driver's connection
     * behind the wrapper: the same physical connection, enlisted in the chunk transaction, so the statement's
     * rows commit or roll back with the chunk. The wrapper stays the one that is closed.
     */
    private PreparedStatement serverPrepared(Connection connection, Connection physical, String sql)
            throws SQLException {
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
