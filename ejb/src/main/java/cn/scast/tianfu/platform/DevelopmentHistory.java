package cn.scast.tianfu.platform;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recognises a database migrated with the development history (V1 "reference and accounts" up to V100
 * "volunteering") that the per-area baselines replaced before the first release. Flyway alone would refuse such a
 * database with a checksum or description mismatch that does not say what to do.
 */
enum DevelopmentHistory {
    /** No history table, or one written by the baselines. */
    ABSENT,
    /** Every development migration applied: the schema equals the baselines' (tools/compare-schemas.sh proves it). */
    COMPLETE,
    /** Stopped part-way through the development history: its schema is none the baselines can take over. */
    INCOMPLETE;

    /** The last baseline: a database with the complete development history is marked as migrated up to here. */
    static final String LAST_BASELINE = "17";

    private static final String FIRST_DESCRIPTION = "reference and accounts";
    private static final String LAST_VERSION = "100";

    static DevelopmentHistory of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_name = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return ABSENT;
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT "
                    + "SUM(version = '1' AND description = '" + FIRST_DESCRIPTION + "'), "
                    + "SUM(version = '" + LAST_VERSION + "' AND success = 1), "
                    + "SUM(success = 0) FROM flyway_schema_history")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return ABSENT;
                }
                return rs.getInt(2) == 1 && rs.getInt(3) == 0 ? COMPLETE : INCOMPLETE;
            }
        }
    }

    /** Forgets the development history, so that Flyway baselines the (identical) schema instead of validating it. */
    static void forget(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE flyway_schema_history");
        }
    }
}
