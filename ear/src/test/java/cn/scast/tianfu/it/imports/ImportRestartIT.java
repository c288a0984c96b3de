package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportDirectories;
import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.imports.ImportStatus;
import cn.scast.tianfu.imports.ImportRequestException;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.imports.StaleExecutionRecovery;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import interrupted mid-way (stopped after a chunk, as a crash leaves it after its last commit) and
 * restarted resumes from its checkpoint: in the end every good row is there exactly once, written
 * exactly once (no chunk replayed), and every bad row is reported exactly once.
 */
@PlatformTest
class ImportRestartIT {

    private static final int ROWS = 200_000;
    private static final int BAD_EVERY = 20_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ImportRestartIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportInbox")
    private ImportInbox inbox;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportStatus")
    private ImportStatus status;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/StaleExecutionRecovery")
    private StaleExecutionRecovery recovery;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void executionLeftStartedByACrashIsMarkedFailedAndThenResumes() throws Exception {
        int rows = 30_000;
        long base = 6_000_000_000L + ThreadLocalRandom.current().nextLong(1000) * 1_000_000;
        String range = "id BETWEEN " + (base + 1) + " AND " + (base + rows);
        Path file = generate(base, rows);
        int bad = rows / BAD_EVERY;
        long first = inbox.upload("scratch", file.getFileName().toString(), file, null, "it").executionId();
        Await.closely("the first chunk committed", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM import_scratch WHERE " + range) > 0);
        inbox.stop(first);
        assertEquals(BatchStatus.STOPPED, awaitEnd(first).getBatchStatus());
        // what kill -9 leaves behind: the repository still says STARTED, from before this server started
        String executions = batchTable("executioninstancedata");
        update("UPDATE " + executions + " SET batchstatus = 'STARTED', endtime = NULL, "
                + "createtime = createtime - INTERVAL 1 DAY WHERE jobexecid = " + first);
        update("UPDATE " + batchTable("stepexecutioninstancedata") + " SET batchstatus = 'STARTED' WHERE jobexecid = " + first);
        assertEquals(BatchStatus.STARTED, jobs.execution(first).getBatchStatus());
        org.junit.jupiter.api.Assertions.assertThrows(ImportRequestException.class, () -> inbox.restart(first),
                "a STARTED execution cannot be restarted");

        java.util.List<Long> marked = recovery.markStale(new java.sql.Timestamp(System.currentTimeMillis() - 3_600_000));

        assertTrue(marked.contains(first), marked.toString());
        JobExecution failed = jobs.execution(first);
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(StaleExecutionRecovery.EXIT_STATUS, failed.getExitStatus());
        long second = inbox.restart(first);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(second).getBatchStatus());
        assertEquals(rows - bad, count("SELECT COUNT(*) FROM import_scratch WHERE " + range));
        assertEquals(1, count("SELECT MAX(writes) FROM import_scratch WHERE " + range));
        assertEquals(bad, count("SELECT COUNT(*) FROM import_reject WHERE job_instance_id = " + jobs.instanceId(first)));
    }

    @Test
    void stoppedImportResumesFromItsCheckpointAndEndsExactlyAsIfItRanOnce() throws Exception {
        long base = 5_000_000_000L + ThreadLocalRandom.current().nextLong(1000) * 1_000_000;
        String range = "id BETWEEN " + (base + 1) + " AND " + (base + ROWS);
        Path file = generate(base, ROWS);
        int bad = ROWS / BAD_EVERY;

        long first = inbox.upload("scratch", file.getFileName().toString(), file, null, "it").executionId();
        long instance = jobs.instanceId(first);
        // interrupt as soon as the first chunk has committed
        Await.closely("the first chunk committed", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM import_scratch WHERE " + range) > 0);
        inbox.stop(first);
        JobExecution stopped = awaitEnd(first);

        assertEquals(BatchStatus.STOPPED, stopped.getBatchStatus(), "interrupted mid-way, not finished");
        long afterStop = count("SELECT COUNT(*) FROM import_scratch WHERE " + range);
        assertTrue(afterStop > 0 && afterStop < ROWS - bad, "partly loaded: " + afterStop);

        long second = inbox.restart(first);
        JobExecution completed = awaitEnd(second);

        assertEquals(BatchStatus.COMPLETED, completed.getBatchStatus(), completed.getExitStatus());
        assertEquals(instance, jobs.instanceId(second), "same job instance");
        assertEquals(ROWS - bad, count("SELECT COUNT(*) FROM import_scratch WHERE " + range), "every good row");
        assertEquals(1, count("SELECT MAX(writes) FROM import_scratch WHERE " + range),
                "no row written twice: the restart resumed after the last committed chunk");
        assertEquals(ROWS - bad, count("SELECT COUNT(DISTINCT line_number) FROM import_scratch WHERE " + range));
        assertEquals(bad, count("SELECT COUNT(*) FROM import_reject WHERE job_instance_id = " + instance),
                "every bad row reported once");
        assertEquals(bad, count("SELECT COUNT(DISTINCT line_number) FROM import_reject WHERE job_instance_id = " + instance));
        assertEquals(bad, status.rejects(second, 1000).size());
        // the restarted run only read what was left
        long readByRestart = status.execution(second).orElseThrow().read();
        assertTrue(readByRestart < ROWS && readByRestart + afterStop >= ROWS - bad,
                "restart read " + readByRestart + " rows after " + afterStop + " were committed");
        // the file is filed as completed once the job ended
        assertEquals("COMPLETED", Await.value("the file filed as completed", Duration.ofSeconds(10), () -> {
            inbox.reconcile();
            return outcome(instance);
        }, "COMPLETED"::equals));
        assertEquals(1, count("SELECT COUNT(*) FROM import_file WHERE job_instance_id = " + instance
                + " AND current_path LIKE '" + ImportDirectories.archive() + "/%'"));
    }

    /** Like JobAwait, but with room for 200,000 rows on a slow machine. */
    private JobExecution awaitEnd(long executionId) throws Exception {
        return Await.value("job execution " + executionId + " ended", Duration.ofSeconds(600),
                () -> jobs.execution(executionId), execution -> execution.getEndTime() != null
                        && !EnumSet.of(BatchStatus.STARTED, BatchStatus.STARTING, BatchStatus.STOPPING)
                        .contains(execution.getBatchStatus()));
    }

    private Path generate(long base, int rowCount) throws Exception {
        Path dir = Files.createTempDirectory("restart-it");
        Path file = dir.resolve("scratch_restart-" + UUID.randomUUID() + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,code,title,city_code,amount,contact,description\n");
            for (int i = 1; i <= rowCount; i++) {
                String city = i % BAD_EVERY == 0 ? "990000" : "51" + String.format("%02d", 1 + i % 20) + "00";
                out.write((base + i) + ",L-" + i + ",四川省科技成果第" + i + "号：高性能材料与智能制造," + city + ","
                        + (i % 1000) + ".50,028-8765" + String.format("%04d", i % 10000)
                        + ",\"供需信息，含逗号与“引号”\"\n");
            }
        }
        return file;
    }

    private String outcome(long instance) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT outcome FROM import_file WHERE job_instance_id = " + instance)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private String batchTable(String lowerName) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND LOWER(table_name) = '" + lowerName + "'")) {
            assertTrue(rs.next(), "batch table " + lowerName);
            return rs.getString(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, c.createStatement().executeUpdate(sql) > 0 ? 1 : 0, sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
