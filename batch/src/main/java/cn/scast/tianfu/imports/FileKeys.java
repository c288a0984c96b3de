package cn.scast.tianfu.imports;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The natural keys one step has seen in its file, each with the line that first had it. Kept in memory for the
 * step execution (shared by processor and writer through the step's transient user data) and in
 * import_file_key, written with each chunk, so a restart after a crash knows the keys of the committed lines.
 */
public final class FileKeys {

    private final Map<String, Long> firstLines;

    private FileKeys(Map<String, Long> firstLines) {
        this.firstLines = firstLines;
    }

    /** The keys of this step execution; on its first use, those committed by earlier executions of the instance. */
    public static FileKeys of(jakarta.batch.runtime.context.StepContext step, long jobInstanceId, DataSource dataSource)
            throws SQLException {
        if (step.getTransientUserData() instanceof FileKeys keys) {
            return keys;
        }
        FileKeys keys = new FileKeys(load(jobInstanceId, step.getStepName(), dataSource));
        step.setTransientUserData(keys);
        return keys;
    }

    /** Claims {@code key} for {@code line}; returns the line of an earlier claim, or null if the key is new. */
    public Long claim(String key, long line) {
        return firstLines.putIfAbsent(key, line);
    }

    /** Persists the keys of a written chunk, in the chunk's transaction (same connection as the rows). */
    public static void record(Connection connection, long jobInstanceId, String stepName, List<Object> items)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_file_key (job_instance_id, step_name, natural_key, line_number) VALUES (?, ?, ?, ?)")) {
            int batched = 0;
            for (Object item : items) {
                ValidRow row = (ValidRow) item;
                if (row.uniqueKey() == null) {
                    continue;
                }
                insert.setLong(1, jobInstanceId);
                insert.setString(2, stepName);
                insert.setString(3, row.uniqueKey());
                insert.setLong(4, row.lineNumber());
                insert.addBatch();
                batched++;
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Drops the keys of a finished step: a completed instance cannot be restarted. */
    public static void forget(DataSource dataSource, long jobInstanceId, String stepName) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM import_file_key WHERE job_instance_id = ? AND step_name = ?")) {
            delete.setLong(1, jobInstanceId);
            delete.setString(2, stepName);
            delete.executeUpdate();
        }
    }

    private static Map<String, Long> load(long jobInstanceId, String stepName, DataSource dataSource) throws SQLException {
        Map<String, Long> keys = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT natural_key, line_number FROM import_file_key WHERE job_instance_id = ? AND step_name = ?")) {
            select.setLong(1, jobInstanceId);
            select.setString(2, stepName);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return keys;
    }
}
