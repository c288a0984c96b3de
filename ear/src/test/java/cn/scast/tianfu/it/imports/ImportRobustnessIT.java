package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.imports.file.HostileXlsx;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.IdNumberHasher;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports lose no valid row to a broken one, through the real worker import job: an unbalanced quote
 * rejects only its own line, a NUL byte only its row; hostile XLSX files (zip bomb, external entity) fail
 * with a Chinese reason on the job and the import record; the reject report neutralises formulas.
 */
@PlatformTest
class ImportRobustnessIT {

    private static final String HEADER = "name,id_number,mobile,email,city_code,county_code,discipline_code,title";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ImportRobustnessIT.class, MembershipImportFixtures.class,
                HostileXlsx.class, JobAwait.class, ApiCalls.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportInbox")
    private ImportInbox inbox;

    @Inject
    private IdNumberHasher hasher;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    private MembershipImportFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new MembershipImportFixtures(jobs, inbox, dataSource);
    }

    @Test
    void unbalancedQuoteOnLineThreeRejectsOnlyLineThree() throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int line = 2; line <= 10; line++) {
            String id = MembershipImportFixtures.idNumber();
            ids.add(id);
            String title = switch (line) {
                case 3 -> "\"高级工程师";           // the quote is never closed on its line
                case 8 -> "27\" 显示器研究员";       // a literal quote that used to close the field of line 3
                default -> "研究员";
            };
            lines.add("工作者" + line + "," + id + ",,,510100,,," + title);
        }
        String name = "workers_" + UUID.randomUUID() + ".csv";
        Path file = MembershipImportFixtures.csv(name, StandardCharsets.UTF_8, lines.toArray(String[]::new));

        JobExecution execution = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        long instance = fixtures.instanceOf(execution);
        assertEquals(List.of("3:title"), fixtures.rejects(instance));
        String reason = fixtures.reason(instance, 3);
        assertTrue(reason.contains("引号") && reason.contains("只拒绝第 3 行"), reason);
        for (int i = 0; i < ids.size(); i++) {
            int line = i + 2;
            assertEquals(line == 3 ? 0 : 1, fixtures.count("SELECT COUNT(*) FROM mem_worker WHERE id_hash = ?",
                    hash(ids.get(i))), "line " + line);
        }
        assertEquals("27\" 显示器研究员", fixtures.single("SELECT title FROM mem_worker WHERE id_hash = ?", hash(ids.get(6))));

        String report = rejectReport(execution.getExecutionId());
        assertTrue(report.contains(name + ",3,title,"), report);
    }

    @Test
    void nulByteRejectsOnlyItsRow() throws Exception {
        String id1 = MembershipImportFixtures.idNumber();
        String id2 = MembershipImportFixtures.idNumber();
        String id3 = MembershipImportFixtures.idNumber();
        Path file = Files.createTempDirectory("robustness-it").resolve("workers_" + UUID.randomUUID() + ".csv");
        Files.write(file, (HEADER + "\n"
                + "王勃," + id1 + ",,,510100,,,研究员\n"
                + "杨\0炯," + id2 + ",,,510100,,,研究员\n"
                + "卢照邻," + id3 + ",,,510100,,,研究员\n").getBytes(StandardCharsets.UTF_8));

        JobExecution execution = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        long instance = fixtures.instanceOf(execution);
        assertEquals(List.of("3:name"), fixtures.rejects(instance));
        assertEquals("第 1 列含有空字符 (NUL)", fixtures.reason(instance, 3));
        assertEquals(2, fixtures.count("SELECT COUNT(*) FROM mem_worker WHERE id_hash IN (?, ?)", hash(id1), hash(id3)));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM mem_worker WHERE id_hash = ?", hash(id2)));
    }

    @Test
    void zipBombXlsxFailsWithAChineseReason() throws Exception {
        String name = "workers_" + UUID.randomUUID() + ".xlsx";
        Path file = HostileXlsx.zipBomb(Files.createTempDirectory("robustness-it").resolve(name), 40L * 1024 * 1024,
                HEADER, "骆宾王," + MembershipImportFixtures.idNumber() + ",,,510100,,,研究员");
        assertHostileFileFails(name, file, "压缩炸弹");
    }

    @Test
    void externalEntityXlsxFailsWithAChineseReason() throws Exception {
        String name = "workers_" + UUID.randomUUID() + ".xlsx";
        Path file = HostileXlsx.externalEntity(Files.createTempDirectory("robustness-it").resolve(name),
                HEADER, "陈子昂," + MembershipImportFixtures.idNumber() + ",,,510100,,,研究员");
        assertHostileFileFails(name, file, "DOCTYPE");
    }

    private void assertHostileFileFails(String name, Path file, String expected) throws Exception {
        JobExecution execution = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains(expected) && execution.getExitStatus().contains(name),
                execution.getExitStatus());
        List<List<String>> record = fixtures.query("SELECT outcome, message FROM import_file WHERE file_name = ?", name);
        assertEquals("FAILED", record.get(0).get(0), record.toString());
        assertTrue(record.get(0).get(1).contains(expected), record.toString());
        assertFalse(record.get(0).get(1).contains("详见服务器日志"), record.toString());

        HttpResponse<String> view = admin.get("v1/imports/" + execution.getExecutionId());
        assertEquals(200, view.statusCode(), view.body());
        assertTrue(view.body().contains(expected), view.body());
    }

    @Test
    void rejectReportNeutralisesFormulaCells() throws Exception {
        String id = MembershipImportFixtures.idNumber();
        String name = "workers_" + UUID.randomUUID() + ".csv";
        Path file = MembershipImportFixtures.csv(name, StandardCharsets.UTF_8, HEADER,
                "=cmd|' /C calc'!A0," + id + ",,,510100,,,研究员",
                "@SUM(1+1)," + MembershipImportFixtures.idNumber() + ",,,510100,,,研究员");

        JobExecution execution = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        String report = rejectReport(execution.getExecutionId());
        // the ID number is masked in the report (the kind's redact), its first six digits stay
        assertTrue(report.contains(",\"'=cmd|' /C calc'!A0," + id.substring(0, 6)), report);
        assertTrue(report.contains(",\"'@SUM(1+1),"), report);
        for (String line : report.split("\r\n")) {
            for (String start : List.of(",=", ",\"=", ",@", ",\"@", ",+", ",\"+", ",-", ",\"-")) {
                assertFalse(line.contains(start), "formula start in " + line);
            }
        }
    }

    private String rejectReport(long executionId) throws Exception {
        HttpResponse<String> report = admin.get("v1/imports/" + executionId + "/rejects.csv");
        assertEquals(200, report.statusCode(), report.body());
        return report.body();
    }

    private String hash(String idNumber) {
        return hasher.hash(ResidentIdNumber.parse(idNumber));
    }
}
