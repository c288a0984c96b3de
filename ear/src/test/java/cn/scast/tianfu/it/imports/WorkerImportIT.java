package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.imports.JobControl;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worker import (科技工作者): rules of the worker screen per row, upsert by ID number hash, one ID per
 * file, raw ID numbers stored nowhere (not even in the reject report), a second run changes nothing,
 * GB18030 files detected.
 */
@PlatformTest
class WorkerImportIT {

    private static final String HEADER =
            "name,id_number,mobile,email,city_code,county_code,discipline_code,title,organisation_credit_code";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(WorkerImportIT.class, MembershipImportFixtures.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportInbox")
    private ImportInbox inbox;

    @Inject
    private IdNumberHasher hasher;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private MembershipImportFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new MembershipImportFixtures(jobs, inbox, dataSource);
    }

    @Test
    void goodRowsLandBadRowsAreReportedAndASecondRunChangesNothing() throws Exception {
        String company = MembershipImportFixtures.creditCode();
        JobExecution organisations = fixtures.upload("organisation", MembershipImportFixtures.csv(
                "organisations_" + UUID.randomUUID() + ".csv", StandardCharsets.UTF_8,
                "credit_code,name,type,city_code", company + ",成都工作者测试科技有限公司,企事业单位,510100"), null);
        assertEquals(BatchStatus.COMPLETED, organisations.getBatchStatus());
        String id1 = MembershipImportFixtures.idNumber();
        String id2 = MembershipImportFixtures.idNumber();
        String id3 = MembershipImportFixtures.idNumber();
        String wrongCheck = MembershipImportFixtures.withWrongCheck(MembershipImportFixtures.idNumber());
        String[] others = {MembershipImportFixtures.idNumber(), MembershipImportFixtures.idNumber(),
                MembershipImportFixtures.idNumber(), MembershipImportFixtures.idNumber(),
                MembershipImportFixtures.idNumber(), MembershipImportFixtures.idNumber()};
        Path file = MembershipImportFixtures.csv("workers_" + UUID.randomUUID() + ".csv", StandardCharsets.UTF_8,
                HEADER,
                "张三," + id1 + ",13800138000,zhangsan@example.cn,510100,510104,110,教授," + company,
                "𠮷李四," + id2 + ",139 0000 0000,,510700,,,,",
                "赵六," + wrongCheck + ",13700000000,,510100,,,,",
                "钱七," + others[0] + ",12345,,510100,,,,",
                "测".repeat(33) + "," + others[1] + ",,,510100,,,,",
                "孙八," + others[2] + ",,,519900,,,,",
                "周九," + id1 + ",,,510100,,,,",
                "吴十," + others[3] + ",,,510700,510104,,,",
                "郑一," + others[4] + ",,,510100,,,," + MembershipImportFixtures.creditCode(),
                "王二," + others[5] + ",,,510100,,,=cmd|' /C calc'!A0,",
                "王五," + id3 + ",,,510100,,,研究员,");

        JobExecution first = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals("COMPLETED", first.getExitStatus(), "rejected rows are no failure of the job");
        long instance = fixtures.instanceOf(first);
        assertEquals(List.of("4:id_number", "5:mobile", "6:name", "7:city_code", "8:id_number", "9:county_code",
                "10:organisation_credit_code", "11:title"), fixtures.rejects(instance));
        assertTrue(fixtures.reason(instance, 4).contains("身份证号校验位错误"), fixtures.reason(instance, 4));
        assertTrue(fixtures.reason(instance, 5).contains("手机号码格式不正确"), fixtures.reason(instance, 5));
        assertTrue(fixtures.reason(instance, 6).contains("长度不能超过 32 个字符"), fixtures.reason(instance, 6));
        assertTrue(fixtures.reason(instance, 7).contains("市州代码不存在"), fixtures.reason(instance, 7));
        assertTrue(fixtures.reason(instance, 8).contains("与第 2 行重复"), fixtures.reason(instance, 8));
        assertTrue(fixtures.reason(instance, 9).contains("区县代码不存在或不属于所选市州"), fixtures.reason(instance, 9));
        assertTrue(fixtures.reason(instance, 10).contains("所属单位不存在"), fixtures.reason(instance, 10));
        assertTrue(fixtures.reason(instance, 11).contains("公式"), fixtures.reason(instance, 11));

        List<String> zhang = worker(id1);
        assertEquals(List.of("张三", ResidentIdNumber.parse(id1).masked(), "13800138000", "zhangsan@example.cn",
                "510100", "510104", "110", "教授"), zhang.subList(0, 8));
        assertEquals(fixtures.single("SELECT id FROM mem_organisation WHERE credit_code = ?", company), zhang.get(8));
        assertEquals(List.of("𠮷李四", "13900000000", "510700"),
                List.of(worker(id2).get(0), worker(id2).get(2), worker(id2).get(4)));
        assertEquals("研究员", worker(id3).get(7));

        // The raw numbers are nowhere: not in the workers' columns and not in the reject report.
        for (String raw : List.of(id1, id2, id3, wrongCheck, others[0], others[5])) {
            assertEquals(0, fixtures.count("SELECT COUNT(*) FROM mem_worker WHERE CONCAT_WS(',', name, id_hash, "
                    + "id_masked, mobile, email, title) LIKE ?", "%" + raw + "%"), "raw ID number stored");
            assertEquals(0, fixtures.count("SELECT COUNT(*) FROM import_reject WHERE job_instance_id = ? "
                    + "AND CONCAT(reason, original_text) LIKE ?", instance, "%" + raw + "%"), "raw ID number in rejects");
        }
        String rejectedOriginal = fixtures.single("SELECT original_text FROM import_reject WHERE job_instance_id = ? "
                + "AND line_number = 4", instance);
        assertTrue(rejectedOriginal.contains(wrongCheck.substring(0, 6) + "********" + wrongCheck.substring(14)),
                rejectedOriginal);
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM import_file_key WHERE job_instance_id = ?", instance),
                "file keys removed once the step completed");

        String before = checksum(id1, id2, id3);
        JobExecution second = fixtures.run("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(before, checksum(id1, id2, id3), "second run of the same file changed the workers");
        assertEquals(fixtures.rejects(instance), fixtures.rejects(fixtures.instanceOf(second)));
    }

    @Test
    void gb18030FileIsDetectedAndAnEmptyCellKeepsWhatIsStored() throws Exception {
        String id1 = MembershipImportFixtures.idNumber();
        String id2 = MembershipImportFixtures.idNumber();
        Charset gb18030 = Charset.forName("GB18030");
        Path file = MembershipImportFixtures.csv("workers_" + UUID.randomUUID() + ".csv", gb18030, HEADER,
                "欧阳娜娜," + id1 + ",13612345678,,510100,510104,,高级工程师,",
                "诸葛亮," + id2 + ",,,510700,,,研究员,");

        JobExecution first = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals(List.of(), fixtures.rejects(fixtures.instanceOf(first)));
        assertEquals(List.of("欧阳娜娜", "13612345678", "高级工程师"),
                List.of(worker(id1).get(0), worker(id1).get(2), worker(id1).get(7)));
        assertEquals("诸葛亮", worker(id2).get(0));

        // A later file without the phone keeps the phone; a changed title is taken; declared encoding this time.
        Path update = MembershipImportFixtures.csv("workers_" + UUID.randomUUID() + ".csv", gb18030, HEADER,
                "欧阳娜娜," + id1 + ",,,510100,510104,,正高级工程师,");
        JobExecution second = fixtures.run("worker", update, "GB18030");

        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        assertEquals(List.of("13612345678", "正高级工程师"), List.of(worker(id1).get(2), worker(id1).get(7)));
        assertEquals("1", fixtures.single("SELECT version FROM mem_worker WHERE id_hash = ?", hash(id1)));
    }

    /** name, id_masked, mobile, email, city, county, discipline, title, organisation id of the worker. */
    private List<String> worker(String idNumber) throws Exception {
        List<List<String>> rows = fixtures.query("SELECT name, id_masked, mobile, email, city_code, county_code, "
                + "discipline_code, title, organisation_id FROM mem_worker WHERE id_hash = ?", hash(idNumber));
        assertFalse(rows.isEmpty(), "no worker with ID " + ResidentIdNumber.parse(idNumber).masked());
        return rows.get(0);
    }

    private String checksum(String... idNumbers) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String id : idNumbers) {
            String row = fixtures.single("SELECT CONCAT_WS('|', id, name, id_hash, id_masked, mobile, email, city_code, "
                    + "county_code, discipline_code, title, organisation_id, created_at, version) FROM mem_worker "
                    + "WHERE id_hash = ?", hash(id));
            assertNotNull(row);
            all.append(row).append('\n');
        }
        return all.toString();
    }

    private String hash(String idNumber) {
        return hasher.hash(ResidentIdNumber.parse(idNumber));
    }
}
