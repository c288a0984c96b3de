package cn.scast.tianfu.it.volunteering;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import cn.scast.tianfu.it.support.SignedInPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public 科技志愿服务 pages: a visitor sees the team with its coming activity and is asked to sign in; a
 * registered 科技工作者 signs in, signs up on the activity page and finds the activity under 我的志愿服务.
 */
@ClientTest
class VolunteeringScreenIT {

    private static final String PASSWORD = "Zhiyuan2026y";

    private final Browser browser = new Browser();
    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAccountSignsUpOnTheActivityPageAndSeesItOnItsAccountPage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String teamName = "锦江区科普志愿服务队" + suffix;
        HttpResponse<String> team = admin.post("v1/volunteering/teams", "{\"name\":\"" + teamName
                + "\",\"hostOrg\":\"锦江区科协\",\"cityCode\":\"510100\",\"countyCode\":\"510104\","
                + "\"topics\":\"健康医疗\",\"leaderUsername\":\"admin\"}");
        assertEquals(201, team.statusCode(), team.body());
        long teamId = idOf(team.body());
        String title = "老年人防诈骗科普讲座" + suffix;
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> activity = admin.post("v1/volunteering/activities", "{\"teamId\":" + teamId + ",\"title\":\""
                + title + "\",\"description\":\"讲解常见电信诈骗手法\",\"place\":\"春熙路街道社区服务中心\","
                + "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\",\"capacity\":30,\"hours\":2}");
        assertEquals(201, activity.statusCode(), activity.body());
        long activityId = idOf(activity.body());

        HttpResponse<String> list = page("/public/volunteering.xhtml?city=510100");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("name=\"viewport\"") && list.body().contains(teamName)
                && list.body().contains("volunteer-team.xhtml?id=" + teamId), list.body());
        String teamPage = page("/public/volunteer-team.xhtml?id=" + teamId).body();
        assertTrue(teamPage.contains(title) && teamPage.contains("锦江区科协"), teamPage);
        String anonymous = page("/public/volunteer-activity.xhtml?id=" + activityId).body();
        assertTrue(anonymous.contains("登录后报名") && anonymous.contains("春熙路街道社区服务中心"), anonymous);

        HttpResponse<String> screen = SignedInPages.signIn("admin", "Tianfu@2026").get("/admin/volunteering/index.xhtml");
        assertEquals(200, screen.statusCode());
        assertTrue(screen.body().contains(teamName) && screen.body().contains("menuForm:menuVolunteering"), "the staff screen");

        String mobile = SelfRegisteredAccounts.approvedWorker("1371616", "19781212", "钱志愿", PASSWORD);
        browser.signIn(mobile, PASSWORD);
        browser.awaitText("pageTitle", "站内信");
        browser.open(Deployments.BASE_URL + "/public/volunteer-activity.xhtml?id=" + activityId);
        browser.awaitText("pageTitle", title);
        assertEquals("30", browser.textOf("placesLeft"));
        browser.click("signUpForm:signUp");
        browser.awaitText("signUpForm:messages", "报名成功");
        assertEquals("29", browser.textOf("placesLeft"));
        assertTrue(browser.textOf("signUpForm:signedUp").contains("已报名"));

        assertTrue(browser.driver().getPageSource().contains("id=\"navMyVolunteering\""), "the account menu links it");
        browser.open(Deployments.BASE_URL + "/account/volunteering.xhtml");
        browser.awaitText("pageTitle", "我的志愿服务");
        assertTrue(browser.textOf("history").contains(title), browser.textOf("history"));
        assertTrue(browser.textOf("history").contains("已报名"));
        assertEquals("0.0", browser.textOf("totalHours"));
        assertTrue(ApiCalls.as(mobile, PASSWORD).get("v1/account/inbox").body().contains("报名成功"));
    }

    @Test
    void staffPublishAnActivityOnTheScreenAndCancelItWithAReason() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String teamName = "青羊区科技志愿服务队" + suffix;
        HttpResponse<String> team = admin.post("v1/volunteering/teams", "{\"name\":\"" + teamName
                + "\",\"hostOrg\":\"青羊区科协\",\"cityCode\":\"510100\",\"leaderUsername\":\"admin\"}");
        assertEquals(201, team.statusCode(), team.body());
        long teamId = idOf(team.body());

        browser.signInAt("/admin/volunteering/index.xhtml", "admin", "Tianfu@2026");
        browser.awaitText("pageTitle", "科技志愿服务");
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElement(By.xpath(
                "//tr[td[contains(., '" + teamName + "')]]//button[contains(@id, ':open')]"))).click();
        browser.awaitText("teamTitle", teamName);
        String title = "科技馆志愿讲解" + suffix;
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(10).withHour(9).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES);
        browser.type("activityForm:title", title);
        browser.type("activityForm:place", "四川科技馆");
        browser.type("activityForm:startsAt_input", start.format(minutes));
        browser.type("activityForm:endsAt_input", start.plusHours(3).format(minutes));
        browser.type("activityForm:capacity_input", "20");
        browser.type("activityForm:activityHours_input", "2.5");
        browser.click("activityForm:publish");
        browser.awaitText("activityForm:messages", "已发布活动：" + title);
        assertTrue(browser.textOf("activityForm:activities").contains(title));
        String published = ApiCalls.anonymous().get("v1/volunteering/teams/" + teamId + "/activities").body();
        assertTrue(published.contains(title) && published.contains("\"capacity\":20") && published.contains("\"hours\":2.5")
                && published.contains("\"startsAt\":\"" + start.format(minutes) + "\""), published);

        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElement(By.xpath(
                "//tr[td[contains(., '" + title + "')]]//button[contains(@id, ':roster')]"))).click();
        browser.awaitText("activityTitle", title);
        browser.type("rosterForm:reason", "场馆临时闭馆");
        browser.click("rosterForm:cancelActivity");
        browser.awaitText("rosterForm:messages", "已取消活动");
        String cancelled = ApiCalls.anonymous().get("v1/volunteering/activities/" + idOf(published)).body();
        assertTrue(cancelled.contains("\"status\":\"CANCELLED\"") && cancelled.contains("场馆临时闭馆"), cancelled);
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
