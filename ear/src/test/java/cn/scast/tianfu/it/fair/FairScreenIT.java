package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office runs one year's 科创会 on the screen: submissions by city, review, published list, signings. */
@PlatformTest
@RunAsClient
class FairScreenIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Browser browser;
    private ScreenRows rows;

    @BeforeEach
    void openFairOfTheYear() {
        browser = new Browser();
        rows = new ScreenRows(browser);
        browser.signIn("admin", "Tianfu@2026");
        browser.awaitText("pageTitle", "数据看板");
        rows.openWhenCitiesLoaded(Deployments.BASE_URL + "/admin/fair/index.xhtml", "submitForm:city", "雅安市");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void projectsAreReviewedPublishedByTypeInCityOrderAndSigned() {
        showYear("2033");
        submit("名优绿茶智能分选线", "重大高新技术", "雅安市", "雅安某茶业有限公司");
        submit("氢燃料电池电堆", "重大高新技术", "成都市", "东方电气（成都）氢燃料电池科技有限公司");
        submit("尚不成熟的工艺", "重大高新技术", "绵阳市", "绵阳某研究所");
        submit("<script>alert(1)</script>页岩气压裂", "重大科技成果", "自贡市", "某<b>单位</b>");

        rows.select("名优绿茶智能分选线");
        review("带动茶农增收", true);
        rows.select("氢燃料电池电堆");
        review("", true);
        rows.select("尚不成熟的工艺");
        review("技术成熟度不足", false);

        rows.select("尚不成熟的工艺");
        sign("某公司", "10");
        browser.awaitText("submitForm:messages", "只有推荐项目可以登记现场签约");
        rows.select("氢燃料电池电堆");
        sign("某储能科技公司", "");
        browser.awaitText("submitForm:messages", "签约金额必须大于 0");
        assertEquals("推荐", browser.textOf("selectedStatus"));
        sign("某储能科技公司", "1250.5");
        browser.awaitText("submitForm:messages", "已登记签约");
        browser.awaitText("selectedStatus", "已签约");

        String highTech = rows.published("HIGH_TECH");
        assertTrue(highTech.indexOf("氢燃料电池电堆") >= 0
                && highTech.indexOf("氢燃料电池电堆") < highTech.indexOf("名优绿茶智能分选线"), "成都 before 雅安: " + highTech);
        assertTrue(highTech.contains("1250.50"), highTech);
        assertFalse(highTech.contains("尚不成熟的工艺"), highTech);
        assertFalse(rows.published("ACHIEVEMENT").contains("页岩气压裂"), "not reviewed yet");
        assertEquals("1", browser.textOf("signedCount"));
        assertEquals("1250.50", browser.textOf("signedAmount"));
        String projects = browser.textOf("projectForm:projects");
        assertTrue(projects.contains("<script>alert(1)</script>页岩气压裂") && projects.contains("某<b>单位</b>"),
                "markup shown as text: " + projects);
        assertTrue(projects.indexOf("氢燃料电池电堆") < projects.indexOf("页岩气压裂")
                && projects.indexOf("页岩气压裂") < projects.indexOf("尚不成熟的工艺"), "city order 成都, 自贡, 绵阳: " + projects);
    }

    @Test
    void incompleteOrRepeatedSubmissionsAreRefusedAndNothingIsStored() {
        showYear("2034");
        browser.type("submitForm:holder", "某单位");
        browser.select("submitForm:city", "成都市");
        browser.click("submitForm:submit");
        browser.awaitText("submitForm:messages", "项目名称");
        assertTrue(browser.textOf("projectForm:projects").contains("暂无项目"));

        submit("重复提交的项目", "重大科技难题（揭榜攻关）", "德阳市", "德阳某企业");
        submitWithoutWaiting("重复提交的项目", "重大科技难题（揭榜攻关）", "德阳市", "德阳某企业");
        browser.awaitText("submitForm:messages", "已有「德阳某企业」的项目「重复提交的项目」");
        String projects = browser.textOf("projectForm:projects");
        assertEquals(projects.indexOf("重复提交的项目"), projects.lastIndexOf("重复提交的项目"), "stored once: " + projects);
    }

    /** Each test works on a year of its own, empty when it starts. */
    private void showYear(String year) {
        browser.type("yearForm:year", year);
        browser.click("yearForm:showYear");
        browser.awaitText("projectForm:projects", year + " 年度");
        assertTrue(browser.textOf("projectForm:projects").contains("暂无项目"));
    }

    private void submit(String title, String type, String city, String holder) {
        submitWithoutWaiting(title, type, city, holder);
        browser.awaitText("submitForm:messages", "已提交");
        browser.awaitText("projectForm:projects", title);
    }

    private void submitWithoutWaiting(String title, String type, String city, String holder) {
        browser.type("submitForm:title", title);
        browser.select("submitForm:type", type);
        browser.select("submitForm:city", city);
        browser.type("submitForm:holder", holder);
        browser.click("submitForm:submit");
    }

    private void review(String note, boolean recommended) {
        if (!note.isEmpty()) {
            browser.type("workForm:reviewNote", note);
        }
        browser.click(recommended ? "workForm:recommend" : "workForm:reject");
        browser.awaitText("submitForm:messages", "已评审");
        browser.awaitText("selectedStatus", recommended ? "推荐" : "不推荐");
    }

    private void sign(String partner, String amount) {
        browser.type("workForm:partner", partner);
        browser.type("workForm:amount_input", amount);
        browser.click("workForm:sign");
    }
}
