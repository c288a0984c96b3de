package cn.scast.tianfu.it.platform;

import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.HealthService;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server: the batch runtime runs a job on MariaDB, and Chinese text survives a round trip. */
@PlatformTest
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PlatformIT.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/HealthService")
    private HealthService health;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void batchJobRunsToCompletionAndReadsTheDatabase() throws Exception {
        long executionId = jobs.start("platform-check", new Properties());

        JobExecution execution = JobAwait.end(jobs, executionId);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().startsWith("CITIES="), execution.getExitStatus());
    }

    @Test
    void healthServiceSeesBothComponents() {
        assertTrue(health.check().up(), health.check().toString());
    }

    @Test
    void fourByteChineseCharactersRoundTripThroughThePool() throws Exception {
        String name = "𠮷野家测试学科·" + System.nanoTime() % 100_000;
        String code = "T" + System.nanoTime() % 1_000_000_000L;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ref_taxonomy_term (taxonomy, code, name, level) VALUES ('DISCIPLINE', ?, ?, 1)")) {
                insert.setString(1, code);
                insert.setString(2, name);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, CHAR_LENGTH(name) FROM ref_taxonomy_term WHERE taxonomy = 'DISCIPLINE' AND code = ?")) {
                select.setString(1, code);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    assertEquals(name, rs.getString(1));
                    assertEquals(name.codePointCount(0, name.length()), rs.getInt(2));
                }
            }
        }
    }
}
