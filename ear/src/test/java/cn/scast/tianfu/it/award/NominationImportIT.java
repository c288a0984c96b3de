package cn.scast.tianfu.it.award;

import cn.scast.tianfu.award.AwardEditions;
import cn.scast.tianfu.award.AwardType;
import cn.scast.tianfu.award.NominationService;
import cn.scast.tianfu.award.NominationView;
import cn.scast.tianfu.award.QuotaSpec;
import cn.scast.tianfu.award.QuotaUsage;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.evaluation.intake.SubmissionImportRun;
import cn.scast.tianfu.it.support.Database;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The award-nomination-import job on a GB18030 file: good rows become nominations through the same rules as
 * the screens, every refused row is in the reject report with its column and reason, a second run of the
 * same file changes nothing.
 */
@PlatformTest
class NominationImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(NominationImportIT.class, JobAwait.class,
                SubmissionImportRun.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AwardEditions")
    private AwardEditions editions;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/NominationService")
    private NominationService nominations;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void goodRowsAreNominatedBadRowsReportedAndASecondRunChangesNothing() throws Exception {
        Instant now = Instant.now();
        long edition = editions.create(AwardType.PAPER, 2098, "导入测试优秀论文", LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 6, 30), null, List.of(new QuotaSpec("S005", "四川省药学会", "SOCIETY", 2),
                        new QuotaSpec("S006", "四川省测绘地理信息学会", "SOCIETY", 5)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        Path file = Files.createTempDirectory("nomination-it").resolve("nominations_2098.csv");
        Files.writeString(file, String.join("\r\n",
                "award,year,unit_code,category_code,title,nominee_name,nominee_unit,region_code,author_role,published_on,venue",
                "PAPER,2098,S005,MED,川产道地药材川芎活性成分研究,何静,成都中医药大学,510100,第一作者,2024-10-10,中草药",
                "川渝科技学术大会优秀论文,2098,S005,MED,附子炮制减毒机理,唐亮,西南医科大学,510500,通讯作者,2025-01-20,",
                "PAPER,2098,S005,MED,超出名额的第三篇,邓红,四川大学,510100,第一作者,2025-02-02,",
                "PAPER,2098,S006,ENG,重庆单位的论文,冉峰,重庆交通大学,500000,第一作者,2025-02-02,",
                "PAPER,2098,S006,ENG,征集期前的论文,苏明,西南交通大学,510100,第一作者,2024-05-05,",
                "PAPER,2098,S006,ENG,同一人的第二篇,何静,成都中医药大学,510100,通讯作者,2024-12-12,",
                "PAPER,2098,S006,ENG,日期写错,田园,西南科技大学,510700,第一作者,2024/12/12,",
                "PAPER,2098,S006,ENG,,无题,西南科技大学,510700,第一作者,2024-12-12,",
                "PAPER,2097,S006,ENG,不存在的届次,某人,某单位,510700,第一作者,2024-12-12,",
                "PAPER,2098,S006,ENG,四川测绘卫星影像处理,罗江,四川省测绘局,510100,第一作者,2025-06-30,") + "\r\n",
                Charset.forName("GB18030"));

        JobExecution first = run(file);
        List<QuotaUsage> afterFirst = nominations.quotaUsage(edition);
        JobExecution second = run(file);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        List<NominationView> landed = nominations.nominations(edition);
        assertEquals(List.of("川产道地药材川芎活性成分研究", "附子炮制减毒机理", "四川测绘卫星影像处理"),
                landed.stream().map(NominationView::title).toList());
        assertEquals(afterFirst, nominations.quotaUsage(edition), "the second run used no quota");
        assertEquals(3, count("SELECT COUNT(*) FROM awd_nomination_import WHERE edition_id = " + edition));
        List<String> rejects = SubmissionImportRun.rejects(dataSource, jobs, first);
        assertEquals(List.of(
                "4:unit_code:「四川省药学会」本届推荐名额 2 个已用完",
                "5:region_code:第一作者单位所在地 500000 不在四川省内，不符合推荐条件",
                "6:published_on:论文发表日期 2024-05-05 不在本届征集范围（2024-07-01 至 2025-06-30）内",
                "7:nominee_name:「何静」（成都中医药大学）本届已有论文被推荐（《川产道地药材川芎活性成分研究》），每人限报一篇",
                "8:published_on:字段「published_on」的值「2024/12/12」不是 yyyy-MM-dd 格式的日期",
                "9:title:必填字段「title」为空",
                "10:award:没有「PAPER」2097 年度的评奖届次"), rejects);
        assertEquals(rejects.size(), SubmissionImportRun.rejects(dataSource, jobs, second).size(),
                "the second run reports the same rows");
        assertTrue(originalText(jobs.instanceId(first.getExecutionId()), 5).contains("重庆交通大学"));
    }

    private JobExecution run(Path file) throws InterruptedException {
        return SubmissionImportRun.run(jobs, "award-nomination", file);
    }

    private String originalText(long instanceId, long line) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT original_text FROM import_reject "
                     + "WHERE job_instance_id = ? AND line_number = ?")) {
            select.setLong(1, instanceId);
            select.setLong(2, line);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private long count(String sql) throws Exception {
        return Database.count(dataSource, sql);
    }
}
