package cn.scast.tianfu.platform;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Counts the cities through the application data source; the count becomes the exit status. */
@Named
@Dependent
public class PlatformCheckBatchlet extends AbstractBatchlet {

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Inject
    private StepContext stepContext;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM ref_city")) {
            rs.next();
            String status = "CITIES=" + rs.getLong(1);
            stepContext.setExitStatus(status);
            jobContext.setExitStatus(status);
            return status;
        }
    }
}
