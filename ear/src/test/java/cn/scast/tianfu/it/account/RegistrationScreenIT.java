package cn.scast.tianfu.it.account;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registration page in real Chromium: a wrong ID number is answered beside the field and nothing is stored, the
 * corrected form is accepted, the pending applicant is told at sign-in that the application awaits review, the
 * administrator approves it on 注册审核, and the worker then signs in and finds the approval in the inbox.
 */
@ClientTest
class RegistrationScreenIT {

    @Test
    void aWorkerRegistersOnThePageAndIsApprovedOnTheReviewScreen() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
        String mobile = "1350000" + run;
        String first17 = "51010419880808" + run.substring(0, 3);
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        String wrongId = first17 + (idNumber.charAt(17) == '1' ? '2' : '1');
        String password = "Browser2026pw";

        try (Browser browser = new Browser()) {
            browser.open(Deployments.BASE_URL + "/public/register.xhtml");
            browser.awaitText("pageTitle", "用户注册");
            browser.type("kinds:workerForm:name", "页面注册员");
            browser.type("kinds:workerForm:mobile", mobile);
            browser.type("kinds:workerForm:idNumber", wrongId);
            browser.select("kinds:workerForm:cityCode", "成都市");
            browser.type("kinds:workerForm:unitName", "电子科技大学");
            browser.type("kinds:workerForm:email", "page" + run + "@example.cn");
            browser.type("kinds:workerForm:password", password);
            browser.click("kinds:workerForm:submit");
            awaitSource(browser, "身份证号校验位错误");

            browser.type("kinds:workerForm:idNumber", idNumber);
            browser.type("kinds:workerForm:password", password);
            browser.click("kinds:workerForm:submit");
            browser.awaitText("done", "注册申请已提交");

            browser.signIn(mobile, password);
            awaitSource(browser, "等待所在市州科协审核");

            browser.signInAt("/admin/account/applications.xhtml", "admin", "Tianfu@2026");
            browser.awaitText("pageTitle", "注册审核");
            String row = "//tr[.//span[contains(@id,':mobile') and text()='" + mobile + "']]";
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.xpath(row + "//button[contains(@id,':approve')]")).isEmpty());
            browser.driver().findElement(By.xpath(row + "//button[contains(@id,':approve')]")).click();
            awaitSource(browser, "已通过 页面注册员 的注册申请");

            browser.driver().manage().deleteAllCookies();
            browser.signIn(mobile, password);
            browser.awaitText("pageTitle", "站内信");
            assertTrue(browser.driver().getPageSource().contains("注册审核通过"), "the approval is in the inbox");
        }
    }

    private static void awaitSource(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("page shows " + text)
                .until(d -> d.getPageSource().contains(text));
    }
}
