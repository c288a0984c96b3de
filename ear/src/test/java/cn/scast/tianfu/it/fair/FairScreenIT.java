package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office runs one year's 科创会 on the screen: submissions by city, the expert review opened and adopted
 * on the screen (the experts score inside the server, through the engine's jury service), the published
 * list by type and the signings. Browser steps run as a client, set-up and scoring inside the server.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FairScreenIT {

    static final String YEAR = "2033";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(FairScreenIT.class, FairExperts.class, ScreenRows.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JurySheets")
    private JurySheets jurySheets;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RoundResults")
    private RoundResults roundResults;

    @Test
    @Order(1)
    void theExpertsHaveJuryLogins() {
        FairExperts.ensureAccounts(accounts);

        assertTrue(accounts.findByUsername("fairexpert2").isPresent());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOfficeOpensTheExpertReviewOnceTheCitiesHaveSubmitted() {
        onFairScreen(rows -> {
            Browser browser = rows.browser();
            showYear(rows, YEAR);
            submit(rows, "名优绿茶智能分选线", "重大高新技术", "雅安市", "雅安某茶业有限公司");
            submit(rows, "氢燃料电池电堆", "重大高新技术", "成都市", "东方电气（成都）氢燃料电池科技有限公司");
            submit(rows, "<script>alert(1)</script>页岩气压裂", "重大科技成果", "自贡市", "某<b>单位</b>");

            browser.type("reviewForm:placesPerType", "1");
            browser.type("reviewForm:jurorsPerEntry", "2");
            browser.type("reviewForm:experts", "fairexpert1 四川省科学技术信息研究所\nfairexpert2 四川省农业科学院");
            browser.type("reviewForm:chair", "fairexpert2");
            browser.click("reviewForm:openReview");
            browser.awaitText("submitForm:messages", "已启动专家评审：3 个项目，2 位专家");
            browser.awaitText("reviewProgress", "0 / 3");
            assertTrue(browser.textOf("reviewExperts").contains("fairexpert2（四川省农业科学院） 组长"),
                    browser.textOf("reviewExperts"));
            assertTrue(browser.textOf("projectForm:projects").contains("0 / 2"), "scoring progress per project");

            browser.click("reviewForm:adoptReview");
            browser.awaitText("submitForm:messages", "3 个项目还有专家未提交评分");
            submitWithoutWaiting(rows, "迟到的项目", "重大高新技术", "成都市", "某单位");
            browser.awaitText("submitForm:messages", "已启动专家评审，不再受理项目提交");
            assertFalse(browser.textOf("projectForm:projects").contains("迟到的项目"));
        });
    }

    @Test
    @Order(3)
    void theExpertsScore() throws Exception {
        long round = FairExperts.roundOf(Integer.parseInt(YEAR));
        FairExperts.scoreAll(juryAssignments, jurySheets, roundResults, round, Map.of(
                "氢燃料电池电堆", new int[]{27, 23, 23, 18},          // 91 (+0.5 on average of two experts)
                "名优绿茶智能分选线", new int[]{25, 20, 20, 16},
                "<script>alert(1)</script>页岩气压裂", new int[]{17, 15, 14, 10}));
    }

    @Test
    @Order(4)
    @RunAsClient
    void adoptedResultsArePublishedByTypeAndRecommendedProjectsSigned() {
        onFairScreen(rows -> {
            Browser browser = rows.browser();
            browser.type("yearForm:year", YEAR);
            browser.click("yearForm:showYear");
            browser.awaitText("reviewProgress", "3 / 3");
            browser.click("reviewForm:adoptReview");
            browser.awaitText("submitForm:messages", "已采用专家评审结果");
            browser.awaitText("reviewAdopted", "评审结果已采用");

            rows.select("名优绿茶智能分选线");
            assertEquals("不推荐", browser.textOf("selectedStatus"));
            assertEquals("专家评审同类第 2 名，平均分 81.50，超出每类推荐名额 1", browser.textOf("selectedReview"));
            sign(rows, "某公司", "10");
            browser.awaitText("submitForm:messages", "只有推荐项目可以登记现场签约");
            rows.select("氢燃料电池电堆");
            assertEquals("推荐", browser.textOf("selectedStatus"));
            sign(rows, "某储能科技公司", "");
            browser.awaitText("submitForm:messages", "签约金额必须大于 0");
            sign(rows, "某储能科技公司", "1250.5");
            browser.awaitText("submitForm:messages", "已登记签约");
            browser.awaitText("selectedStatus", "已签约");

            String highTech = rows.published("HIGH_TECH");
            assertTrue(highTech.contains("氢燃料电池电堆") && highTech.contains("1250.50"), highTech);
            assertFalse(highTech.contains("名优绿茶智能分选线"), highTech);
            assertFalse(rows.published("ACHIEVEMENT").contains("页岩气压裂"), "below the pass mark");
            assertEquals("1", browser.textOf("signedCount"));
            assertEquals("1250.50", browser.textOf("signedAmount"));
            String projects = browser.textOf("projectForm:projects");
            assertTrue(projects.contains("<script>alert(1)</script>页岩气压裂") && projects.contains("某<b>单位</b>"),
                    "markup shown as text: " + projects);
            assertTrue(projects.indexOf("氢燃料电池电堆") < projects.indexOf("页岩气压裂")
                    && projects.indexOf("页岩气压裂") < projects.indexOf("名优绿茶智能分选线"),
                    "city order 成都, 自贡, 雅安: " + projects);
            assertTrue(projects.contains("91.50") && projects.contains("56.50"), "experts' mean totals: " + projects);
        });
    }

    @Test
    @Order(5)
    @RunAsClient
    void incompleteOrRepeatedSubmissionsAreRefusedAndNothingIsStored() {
        onFairScreen(rows -> {
            Browser browser = rows.browser();
            showYear(rows, "2034");
            browser.type("submitForm:holder", "某单位");
            browser.select("submitForm:city", "成都市");
            browser.click("submitForm:submit");
            browser.awaitText("submitForm:messages", "项目名称");
            assertTrue(browser.textOf("projectForm:projects").contains("暂无项目"));

            submit(rows, "重复提交的项目", "重大科技难题（揭榜攻关）", "德阳市", "德阳某企业");
            submitWithoutWaiting(rows, "重复提交的项目", "重大科技难题（揭榜攻关）", "德阳市", "德阳某企业");
            browser.awaitText("submitForm:messages", "已有「德阳某企业」的项目「重复提交的项目」");
            String projects = browser.textOf("projectForm:projects");
            assertEquals(projects.indexOf("重复提交的项目"), projects.lastIndexOf("重复提交的项目"), "stored once: " + projects);
        });
    }

    /** Signs in as the office at the fair screen. */
    private static void onFairScreen(Consumer<ScreenRows> steps) {
        try (Browser browser = new Browser()) {
            ScreenRows rows = new ScreenRows(browser);
            rows.signInAt("/admin/fair/index.xhtml", "submitForm:city", "雅安市");
            steps.accept(rows);
        }
    }

    /** Each test works on a year of its own, empty when it starts. */
    private static void showYear(ScreenRows rows, String year) {
        Browser browser = rows.browser();
        browser.type("yearForm:year", year);
        browser.click("yearForm:showYear");
        browser.awaitText("projectForm:projects", year + " 年度");
        assertTrue(browser.textOf("projectForm:projects").contains("暂无项目"));
    }

    private static void submit(ScreenRows rows, String title, String type, String city, String holder) {
        submitWithoutWaiting(rows, title, type, city, holder);
        rows.browser().awaitText("submitForm:messages", "已提交");
        rows.browser().awaitText("projectForm:projects", title);
    }

    private static void submitWithoutWaiting(ScreenRows rows, String title, String type, String city, String holder) {
        Browser browser = rows.browser();
        browser.type("submitForm:title", title);
        browser.select("submitForm:type", type);
        browser.select("submitForm:city", city);
        browser.type("submitForm:holder", holder);
        browser.click("submitForm:submit");
    }

    private static void sign(ScreenRows rows, String partner, String amount) {
        Browser browser = rows.browser();
        browser.type("workForm:partner", partner);
        browser.type("workForm:amount_input", amount);
        browser.click("workForm:sign");
    }
}
