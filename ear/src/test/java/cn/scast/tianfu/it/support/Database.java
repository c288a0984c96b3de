package cn.scast.tianfu.it.support;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads for in-container tests that look at the database directly (counts, one value, an import's rejects). */
public final class Database {

    private Database() {
    }

    /** The first column of the first row as a number (a COUNT, a MAX). */
    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row as text. */
    public static String text(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** An import's rejected rows as "file:line:column", in line order. */
    public static List<String> rejectsOf(DataSource dataSource, long jobInstanceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT file_name, line_number, column_name FROM import_reject WHERE job_instance_id = ? ORDER BY line_number")) {
            select.setLong(1, jobInstanceId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(Path.of(rs.getString(1)).getFileName() + ":" + rs.getLong(2) + ":" + rs.getString(3));
                }
            }
            return rows;
        }
    }
}
