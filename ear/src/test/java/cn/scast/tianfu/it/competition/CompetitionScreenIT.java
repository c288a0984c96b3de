package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.it.evaluation.intake.IntakeScreenTest;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A city registers a group project for the youth contest on the 竞赛报名 screen; a group of four is refused. */
@ClientTest
class CompetitionScreenIT extends IntakeScreenTest {

    private static final String EDITION = "第39届四川省青少年科技创新大赛";

    @Test
    void aGroupProjectIsRegisteredAndAGroupOfFourRefused() {
        openEdition("/admin/competition/registrations.xhtml", "竞赛报名", EDITION, "凉山彝族自治州");

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
