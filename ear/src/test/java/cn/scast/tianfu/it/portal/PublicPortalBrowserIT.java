package cn.scast.tianfu.it.portal;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor on a phone, in Chromium, without signing in: the home page, a keyword search typed into its search box,
 * the result's listing page without the publisher's contact details, and its way to sign in for an introduction.
 */
@ClientTest
class PublicPortalBrowserIT {

    @Test
    void aVisitorOnAPhoneSearchesFromTheHomePageAndOpensAListing() throws Exception {
        String marker = "钒钛磁铁矿" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> created = ApiCalls.as("admin", "Tianfu@2026").post("v1/listings",
                "{\"kind\":\"ACHIEVEMENT\",\"title\":\"" + marker + "综合利用新工艺\",\"keywords\":\"" + marker
                        + ";综合利用;选矿\",\"cityCode\":\"510400\",\"ownerName\":\"联系人李工13800001111\",\"publish\":true}");
        assertEquals(201, created.statusCode(), created.body());

        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(Deployments.BASE_URL + "/");
            browser.awaitText("pageTitle", "天府科技云");
            assertTrue(browser.textOf("figures").contains("亿元"), "live figures in the documents' units");
            Long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 1, "no sideways scrolling on a phone: " + overflow + " px");

            // The index follows the new listing within seconds: the visitor searches again until it shows.
            Await.until("the search finds the new listing", Duration.ofSeconds(30), () -> {
                browser.open(Deployments.BASE_URL + "/public/index.xhtml");
                browser.driver().findElement(By.cssSelector("#quickSearch input[name=q]")).sendKeys(marker);
                browser.driver().findElement(By.cssSelector("#quickSearch button[type=submit]")).click();
                browser.awaitText("pageTitle", "所能");
                return !browser.driver().findElements(By.linkText(marker + "综合利用新工艺")).isEmpty();
            });
            WebElement result = browser.driver().findElement(By.linkText(marker + "综合利用新工艺"));
            assertEquals(marker, browser.driver().findElement(By.id("q")).getAttribute("value"), "the query stays shown");
            result.click();

            browser.awaitText("pageTitle", marker + "综合利用新工艺");
            assertTrue(browser.textOf("city").contains("攀枝花"));
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertFalse(page.contains("李工") || page.contains("13800001111"), "no contact details: " + page);

            browser.driver().findElement(By.cssSelector("#askIntroduction a")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
        }
    }
}
