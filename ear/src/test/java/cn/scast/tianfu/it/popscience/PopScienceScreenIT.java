package cn.scast.tianfu.it.popscience;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 科普内容 screen: the province office writes an item for 锦江区 farmers, sees the one matching subscriber before
 * sending, publishes and pushes it, and sees it delivered; the subscriber finds it in the inbox.
 */
@ClientTest
class PopScienceScreenIT {

    private static final String PASSWORD = "Kepu2026pw";

    private final Browser browser = new Browser();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anEditorSeesTheAudienceThenPublishesAndSeesItDelivered() throws Exception {
        String mobile = SelfRegisteredAccounts.approvedWorker("1370404", "19820606", "赵科普", PASSWORD);
        ApiCalls subscriber = ApiCalls.as(mobile, PASSWORD);
        var chosen = subscriber.put("v1/popscience/subscription", "{\"topics\":[\"BASIC\"],\"groups\":[\"FARMERS\"],"
                + "\"cityCode\":\"510100\",\"countyCode\":\"510104\",\"town\":\"春熙路街道\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());

        browser.signInAt("/admin/popscience/index.xhtml", "admin", "Tianfu@2026");
        assertTrue(browser.textOf("itemForm:city").contains("凉山彝族自治州"), "every city to choose from");
        String title = "土壤改良小知识" + System.nanoTime() % 1_000_000;
        browser.type("itemForm:title", title);
        browser.type("itemForm:summary", "酸化土壤怎样科学施用石灰和有机肥。");
        browser.click("itemForm:topics:7");
        browser.select("itemForm:audience", "农民");
        browser.select("itemForm:city", "成都市");
        browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("itemForm:county")).getText().contains("锦江区"));
        browser.select("itemForm:county", "锦江区");
        browser.click("itemForm:save");
        browser.awaitText("itemForm:messages", "已保存：" + title);
        assertEquals("1", browser.textOf("itemForm:audienceCount"), "the one subscriber the item reaches");
        assertEquals("1", browser.textOf("itemForm:accountAudience"), "an account");
        assertEquals("0", browser.textOf("itemForm:subscriberAudience"), "no public subscriber in 锦江区 with 基础科学");
        assertEquals("0", browser.textOf("itemForm:deliveredCount"));
        assertTrue(browser.textOf("listForm:items").contains(title));

        browser.click("itemForm:publish");
        browser.awaitText("itemForm:messages", "已发布");
        Await.until("the push job delivered the item", Duration.ofSeconds(60), () -> {
            try {
                browser.clickAndAwaitAjax("itemForm:refresh");
                return "1".equals(browser.textOf("itemForm:deliveredCount"));
            } catch (StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
        assertTrue(browser.textOf("listForm:items").contains("已发布"));
        assertTrue(subscriber.get("v1/account/inbox").body().contains("【天府科普】" + title));
    }
}
