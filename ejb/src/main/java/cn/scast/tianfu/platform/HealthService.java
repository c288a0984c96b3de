package cn.scast.tianfu.platform;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Tells whether the database and the batch runtime answer, for the health endpoint and monitoring. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    public HealthReport check() {
        return new HealthReport(database(), batch());
    }

    private ComponentHealth database() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT VERSION(), @@character_set_database, @@collation_database, "
                             // the latest applied, not MAX(version): versions are strings, and '9' > '17'
                             + "(SELECT version FROM flyway_schema_history WHERE success = 1 "
                             + "ORDER BY installed_rank DESC LIMIT 1)")) {
            rs.next();
            return ComponentHealth.up("MariaDB " + rs.getString(1) + ", " + rs.getString(2) + "/" + rs.getString(3)
                    + ", schema version " + rs.getString(4));
        } catch (SQLException e) {
            return ComponentHealth.down(e.getMessage());
        }
    }

    private ComponentHealth batch() {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            List<String> jobs = new ArrayList<>(operator.getJobNames());
            return ComponentHealth.up("batch runtime answers; " + jobs.size() + " job names known");
        } catch (RuntimeException e) {
            return ComponentHealth.down(e.toString());
        }
    }
}
