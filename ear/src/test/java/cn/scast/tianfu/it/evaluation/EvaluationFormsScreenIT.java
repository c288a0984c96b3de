package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * juror2 in a real browser on a ranking round (places 1..n for all entries at once) and a pass/fail round.
 * The rounds are set up inside the server first; the browser steps run as a client.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationFormsScreenIT {

    static final String RANKING_ROUND = "排序初赛";
    static final String VERDICT_ROUND = "形式审查";
    static final String JUROR = "juror2";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EvaluationFormsScreenIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/EvaluationSetup")
    private EvaluationSetup setup;

    @Test
    @Order(1)
    void setUpRoundsForJuror2() {
        Instant now = Instant.now();
        long programme = setup.createProgramme(ProgrammeKind.COMPETITION, "界面测试科技创新大赛");
        long edition = setup.createEdition(programme, 2025, "界面测试科技创新大赛 2025");
        long category = setup.createCategory(edition, "GEN", "综合");
        long ranking = setup.createRound(edition, new RoundSpec(1, RANKING_ROUND, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(3)), FormType.RANKING, List.of(), false, 1, 2,
                AdvancementPolicy.INCLUDE_ALL_TIED, null, null));
        setup.addJuror(ranking, JUROR, "王晓雯", "电子科技大学", List.of("GEN"), false);
        for (String title : List.of("水质监测浮标", "校园节能插座", "古蜀文字识别")) {
            long entry = setup.createEntry(edition, category, ranking, title, "参赛学生", "成都市实验中学", null);
            juryAssignments.assign(ranking, entry, JUROR);
        }

        long other = setup.createProgramme(ProgrammeKind.AWARD, "界面测试学会奖");
        long awardEdition = setup.createEdition(other, 2025, "界面测试学会奖 2025");
        long awardCategory = setup.createCategory(awardEdition, "GEN", "综合");
        long verdict = setup.createRound(awardEdition, new RoundSpec(1, VERDICT_ROUND, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(3)), FormType.PASS_FAIL, List.of(), false, 1, 1,
                AdvancementPolicy.INCLUDE_ALL_TIED, null, null));
        setup.addJuror(verdict, JUROR, "王晓雯", "电子科技大学", List.of("GEN"), false);
        long entry = setup.createEntry(awardEdition, awardCategory, verdict, "学会服务创新案例", "某学会", "四川省某学会", null);
        juryAssignments.assign(verdict, entry, JUROR);
    }

    private static Browser signedIn() {
        Browser browser = new Browser();
        browser.signInAt("/admin/evaluation/my-entries.xhtml", JUROR, "Tianfu@2026");
        browser.awaitText("pageTitle", "我的评审");
        return browser;
    }

    /** Index of the first table row whose round column names the round. */
    private static int rowOf(Browser browser, String round) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='scoreForm:entries_data'] > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(round)) {
                return i;
            }
        }
        throw new AssertionError("no row of " + round);
    }

    @Test
    @Order(2)
    @RunAsClient
    void jurorRanksAllEntriesAtOnce() {
        try (Browser browser = signedIn()) {
            browser.click("scoreForm:entries:" + rowOf(browser, RANKING_ROUND) + ":open");
            browser.awaitText("scoreForm:rankingHint", "排定名次");
            List<WebElement> places = browser.driver().findElements(By.cssSelector("select[id$=':place']"));
            assertEquals(3, places.size(), "the whole ranking of the round is on one form");

            for (int i = 0; i < 3; i++) {
                browser.select("scoreForm:ranking:" + i + ":place", "1");
            }
            browser.click("scoreForm:saveDraft");
            browser.awaitText("scoreForm:ranking:1:msg", "名次 1 被重复使用");

            for (int i = 0; i < 3; i++) {
                browser.select("scoreForm:ranking:" + i + ":place", String.valueOf(3 - i));
            }
            browser.click("scoreForm:submit");
            browser.awaitText("scoreForm:messages", "排序已提交");
            assertEquals("已提交", browser.textOf("scoreForm:editorStatus"));
            assertTrue(browser.driver().findElements(By.id("scoreForm:submit")).isEmpty(), "a ranking is locked");
            String page = browser.driver().findElement(By.id("progressBox")).getText();
            assertTrue(page.contains(RANKING_ROUND + "：已提交 3 / 3"), page);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void jurorGivesAPassFailVerdict() {
        try (Browser browser = signedIn()) {
            browser.click("scoreForm:entries:" + rowOf(browser, VERDICT_ROUND) + ":open");
            browser.awaitText("scoreForm:entryTitle", "学会服务创新案例");
            browser.click("scoreForm:submit");
            browser.awaitText("scoreForm:verdictMsg", "请选择通过或不通过");

            browser.driver().findElement(By.xpath(
                    "//*[@id='scoreForm:verdict']//label[normalize-space(.)='通过']")).click();
            browser.click("scoreForm:submit");
            browser.awaitText("scoreForm:messages", "评分已提交");
            assertEquals("已提交", browser.textOf("scoreForm:editorStatus"));
            String page = browser.driver().findElement(By.id("progressBox")).getText();
            assertTrue(page.contains(VERDICT_ROUND + "：已提交 1 / 1"), page);
        }
    }
}
