package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.it.award.JsonObjects;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 青少年科技创新大赛 self-service in Chromium: a tutor applies for two student projects (one with its 查新报告), the
 * 成都 city office approves the first within the city's quota of one, is refused the second (quota used up) and
 * rejects it with a reason; the tutor follows both on the own page. Another city's staff cannot decide them (403).
 * A 乡土人才 entrant applies by county through the API and is approved once.
 */
@ClientTest
class CompetitionApplicationIT {

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final String PASSWORD = "Tutor2026pass";
    private static final String STAFF_PASSWORD = "CityStaff2026x";

    @Test
    void aTutorAppliesAndTheCityOfficeApprovesWithinItsQuota() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000);
        String editionName = "自行报名测试青少年大赛" + tag;
        HttpResponse<String> created = ADMIN.post("v1/contests/editions", "{\"type\":\"YOUTH\",\"year\":2072,\"name\":\""
                + editionName + "\",\"popularVote\":false,\"cityQuotas\":{\"510100\":1,\"510300\":1}}");
        assertEquals(201, created.statusCode(), created.body());
        long edition = idOf(created.body());
        String tutor = SelfRegisteredAccounts.approvedWorker("1370202", "19880303", "孙老师", PASSWORD);
        String chengdu = staff("cd.apply." + tag, "510100");
        String zigong = staff("zg.apply." + tag, "510300");
        String rain = "校园雨水花园" + tag;
        String kite = "风筝测风仪" + tag;
        Path pdf = Files.createTempFile("chaxin", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", StandardCharsets.US_ASCII);

        try (Browser browser = new Browser()) {
            browser.signInAt("/account/contest.xhtml?edition=" + edition, tutor, PASSWORD);
            apply(browser, rain, "刘小禾", pdf);
            browser.awaitText("applicationForm:messages", "已提交报名：《" + rain + "》");
            apply(browser, kite, "陈小风", null);
            browser.awaitText("applicationForm:messages", "已提交报名：《" + kite + "》");
            assertTrue(rowOf(browser, "applications", rain).contains("已上传"), rowOf(browser, "applications", rain));
            assertTrue(rowOf(browser, "applications", rain).contains("待审核"));
        }
        long kiteApplication = idOf(JsonObjects.containing(ApiCalls.as(tutor, PASSWORD).get("v1/contest-applications/mine").body(),
                "\"title\":\"" + kite + "\""));
        HttpResponse<String> otherCity = ApiCalls.as(zigong, STAFF_PASSWORD)
                .post("v1/contest-applications/" + kiteApplication + "/approval", "");
        assertEquals(403, otherCity.statusCode(), otherCity.body());
        assertTrue(otherCity.body().contains("只能审核本市州的报名"), otherCity.body());

        try (Browser staff = new Browser()) {
            staff.signInAt("/admin/competition/registrations.xhtml", chengdu, STAFF_PASSWORD);
            staff.select("editionForm:edition", editionName);
            staff.awaitText("applicationsForm:pending", kite);
            clickInRow(staff, rain, "approve");
            staff.awaitText("applicationsForm:messages", "《" + rain + "》已通过");
            clickInRow(staff, kite, "approve");
            staff.awaitText("applicationsForm:messages", "「成都市」本届报名名额 1 项已用完");
            staff.driver().findElement(By.xpath("//tbody[@id='applicationsForm:pending_data']/tr[td[1]='" + kite
                    + "']//input[contains(@id,'reason')]")).sendKeys("本市名额已满，请参加下一届");
            clickInRow(staff, kite, "reject");
            staff.awaitText("applicationsForm:messages", "《" + kite + "》未通过");
            assertTrue(staff.textOf("listForm").contains(rain));
        }

        try (Browser browser = new Browser()) {
            browser.signInAt("/account/contest.xhtml", tutor, PASSWORD);
            browser.awaitText("applications", kite);
            assertTrue(rowOf(browser, "applications", rain).contains("已通过"), rowOf(browser, "applications", rain));
            String rejected = rowOf(browser, "applications", kite);
            assertTrue(rejected.contains("未通过") && rejected.contains("本市名额已满，请参加下一届"), rejected);
        }
        String registered = ADMIN.get("v1/contests/editions/" + edition + "/registrations").body();
        assertTrue(JsonObjects.containing(registered, "\"title\":\"" + rain + "\"").contains("\"noveltyReport\":true"),
                registered);
        assertTrue(!registered.contains(kite), registered);
        String inbox = ApiCalls.as(tutor, PASSWORD).get("v1/account/inbox").body();
        assertTrue(inbox.contains("竞赛报名审核结果：已通过") && inbox.contains("竞赛报名审核结果：未通过"), inbox);
    }

    @Test
    void aRuralEntrantAppliesByCountyAndTheCityOfficeApproves() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000);
        HttpResponse<String> created = ADMIN.post("v1/contests/editions", "{\"type\":\"RURAL\",\"year\":2073,\"name\":\""
                + "自行报名测试乡土人才大赛" + tag + "\",\"popularVote\":false,\"cityQuotas\":{\"510100\":2}}");
        assertEquals(201, created.statusCode(), created.body());
        long edition = idOf(created.body());
        String entrant = SelfRegisteredAccounts.approvedWorker("1370303", "19770404", "杨师傅", PASSWORD);
        ApiCalls self = ApiCalls.as(entrant, PASSWORD);
        String title = "手工竹编" + tag;

        HttpResponse<String> wrongCounty = self.post("v1/contest-applications", "{\"editionId\":" + edition
                + ",\"title\":\"" + title + "\",\"entrantName\":\"杨师傅\",\"countyCode\":\"519999\",\"track\":\"乡村工匠与传统技艺\"}");
        HttpResponse<String> applied = self.post("v1/contest-applications", "{\"editionId\":" + edition
                + ",\"title\":\"" + title + "\",\"entrantName\":\"杨师傅\",\"countyCode\":\"510117\",\"track\":\"乡村工匠与传统技艺\"}");
        HttpResponse<String> byAnother = ApiCalls.as("admin", "Tianfu@2026").get("v1/contest-applications/mine");

        assertEquals(422, wrongCounty.statusCode(), wrongCounty.body());
        assertTrue(wrongCounty.body().contains("未知的区县代码 519999"), wrongCounty.body());
        assertEquals(201, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"cityCode\":\"510100\"") && applied.body().contains("\"status\":\"PENDING\""),
                applied.body());
        assertEquals(403, byAnother.statusCode(), byAnother.body());

        String chengdu = staff("cd.rural." + tag, "510100");
        HttpResponse<String> approved = ApiCalls.as(chengdu, STAFF_PASSWORD)
                .post("v1/contest-applications/" + idOf(applied.body()) + "/approval", "");
        HttpResponse<String> again = ApiCalls.as(chengdu, STAFF_PASSWORD)
                .post("v1/contest-applications/" + idOf(applied.body()) + "/approval", "");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(self.get("v1/contest-applications/mine").body().contains("\"statusLabel\":\"已通过\""));
        String registered = ADMIN.get("v1/contests/editions/" + edition + "/registrations").body();
        assertTrue(JsonObjects.containing(registered, "\"title\":\"" + title + "\"").contains("\"countyCode\":\"510117\""),
                registered);
    }

    private static void apply(Browser browser, String title, String student, Path report) {
        browser.type("applicationForm:title", title);
        browser.type("applicationForm:entrantName", student);
        browser.select("applicationForm:schoolLevel", "初中");
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.xpath("//select[@id='applicationForm:subject']/option[.='技术']")).isEmpty());
        browser.select("applicationForm:subject", "技术");
        browser.type("applicationForm:school", "成都市第七中学初中学校");
        browser.type("applicationForm:tutor", "孙老师");
        browser.select("applicationForm:cityCode", "成都市");
        if (report != null) {
            browser.driver().findElement(By.cssSelector("#applicationForm input[type=file]")).sendKeys(report.toString());
        }
        browser.click("applicationForm:submit");
    }

    private static String rowOf(Browser browser, String table, String title) {
        return browser.driver().findElement(By.xpath("//table[@id='" + table + "']//tr[td[1]='" + title + "']")).getText();
    }

    private static void clickInRow(Browser browser, String title, String button) {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
            var found = d.findElements(By.xpath("//tbody[@id='applicationsForm:pending_data']/tr[td[1]='" + title
                    + "']//button[contains(@id,':" + button + "')]"));
            if (found.isEmpty()) {
                return false;
            }
            found.get(0).click();
            return true;
        });
    }

    private static String staff(String username, String city) throws Exception {
        String associations = ADMIN.get("v1/city-associations").body();
        long association = idOf(JsonObjects.containing(associations, "\"cityCode\":\"" + city + "\""));
        HttpResponse<String> created = ADMIN.post("v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"审核员"
                + city + "\",\"cityAssociationId\":" + association + ",\"initialPassword\":\"" + STAFF_PASSWORD + "\"}");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());
        return username;
    }
}
