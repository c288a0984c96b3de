package cn.scast.tianfu.it.portal;

import cn.scast.tianfu.it.account.MailAwait;
import cn.scast.tianfu.it.award.JsonObjects;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole self-service path in Chromium: a 科技工作者 and a 企事业单位 register on the public page and verify their
 * addresses from the mails, the 成都 city staff approve both on 注册审核, each publishes on 我的供需, the enterprise finds
 * the worker's 所能 among the matches of its 所需 and asks for an introduction, the 科服保姆 sees who asked and carries
 * the 保姆单 through visit, analysis, introduction and negotiation to the signing with an amount. Both sides follow the
 * timeline, see each other's contact only after the introduction, and the mails arrive at the test SMTP server.
 */
@ClientTest
class SelfServiceJourneyIT {

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final String STAFF_PASSWORD = "CityStaff2026x";
    private static final String WORKER_PASSWORD = "Journey2026wk";
    private static final String ENTERPRISE_PASSWORD = "Journey2026co";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aWorkerAndAnEnterpriseMeetThroughAConciergeOrderAndSign() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
        String workerMobile = "1330808" + run;
        String enterpriseMobile = "1330909" + run;
        String workerEmail = "journey.worker" + run + "@example.cn";
        String enterpriseEmail = "journey.company" + run + "@example.cn";
        String workerName = "林旅程" + run;
        String companyName = "成都旅程智能装备有限公司" + run;
        String staff = "journey.cd." + run;
        String marker = "磁悬浮轴承" + run;
        String supply = marker + "动平衡检测服务";
        String demand = "高速电机" + marker + "振动难题";
        staff(staff, "510100");

        try (Browser browser = new Browser()) {
            browser.open(Deployments.BASE_URL + "/public/register.xhtml");
            browser.awaitText("pageTitle", "用户注册");
            browser.type("kinds:workerForm:name", workerName);
            browser.type("kinds:workerForm:mobile", workerMobile);
            String first17 = "51010419790909" + run.substring(0, 3);
            browser.type("kinds:workerForm:idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
            browser.select("kinds:workerForm:cityCode", "成都市");
            browser.type("kinds:workerForm:unitName", "四川大学");
            browser.type("kinds:workerForm:email", workerEmail);
            browser.type("kinds:workerForm:password", WORKER_PASSWORD);
            browser.click("kinds:workerForm:submit");
            browser.awaitText("done", "注册申请已提交");

            browser.open(Deployments.BASE_URL + "/public/register.xhtml");
            browser.driver().findElement(By.linkText("企事业单位")).click();
            String credit17 = "91510100MA7" + run + "00";
            browser.type("kinds:enterpriseForm:creditCode", credit17 + UnifiedSocialCreditCode.checkCharacter(credit17));
            browser.type("kinds:enterpriseForm:name", companyName);
            browser.type("kinds:enterpriseForm:contactPerson", "赵经理");
            browser.type("kinds:enterpriseForm:mobile", enterpriseMobile);
            browser.select("kinds:enterpriseForm:cityCode", "成都市");
            browser.type("kinds:enterpriseForm:email", enterpriseEmail);
            browser.type("kinds:enterpriseForm:password", ENTERPRISE_PASSWORD);
            browser.click("kinds:enterpriseForm:submit");
            browser.awaitText("done", "注册申请已提交");

            for (String address : new String[]{workerEmail, enterpriseEmail}) {
                MailAwait.Mail mail = MailAwait.awaitMail(address, "请验证您的电子邮箱");
                browser.open(Deployments.BASE_URL + "/public/verify-email.xhtml?token="
                        + URLEncoder.encode(mail.token(), StandardCharsets.UTF_8));
                awaitSource(browser, address);
            }

            browser.signInAt("/admin/account/applications.xhtml", staff, STAFF_PASSWORD);
            browser.awaitText("pageTitle", "注册审核");
            approve(browser, workerMobile, workerName);
            approve(browser, enterpriseMobile, companyName);
        }
        MailAwait.awaitMail(workerEmail, "注册审核通过");
        MailAwait.awaitMail(enterpriseEmail, "注册审核通过");

        try (Browser worker = new Browser()) {
            signInToMarket(worker, workerMobile, WORKER_PASSWORD);
            publish(worker, "科技服务", supply, marker + ";动平衡;振动检测");
        }

        String orderNo;
        try (Browser enterprise = new Browser()) {
            signInToMarket(enterprise, enterpriseMobile, ENTERPRISE_PASSWORD);
            publish(enterprise, "科研难题", demand, marker + ";振动;高速电机");
            String interested = "//li[span[contains(@id,'matchTitle') and text()='" + supply + "']]//input[contains(@id,':interested')]";
            enterprise.reloadUntil(Deployments.BASE_URL + "/account/market.xhtml",
                    d -> !d.findElements(By.xpath(interested)).isEmpty(), WAIT, "the worker's 所能 among the matches");
            enterprise.driver().findElement(By.xpath(interested)).click();
            enterprise.awaitText("messages", "已申请对接");
            orderNo = enterprise.textOf("messages").replaceAll("(?s).*保姆单 (BM[0-9-]+).*", "$1");
            assertTrue(orderNo.startsWith("BM"), enterprise.textOf("messages"));
            enterprise.open(Deployments.BASE_URL + "/account/market.xhtml");
            String card = introduction(enterprise, orderNo);
            assertTrue(card.contains("对方信息在科服保姆引荐后可见") && !card.contains(workerMobile), card);
        }
        MailAwait.awaitMail(enterpriseEmail, "对接申请已受理：" + orderNo);

        try (Browser concierge = new Browser()) {
            concierge.signInAt("/admin/concierge/index.xhtml", staff, STAFF_PASSWORD);
            String row = "//tbody[@id='recentForm:recent_data']/tr[td[1][contains(., '" + orderNo + "')]]";
            concierge.waitUpTo(WAIT).until(d -> !d.findElements(By.xpath(row)).isEmpty());
            assertTrue(concierge.driver().findElement(By.xpath(row)).getText().contains(companyName + "（" + enterpriseMobile + "）"),
                    "the 保姆 sees who asked: " + concierge.driver().findElement(By.xpath(row)).getText());
            concierge.driver().findElement(By.xpath(row + "//button[contains(@id,':select')]")).click();
            concierge.awaitText("selectedOrder", orderNo);
            assertTrue(concierge.textOf("stepForm:selectedRequester").contains(companyName));
            logStep(concierge, "上门走访", null);
            logStep(concierge, "需求分析", null);
            logStep(concierge, "对接引荐", null);
            logStep(concierge, "洽谈", null);
            logStep(concierge, "签约", "128.50");
            concierge.awaitText("selectedStatus", "已签约");
        }

        try (Browser enterprise = new Browser()) {
            signInToMarket(enterprise, enterpriseMobile, ENTERPRISE_PASSWORD);
            String card = introduction(enterprise, orderNo);
            assertTrue(card.contains("已签约") && card.contains("128.50 万元") && card.contains(workerName)
                    && card.contains(workerMobile) && card.contains(workerEmail), card);
            assertTimeline(card);
        }
        try (Browser worker = new Browser()) {
            signInToMarket(worker, workerMobile, WORKER_PASSWORD);
            String card = introduction(worker, orderNo);
            assertTrue(card.contains("已签约") && card.contains("128.50 万元") && card.contains(companyName)
                    && card.contains("赵经理") && card.contains(enterpriseMobile), card);
            assertTimeline(card);
        }

        for (String address : new String[]{workerEmail, enterpriseEmail}) {
            MailAwait.awaitMail(address, "对接进展：对接引荐（" + orderNo);
            MailAwait.awaitMail(address, "对接进展：签约（" + orderNo);
        }
        String inbox = ApiCalls.as(workerMobile, WORKER_PASSWORD).get("v1/account/inbox").body();
        assertTrue(inbox.contains("对接进展：签约（" + orderNo), inbox);
    }

    private static void staff(String username, String cityCode) throws Exception {
        String associations = ADMIN.get("v1/city-associations").body();
        long association = ApiCalls.idOf(JsonObjects.containing(associations, "\"cityCode\":\"" + cityCode + "\""));
        HttpResponse<String> created = ADMIN.post("v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"成都保姆\","
                + "\"cityAssociationId\":" + association + ",\"initialPassword\":\"" + STAFF_PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
    }

    private static void approve(Browser browser, String mobile, String name) {
        String row = "//tr[.//span[contains(@id,':mobile') and text()='" + mobile + "']]";
        browser.waitUpTo(WAIT).until(d -> !d.findElements(By.xpath(row + "//button[contains(@id,':approve')]")).isEmpty());
        browser.driver().findElement(By.xpath(row + "//button[contains(@id,':approve')]")).click();
        awaitSource(browser, "已通过 " + name + " 的注册申请");
    }

    private static void signInToMarket(Browser browser, String username, String password) {
        browser.signInAt("/account/market.xhtml", username, password);
        browser.awaitText("pageTitle", "我的供需");
    }

    private static void publish(Browser browser, String kind, String title, String keywords) {
        browser.select("publishForm:kind", kind);
        browser.type("publishForm:title", title);
        browser.type("publishForm:keywords", keywords);
        browser.select("publishForm:city", "成都市");
        browser.click("publishForm:publish");
        browser.awaitText("messages", "已发布：" + title);
        assertTrue(browser.textOf("matchesForm").contains("已发布"), browser.textOf("matchesForm"));
    }

    private static String introduction(Browser browser, String orderNo) {
        String card = "//section[.//span[contains(@id,'orderNo') and text()='" + orderNo + "']]";
        browser.waitUpTo(WAIT).until(d -> !d.findElements(By.xpath(card)).isEmpty());
        return browser.driver().findElement(By.xpath(card)).getText();
    }

    private static void logStep(Browser browser, String type, String amount) {
        browser.select("stepForm:stepType", type);
        browser.type("stepForm:stepNote", "旅程测试：" + type);
        if (amount != null) {
            browser.type("stepForm:stepAmount_input", amount);
        }
        browser.click("stepForm:logStep");
        browser.awaitText("orderForm:messages", "已记录步骤");
        browser.waitUpTo(WAIT).until(d -> d.findElement(By.id("stepForm:steps")).getText().contains(type));
    }

    private static void assertTimeline(String card) {
        int at = -1;
        for (String step : new String[]{"上门走访", "需求分析", "对接引荐", "洽谈", "签约"}) {
            int next = card.indexOf(step, at + 1);
            assertTrue(next > at, step + " in order on " + card);
            at = next;
        }
        assertFalse(card.contains("对方信息在科服保姆引荐后可见"), card);
    }

    private static void awaitSource(Browser browser, String text) {
        new WebDriverWait(browser.driver(), WAIT).withMessage("page shows " + text)
                .until((WebDriver d) -> d.getPageSource().contains(text));
    }
}
