package cn.scast.tianfu.imports;

import cn.scast.tianfu.platform.NodeRole;
import cn.scast.tianfu.platform.SchemaMigration;
import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * After a crash (kill -9, power loss) the batch repository still says STARTED for the executions that
 * were running, and JobOperator.restart refuses them. At start-up, executions in STARTING, STARTED or
 * STOPPING that began before this JVM started cannot be running any more: they are marked FAILED with
 * a Chinese exit status, so they can be restarted from their last checkpoint. (Single-server
 * deployment: with several servers sharing one repository this would need an owner column.)
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StaleExecutionRecovery {

    private static final Logger LOG = Logger.getLogger(StaleExecutionRecovery.class.getName());
    public static final String EXIT_STATUS = "服务器在作业运行中停止，已标记为失败，可从上次提交处重新运行";

    @Resource(lookup = "jdbc/batch")
    private DataSource dataSource;

    private final List<Long> recovered = new ArrayList<>();

    @EJB
    private SchemaMigration schema;

    @PostConstruct
    void recover() {
        if (!NodeRole.current().runsBackOffice()) {
            return; // a portal node runs no jobs; the back office's running executions are not stale
        }
        schema.ensureCurrent();
        recovered.addAll(markStale(new Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime())));
    }

    /**
     * Marks FAILED every execution in STARTING, STARTED or STOPPING created before {@code before}.
     * Called at start-up with the JVM start time; public for tests that simulate a crash.
     *
     * @return the executions marked
     */
    public List<Long> markStale(Timestamp before) {
        List<Long> recovered = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Optional<String> executions = table(connection, "executioninstancedata");
            if (executions.isEmpty()) {
                return recovered; // the batch runtime has not created its tables yet: nothing ran before
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT jobexecid FROM " + executions.get()
                    + " WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND createtime < ?")) {
                select.setTimestamp(1, before);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        recovered.add(rs.getLong(1));
                    }
                }
            }
            if (recovered.isEmpty()) {
                return recovered;
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            for (long id : recovered) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + executions.get()
                        + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?, updatetime = ? WHERE jobexecid = ?")) {
                    update.setString(1, EXIT_STATUS);
                    update.setTimestamp(2, now);
                    update.setTimestamp(3, now);
                    update.setLong(4, id);
                    update.executeUpdate();
                }
                Optional<String> steps = table(connection, "stepexecutioninstancedata");
                if (steps.isPresent()) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE " + steps.get()
                            + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ? WHERE jobexecid = ? "
                            + "AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')")) {
                        update.setString(1, EXIT_STATUS);
                        update.setTimestamp(2, now);
                        update.setLong(3, id);
                        update.executeUpdate();
                    }
                }
            }
            LOG.warning("job executions left running by the previous server life marked FAILED (restartable): " + recovered);
        } catch (SQLException e) {
            LOG.warning("cannot check for job executions left running before this start: " + e.getMessage());
        }
        return recovered;
    }

    /** Executions the start-up of this server marked FAILED. */
    public List<Long> recovered() {
        return List.copyOf(recovered);
    }

    private static Optional<String> table(Connection connection, String lowerName) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND LOWER(table_name) = ?")) {
            select.setString(1, lowerName);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
