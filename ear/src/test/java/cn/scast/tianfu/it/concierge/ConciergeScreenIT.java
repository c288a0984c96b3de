package cn.scast.tianfu.it.concierge;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff carry a 保姆单 from the first visit to a signed deal, and the dashboard counts it. */
@ClientTest
class ConciergeScreenIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void dashboardShowsDemoOrdersByCityWithCharts() {
        browser.signInAt("/admin/dashboard.xhtml", "admin", "Tianfu@2026");

        assertTrue(Long.parseLong(browser.textOf("kpiOrders").replaceAll("\\D", "")) >= 420, browser.textOf("kpiOrders"));
        assertTrue(browser.textOf("kpiConversion").contains("%"));
        assertEquals(5, browser.driver().findElements(By.cssSelector(".tf-chart canvas")).size(),
                "orders by city and month, users by city, listings by city and by month");
        String chengdu = browser.driver().findElement(By.xpath("//tbody[@id='cityForm:cityTable_data']/tr[1]")).getText();
        assertTrue(chengdu.startsWith("510100 成都市"), chengdu);
        assertTrue(browser.textOf("cityForm:documentedTable").contains("促成科技供需交易"), "documented KPI figures listed");
        String compared = browser.textOf("cityForm:comparedTable");
        assertTrue(compared.contains("精准联系科技工作者（团队）") && compared.contains("136 万人"), compared);
        assertTrue(browser.textOf("cityForm:marketTable").contains("甘孜藏族自治州"));
    }

    /**
     * Typed names stay in the Basic Multilingual Plane (ChromeDriver cannot type others); a client name with
     * 𠮷 is covered by {@link ConciergeRareCharactersIT}, which creates it through the API.
     */
    @Test
    void anOrderGoesFromVisitToSignedDealAndSigningNeedsAnAmount() {
        String client = "绵阳吉祥电子有限公司" + System.nanoTime() % 1_000_000;
        browser.signInAt("/admin/concierge/index.xhtml", "admin", "Tianfu@2026");
        browser.type("orderForm:clientName", client);
        browser.select("orderForm:city", "绵阳市");
        browser.type("orderForm:title", "射频芯片封装测试需求");
        browser.type("orderForm:policy", "一单一策：引荐电子科技大学团队");
        browser.click("orderForm:open");
        browser.awaitText("orderForm:messages", "已建单");
        browser.awaitText("selectedOrder", client);

        logStep("上门走访", "首次走访", null);
        browser.awaitText("selectedStatus", "服务中");

        logStep("签约", "无金额的签约", null);
        browser.awaitText("orderForm:messages", "签约步骤必须填写大于 0 的签约金额（万元）");
        assertEquals("服务中", browser.textOf("selectedStatus"));

        logStep("签约", "签订技术服务合同", "88.5");
        browser.awaitText("selectedStatus", "已签约");
        String signed = browser.driver().findElement(By.xpath(
                "//tbody[@id='recentForm:recent_data']/tr[td[contains(., '" + client + "')]]")).getText();
        assertTrue(signed.contains("已签约") && signed.contains("88.5"), signed);
    }

    private void logStep(String type, String note, String amount) {
        browser.select("stepForm:stepType", type);
        browser.type("stepForm:stepNote", note);
        if (amount != null) {
            browser.type("stepForm:stepAmount_input", amount);
        }
        browser.click("stepForm:logStep");
        browser.awaitText("orderForm:messages", amount == null && "签约".equals(type) ? "签约" : "已记录步骤");
    }

}
