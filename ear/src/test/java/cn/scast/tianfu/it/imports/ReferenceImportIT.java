package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.imports.SeedLoader;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference-data import job: seeds on first start, then a file with bad rows. */
@PlatformTest
class ReferenceImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReferenceImportIT.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/SeedLoader")
    private SeedLoader seeds;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void seedsAreLoadedOnFirstStart() throws Exception {
        assertTrue(seeds.finished(), "every seed job recorded as completed");

        assertEquals(21, count("SELECT COUNT(*) FROM ref_city"));
        assertEquals(183, count("SELECT COUNT(*) FROM ref_county"));
        assertEquals("阿坝藏族羌族自治州", text("SELECT name FROM ref_city WHERE code = '513200'"));
        assertEquals("会理市", text("SELECT name FROM ref_county WHERE code = '513402'"));
        assertTrue(count("SELECT COUNT(*) FROM ref_taxonomy_term WHERE taxonomy = 'DISCIPLINE' AND level = 1") >= 60);
        assertEquals(20, count("SELECT COUNT(*) FROM ref_taxonomy_term WHERE taxonomy = 'INDUSTRY' AND level = 1"));
    }

    @Test
    void badRowsAreReportedWithLineAndReasonWhileGoodRowsLandOnce() throws Exception {
        Path dir = Files.createTempDirectory("reference-it");
        write(dir, "cities.csv", StandardCharsets.UTF_8,
                "code,name,sort_order",
                "510100,成都市,1",
                "5101,短码市,2",
                "510300,,2",
                "\"=HYPERLINK(\"\"http://x\"\")\",注入市,3",
                "510400,攀枝花市,3");
        // GB18030 as city associations' Excel exports often are; the county code must match its city.
        write(dir, "counties.csv", Charset.forName("GB18030"),
                "code,name,city_code",
                "510104,锦江区,510100",
                "510399,错配县,510100");
        write(dir, "disciplines.csv", StandardCharsets.UTF_8, "code,name,parent_code,level", "110,数学,,1");
        write(dir, "industries.csv", StandardCharsets.UTF_8, "code,name,parent_code,level", "A,农、林、牧、渔业,,1",
                "01,农业,,2");

        JobExecution first = run(dir);
        JobExecution second = run(dir);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(21, count("SELECT COUNT(*) FROM ref_city"), "good rows upserted, nothing duplicated");
        assertEquals(183, count("SELECT COUNT(*) FROM ref_county"));
        List<String> rejects = rejectsOf(jobs.instanceId(first.getExecutionId()));
        assertEquals(List.of(
                "cities.csv:3:code",
                "cities.csv:4:name",
                "cities.csv:5:code",
                "counties.csv:3:code",
                "industries.csv:3:parent_code"), rejects.stream().map(r -> r.substring(0, r.indexOf(' '))).toList());
        assertTrue(rejects.get(1).contains("必填字段「name」为空"), rejects.get(1));
        assertTrue(rejects.get(2).contains("公式"), rejects.get(2));
        assertTrue(rejects.get(3).contains("不属于市州 510100"), rejects.get(3));
    }

    private JobExecution run(Path dir) throws InterruptedException {
        Properties parameters = new Properties();
        parameters.setProperty("dir", dir.toString());
        return JobAwait.end(jobs, jobs.start("reference-import", parameters));
    }

    private List<String> rejectsOf(long instanceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT file_name, line_number, column_name, reason FROM import_reject "
                             + "WHERE job_instance_id = ? ORDER BY file_name, line_number")) {
            select.setLong(1, instanceId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return rows;
        }
    }

    private static void write(Path dir, String name, Charset charset, String... lines) throws Exception {
        Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(charset));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
