package cn.scast.tianfu.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes import_file and import_reject with plain JDBC (autocommit outside the jobs' transactions). */
@ApplicationScoped
public class ImportFileStore {

    private static final String COLUMNS = "id, kind, file_name, sha256, size_bytes, source, received_at, received_by, "
            + "declared_encoding, estimated_rows, current_path, job_name, job_instance_id, job_execution_id, outcome, "
            + "message, finished_at";

    @Inject
    private Clock clock;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    /** Inserts a received file; empty if the same kind and sha256 is already there. */
    public Optional<Long> insert(String kind, String fileName, String sha256, long size, String source, String user,
                                 String encoding, Long estimatedRows, String currentPath, String jobName) {
        String sql = "INSERT INTO import_file (kind, file_name, sha256, size_bytes, source, received_at, received_by, "
                + "declared_encoding, estimated_rows, current_path, job_name, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED')";
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind);
            insert.setString(2, truncate(fileName, 255));
            insert.setString(3, sha256);
            insert.setLong(4, size);
            insert.setString(5, source);
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            insert.setString(7, user);
            insert.setString(8, encoding);
            if (estimatedRows == null) {
                insert.setNull(9, Types.BIGINT);
            } else {
                insert.setLong(9, estimatedRows);
            }
            insert.setString(10, currentPath);
            insert.setString(11, jobName);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            return Optional.empty();
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw failure(e);
        }
    }

    public Optional<ImportFileRecord> bySha(String kind, String sha256) {
        return one("SELECT " + COLUMNS + " FROM import_file WHERE kind = ? AND sha256 = ?", kind, sha256);
    }

    public Optional<ImportFileRecord> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM import_file WHERE id = ?", id);
    }

    public Optional<ImportFileRecord> byInstance(long instanceId) {
        return one("SELECT " + COLUMNS + " FROM import_file WHERE job_instance_id = ?", instanceId);
    }

    public List<ImportFileRecord> running() {
        return list("SELECT " + COLUMNS + " FROM import_file WHERE outcome = 'RUNNING' ORDER BY id");
    }

    public List<ImportFileRecord> latest(int limit) {
        return list("SELECT " + COLUMNS + " FROM import_file WHERE job_instance_id IS NOT NULL ORDER BY id DESC LIMIT ?",
                limit);
    }

    public void started(long id, String currentPath, long instanceId, long executionId) {
        update("UPDATE import_file SET current_path = ?, job_instance_id = ?, job_execution_id = ?, outcome = 'RUNNING', "
                + "message = NULL, finished_at = NULL WHERE id = ?", currentPath, instanceId, executionId, id);
    }

    public void ended(long id, String outcome, String message, String currentPath) {
        update("UPDATE import_file SET outcome = ?, message = ?, current_path = ?, archived_path = ?, finished_at = ? "
                        + "WHERE id = ?", outcome, truncate(message, 1000), currentPath, currentPath,
                Timestamp.from(clock.instant()), id);
    }

    /** A file whose job could not even be started. */
    public void notStarted(long id, String message, String currentPath) {
        ended(id, "FAILED", message, currentPath);
    }

    public List<ImportRejectView> rejects(long instanceId, int limit) {
        String sql = "SELECT file_name, line_number, column_name, reason, original_text FROM import_reject "
                + "WHERE job_instance_id = ? ORDER BY step_name, line_number, id LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, instanceId);
            select.setInt(2, limit);
            List<ImportRejectView> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ImportRejectView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<ImportFileRecord> one(String sql, Object... parameters) {
        List<ImportFileRecord> rows = list(sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<ImportFileRecord> list(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            List<ImportFileRecord> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ImportFileRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8),
                            rs.getString(9), nullableLong(rs, 10), rs.getString(11), rs.getString(12),
                            nullableLong(rs, 13), nullableLong(rs, 14), rs.getString(15), rs.getString(16),
                            instant(rs.getTimestamp(17))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            bind(update, parameters);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("import_file: " + e.getMessage(), e);
    }
}
