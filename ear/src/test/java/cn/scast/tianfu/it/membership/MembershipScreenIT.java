package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator creates a worker in the admin screen: Chinese field message first, then the row. */
@ClientTest
class MembershipScreenIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close(); // a failure's screenshot is taken by BrowserScreenshots
    }

    @Test
    void adminCreatesAWorkerAfterFixingAnInvalidPhoneNumber() {
        browser.signInAt("/admin/membership/index.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("pageTitle", "会员");
        WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));

        String name = MembershipFixtures.unique("界面");
        browser.click("workersForm:newWorker");
        browser.type("workerForm:name", name);
        browser.type("workerForm:idNumber", MembershipFixtures.idNumber());
        browser.type("workerForm:mobile", "1234567");
        new Select(browser.driver().findElement(By.id("workerForm:cityCode"))).selectByValue("510100");
        browser.click("workerForm:save");

        browser.awaitText("workerForm:mobileMessage", "手机号码格式不正确");
        assertTrue(browser.driver().findElement(By.id("workerDialog")).isDisplayed(), "dialog stays open");

        browser.type("workerForm:mobile", "13800138000");
        browser.click("workerForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("workerDialog")));

        browser.type("workersForm:nameFilter", name);
        browser.click("workersForm:search");
        browser.awaitText("workersForm:workers", name);
        String table = browser.textOf("workersForm:workers");
        assertTrue(table.contains("成都市"), table);
        assertTrue(table.contains("13800138000"), table);
        assertFalse(browser.driver().getPageSource().contains("手机号码格式不正确"), "message gone after the fix");
    }
}
