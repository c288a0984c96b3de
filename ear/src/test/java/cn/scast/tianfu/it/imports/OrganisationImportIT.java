package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportDirectories;
import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation import (企事业单位, 高校科协, 企业科协): credit code with its check character as the natural
 * key, once per file, type by Chinese label; a second run changes nothing; XLSX files through the inbox.
 */
@PlatformTest
class OrganisationImportIT {

    private static final String HEADER = "credit_code,name,type,city_code";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(OrganisationImportIT.class, MembershipImportFixtures.class,
                JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportInbox")
    private ImportInbox inbox;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private MembershipImportFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new MembershipImportFixtures(jobs, inbox, dataSource);
    }

    @Test
    void goodRowsLandBadRowsAreReportedAndASecondRunChangesNothing() throws Exception {
        String code1 = MembershipImportFixtures.creditCode();
        String code2 = MembershipImportFixtures.creditCode();
        String code3 = MembershipImportFixtures.creditCode();
        String wrong = code1.substring(0, 17) + (code1.charAt(17) == '0' ? '1' : '0');
        Path file = MembershipImportFixtures.csv("organisations_" + UUID.randomUUID() + ".csv", StandardCharsets.UTF_8,
                HEADER,
                code1 + ",成都甲科技有限公司,企事业单位,510100",
                code2.toLowerCase(Locale.ROOT) + ",四川某大学科协,高校科协,510100",
                wrong + ",校验位错误的单位,企事业单位,510100",
                MembershipImportFixtures.creditCode() + ",类型错误的单位,社会团体,510100",
                MembershipImportFixtures.creditCode() + ",市州错误的单位,企事业单位,519900",
                code1.toLowerCase(Locale.ROOT) + ",重复的单位,企事业单位,510700",
                MembershipImportFixtures.creditCode() + ",,企事业单位,510100",
                code3 + ",绵阳乙公司科协,ENTERPRISE_ASSOCIATION,510700");

        JobExecution first = fixtures.upload("organisation", file, null);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        long instance = fixtures.instanceOf(first);
        assertEquals(List.of("4:credit_code", "5:type", "6:city_code", "7:credit_code", "8:name"),
                fixtures.rejects(instance));
        assertTrue(fixtures.reason(instance, 4).contains("统一社会信用代码校验位错误"), fixtures.reason(instance, 4));
        assertTrue(fixtures.reason(instance, 5).contains("单位类型「社会团体」无效"), fixtures.reason(instance, 5));
        assertTrue(fixtures.reason(instance, 6).contains("市州代码不存在"), fixtures.reason(instance, 6));
        assertTrue(fixtures.reason(instance, 7).contains("与第 2 行重复"), fixtures.reason(instance, 7));
        assertTrue(fixtures.reason(instance, 8).contains("单位名称不能为空"), fixtures.reason(instance, 8));
        assertEquals(List.of(
                        List.of(code1, "ENTERPRISE_OR_INSTITUTION", "成都甲科技有限公司", "510100", "0"),
                        List.of(code2, "UNIVERSITY_ASSOCIATION", "四川某大学科协", "510100", "0"),
                        List.of(code3, "ENTERPRISE_ASSOCIATION", "绵阳乙公司科协", "510700", "0")),
                organisations(code1, code2, code3));
        String before = checksum(code1, code2, code3);

        JobExecution second = fixtures.run("organisation", file, null);

        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(before, checksum(code1, code2, code3), "second run of the same file changed organisations");
        assertEquals(fixtures.rejects(instance), fixtures.rejects(fixtures.instanceOf(second)));
    }

    @Test
    void xlsxFileDroppedInTheInboxIsImportedAndArchived() throws Exception {
        String code1 = MembershipImportFixtures.creditCode();
        String code2 = MembershipImportFixtures.creditCode();
        String name = "organisations_" + UUID.randomUUID() + ".xlsx";
        Path file = MembershipImportFixtures.xlsx(name, HEADER,
                code1 + ",攀枝花钒钛研究院,企事业单位,510400",
                code2 + ",宜宾丙公司科协,企业科协,511500",
                code1 + ",攀枝花重复行,企事业单位,510400");
        Path temp = ImportDirectories.uploads().resolve(name + ".tmp");
        Files.copy(file, temp);
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        Files.move(temp, ImportDirectories.root().resolve(name), StandardCopyOption.ATOMIC_MOVE);

        inbox.scanNow();
        List<String> outcome = awaitImported(name);

        assertEquals("COMPLETED", outcome.get(0), outcome.toString());
        assertTrue(outcome.get(1).startsWith(ImportDirectories.archive().toString()), outcome.toString());
        assertEquals("file-import", outcome.get(2));
        assertEquals(List.of("4:credit_code"), fixtures.rejects(Long.parseLong(outcome.get(3))));
        assertEquals(List.of(
                        List.of(code1, "ENTERPRISE_OR_INSTITUTION", "攀枝花钒钛研究院", "510400", "0"),
                        List.of(code2, "ENTERPRISE_ASSOCIATION", "宜宾丙公司科协", "511500", "0")),
                organisations(code1, code2));
    }

    /** outcome, current path, job name and instance of the inbox file once its job has ended. */
    private List<String> awaitImported(String name) throws Exception {
        int[] polls = {0};
        return Await.value(name + " imported", Duration.ofSeconds(60), () -> {
            inbox.reconcile();
            List<List<String>> rows = fixtures.query("SELECT outcome, current_path, job_name, job_instance_id "
                    + "FROM import_file WHERE file_name = ?", name);
            if (rows.isEmpty() && ++polls[0] % 10 == 0) {
                inbox.scanNow(); // the timer's scan may not have seen it yet
            }
            return rows.isEmpty() ? null : rows.get(0);
        }, row -> row != null && !List.of("RUNNING", "RECEIVED").contains(row.get(0)));
    }

    private List<List<String>> organisations(String... codes) throws Exception {
        return fixtures.query("SELECT credit_code, type, name, city_code, version FROM mem_organisation "
                + "WHERE credit_code IN (" + "?,".repeat(codes.length - 1) + "?) ORDER BY FIELD(credit_code, "
                + "?,".repeat(codes.length - 1) + "?)", (Object[]) concat(codes, codes));
    }

    private String checksum(String... codes) throws Exception {
        return fixtures.query("SELECT CONCAT_WS('|', id, type, name, credit_code, city_code, created_at, version) "
                + "FROM mem_organisation WHERE credit_code IN (?, ?, ?) ORDER BY id", (Object[]) codes).toString();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
