package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.competition.CompetitionEditions;
import cn.scast.tianfu.competition.CompetitionType;
import cn.scast.tianfu.competition.RegistrationService;
import cn.scast.tianfu.competition.RegistrationView;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.evaluation.intake.SubmissionImportRun;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contest-entry-import job on a UTF-8 file with BOM: youth projects and rural entrants land through the
 * registration rules of the screens, refused rows are reported with column and reason, a second run
 * changes nothing.
 */
@PlatformTest
class CompetitionImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CompetitionImportIT.class, JobAwait.class,
                SubmissionImportRun.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/CompetitionEditions")
    private CompetitionEditions editions;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RegistrationService")
    private RegistrationService registrations;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void goodRowsAreRegisteredBadRowsReportedAndASecondRunChangesNothing() throws Exception {
        Instant now = Instant.now();
        long youth = editions.create(CompetitionType.YOUTH, 2097, "导入测试青少年大赛", false, Map.of("510100", 5, "510700", 1),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        long rural = editions.create(CompetitionType.RURAL, 2097, "导入测试乡土人才大赛", true, Map.of("511800", 3),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        Path file = Files.createTempDirectory("contest-it").resolve("contest_entries_2097.csv");
        Files.writeString(file, "\uFEFF" + String.join("\n",
                "contest,year,title,entrant_name,city_code,county_code,school_level,subject,school,tutor,track,members",
                "YOUTH,2097,锦江水体微塑料调查,韩梅,510100,,高中,环境科学与工程,成都石室中学,李老师,,王雷、赵敏",
                "YOUTH,2097,绵阳科技城无人机测绘,孙阳,510700,,初中,技术,绵阳东辰学校,周老师,,",
                "YOUTH,2097,名额已满的作品,钱多,510700,,初中,技术,绵阳南山中学,周老师,,",
                "YOUTH,2097,五人合作项目,甲,510100,,小学,技术,成都实验小学,吴老师,,乙、丙、丁、戊",
                "YOUTH,2097,无指导教师,丁一,510100,,高中,数学,成都七中,,,",
                "乡土人才创新创业大赛,2097,雅安藏茶非遗制作,格桑,,511803,,,,,乡村工匠与传统技艺,",
                "RURAL,2097,不存在的区县,某人,,519999,,,,,种植养殖,") + "\n", StandardCharsets.UTF_8);

        JobExecution first = run(file);
        JobExecution second = run(file);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        List<RegistrationView> projects = registrations.registrations(youth);
        assertEquals(List.of("锦江水体微塑料调查", "绵阳科技城无人机测绘"), projects.stream().map(RegistrationView::title).toList());
        assertEquals(List.of("韩梅", "王雷", "赵敏"), projects.get(0).members());
        assertEquals("高中-环境科学与工程", projects.get(0).categoryCode());
        List<RegistrationView> entrants = registrations.registrations(rural);
        assertEquals(1, entrants.size());
        assertEquals("511800", entrants.get(0).cityCode());
        assertEquals(List.of(
                "4:city_code:「绵阳市」本届报名名额 1 项已用完",
                "5:members:集体项目成员不能超过 3 人（含负责人）",
                "6:tutor:须填写指导教师",
                "8:county_code:未知的区县代码 519999"), SubmissionImportRun.rejects(dataSource, jobs, first));
        assertEquals(4, SubmissionImportRun.rejects(dataSource, jobs, second).size());
    }

    private JobExecution run(Path file) throws InterruptedException {
        return SubmissionImportRun.run(jobs, "contest-entry", file);
    }
}
