package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.it.award.ReferenceDataAwait;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A city registers a group project for the youth contest on the 竞赛报名 screen; a group of four is refused. */
@PlatformTest
@RunAsClient
class ContestScreenIT {

    private static final String EDITION = "第39届四川省青少年科技创新大赛";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Browser browser;

    @BeforeEach
    void signIn() throws Exception {
        ReferenceDataAwait.citiesAndCounties();
        browser = new Browser();
        browser.signIn("admin", "Tianfu@2026");
        browser.awaitText("pageTitle", "数据看板");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aGroupProjectIsRegisteredAndAGroupOfFourRefused() {
        String tag = Long.toString(System.nanoTime() % 100000);
        browser.open(Deployments.BASE_URL + "/admin/competition/registrations.xhtml");
        browser.awaitText("pageTitle", "竞赛报名");
        browser.select("editionForm:edition", EDITION);
        browser.awaitText("quotaForm:quotas", "凉山彝族自治州");

        fill("岷江水质微生物快速检测" + tag, "林一" + tag, "王五、赵六");
        browser.click("registrationForm:register");
        browser.awaitText("registrationForm:messages", "报名成功");
        String list = browser.textOf("listForm:registrations");
        assertTrue(list.contains("岷江水质微生物快速检测" + tag) && list.contains("林一" + tag + "、王五、赵六")
                && list.contains("高中-生命科学"), list);

        fill("四人小组项目" + tag, "陈二" + tag, "甲、乙、丙");
        browser.click("registrationForm:register");
        browser.awaitText("registrationForm:messages", "集体项目成员不能超过 3 人");
        assertTrue(!browser.textOf("listForm:registrations").contains("四人小组项目" + tag), "nothing saved");
    }

    private void fill(String title, String entrant, String members) {
        browser.type("registrationForm:title", title);
        browser.type("registrationForm:entrantName", entrant);
        browser.select("registrationForm:schoolLevel", "高中");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='registrationForm:subject']/option[text()='生命科学']")));
        browser.select("registrationForm:subject", "生命科学");
        browser.type("registrationForm:school", "成都七中");
        browser.type("registrationForm:tutor", "刘老师");
        browser.select("registrationForm:cityCode", "成都市");
        browser.type("registrationForm:members", members);
    }
}
