package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.it.account.MailAwait;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public 人气奖 page in Chromium: staff open the vote on the contest screen, a self-registered and approved
 * account votes once (a second vote is refused in Chinese), nobody sees a count while the vote is open, and the
 * counts appear on the public page once staff have closed it.
 */
@ClientTest
class PublicVoteIT {

    private static final String PASSWORD = "Voter2026pass";
    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final AtomicInteger YEAR = new AtomicInteger(2070);

    @Test
    void anAccountVotesOnceAndTheCountsAppearOnlyAfterTheClose() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000);
        String name = "人气投票测试大赛" + tag;
        long edition = newEdition(name);
        String tea = "竹编茶具" + tag;
        String rice = "稻田养鱼" + tag;
        register(edition, tea, "杨师傅");
        register(edition, rice, "周大姐");
        String voter = SelfRegisteredAccounts.approvedWorker("1370101", "19910202", "钱投票", PASSWORD);
        String page = Deployments.BASE_URL + "/public/vote.xhtml?edition=" + edition;

        try (Browser admin = new Browser(); Browser browser = new Browser(); Browser visitor = new Browser()) {
            admin.signInAt("/admin/competition/registrations.xhtml", "admin", "Tianfu@2026");
            admin.select("editionForm:edition", name);
            admin.awaitText("voteForm:voteStatus", "未开始");
            admin.click("voteForm:openVote");
            admin.awaitText("voteForm:voteStatus", "投票中");

            visitor.open(page);
            visitor.awaitText("voteStatus", "投票中");
            assertTrue(visitor.textOf("voteForm:signIn").contains("登录后投票"));
            assertTrue(visitor.driver().findElements(By.xpath("//table[@id='entries']//input[@type='submit']")).isEmpty(),
                    "no vote buttons for a visitor who has not signed in");

            browser.signIn(voter, PASSWORD);
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login"));
            browser.open(page);
            browser.awaitText("pageTitle", name);
            assertTrue(browser.textOf("countsHidden").contains("投票结束后公布票数"));
            voteFor(browser, tea);
            browser.awaitText("voteForm:messages", "投票成功");
            voteFor(browser, rice);
            browser.awaitText("voteForm:messages", "每人每届只能投一票，您已投过票");
            assertTrue(browser.textOf("voteForm:voted").contains("您已在本届投过票"));
            assertTrue(browser.textOf("countsHidden").contains("投票结束后公布票数"));
            assertTrue(browser.driver().findElements(By.id("counts")).isEmpty(), "no counts while the vote is open");
            String whileOpen = ApiCalls.anonymous().get("v1/contests/editions/" + edition + "/votes").body();
            assertTrue(whileOpen.contains("\"counts\":[]") && whileOpen.contains("\"countsShown\":false"), whileOpen);

            admin.click("voteForm:closeVote");
            admin.awaitText("voteForm:voteStatus", "已结束");

            browser.open(page);
            browser.awaitText("voteStatus", "已结束");
            assertEquals(1, countOf(browser, tea), "the first vote counted");
            assertEquals(0, countOf(browser, rice), "the refused second vote not counted");
            assertTrue(browser.driver().findElements(By.id("countsHidden")).isEmpty());
            assertTrue(browser.driver().findElements(By.xpath("//table[@id='entries']//input[@type='submit']")).isEmpty(),
                    "no vote buttons once the vote has closed");
        }
        String award = ApiCalls.anonymous().get("v1/contests/editions/" + edition + "/popular-award").body();
        assertTrue(award.contains(tea) && !award.contains(rice), award);
    }

    @Test
    void aVisitorVotesByConfirmingTheMailedLinkOncePerAddress() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000);
        long edition = openVote("邮箱投票测试大赛" + tag);
        String lamp = "自贡彩灯" + tag;
        String pepper = "汉源花椒" + tag;
        long lampEntry = register(edition, lamp, "李师傅");
        register(edition, pepper, "王大哥");
        String address = "visitor" + tag + "@example.cn";
        String page = Deployments.BASE_URL + "/public/vote.xhtml?edition=" + edition;

        try (Browser visitor = new Browser()) {
            visitor.open(page);
            visitor.awaitText("voteStatus", "投票中");
            visitor.select("voteForm:emailEntry", pepper);
            visitor.type("voteForm:email", address);
            visitor.click("voteForm:sendEmailVote");
            visitor.awaitText("voteForm:messages", "确认邮件已发送至 " + address);
            MailAwait.Mail mail = MailAwait.awaitMail(address, "请确认您的人气奖投票");
            assertTrue(mail.body().contains("/public/vote.xhtml?edition=" + edition + "&confirm="), mail.body());
            Matcher token = Pattern.compile("[?&]confirm=([A-Za-z0-9_%-]+)").matcher(mail.body());
            assertTrue(token.find(), mail.body());
            // the token as mailed (already URL-encoded), on this test server's address
            String link = page + "&confirm=" + token.group(1);

            visitor.open(link);
            visitor.click("voteForm:confirmVote");
            visitor.awaitText("voteForm:messages", "投票成功");

            visitor.open(link);
            visitor.click("voteForm:confirmVote");
            visitor.awaitText("voteForm:messages", "链接无效、已过期或已使用");

            visitor.open(page);
            visitor.select("voteForm:emailEntry", lamp);
            visitor.type("voteForm:email", address.toUpperCase());
            visitor.click("voteForm:sendEmailVote");
            visitor.awaitText("voteForm:messages", "该邮箱本届已投过票");
            assertTrue(visitor.textOf("countsHidden").contains("投票结束后公布票数"));

            HttpResponse<String> badAddress = ApiCalls.anonymous().post("v1/contests/editions/" + edition + "/email-votes",
                    "{\"entryId\":1,\"email\":\"not-an-address\"}");
            assertEquals(422, badAddress.statusCode(), badAddress.body());
            assertTrue(badAddress.body().contains("请填写有效的电子邮箱"), badAddress.body());
            HttpResponse<String> unknownLink = ApiCalls.anonymous().post("v1/contests/email-votes/confirmation",
                    "{\"token\":\"no-such-token\"}");
            assertEquals(422, unknownLink.statusCode(), unknownLink.body());
            assertTrue(unknownLink.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(unknownLink.body().contains("链接无效、已过期或已使用"), unknownLink.body());

            String other = "resend" + tag + "@example.cn";
            for (int resend = 1; resend <= 3; resend++) {
                HttpResponse<String> sent = ApiCalls.anonymous().post("v1/contests/editions/" + edition + "/email-votes",
                        "{\"entryId\":" + lampEntry + ",\"email\":\"" + other + "\"}");
                assertEquals(202, sent.statusCode(), sent.body());
            }
            HttpResponse<String> flood = ApiCalls.anonymous().post("v1/contests/editions/" + edition + "/email-votes",
                    "{\"entryId\":" + lampEntry + ",\"email\":\"" + other + "\"}");
            assertEquals(422, flood.statusCode(), flood.body());
            assertTrue(flood.body().contains("已向该邮箱发送过确认邮件"), flood.body());

            assertEquals(200, ADMIN.post("v1/contests/editions/" + edition + "/vote/closing", "").statusCode());
            visitor.open(page);
            visitor.awaitText("voteStatus", "已结束");
            assertEquals(1, countOf(visitor, pepper));
            assertEquals(0, countOf(visitor, lamp));
        }
    }

    /** A rural contest edition with a popular vote, opened through the API. */
    private static long openVote(String name) throws Exception {
        long edition = newEdition(name);
        HttpResponse<String> opened = ADMIN.post("v1/contests/editions/" + edition + "/vote/opening", "");
        assertEquals(200, opened.statusCode(), opened.body());
        return edition;
    }

    /** A rural contest edition with a popular vote; the years are this class's own (one edition per programme and year). */
    private static long newEdition(String name) throws Exception {
        HttpResponse<String> created = ADMIN.post("v1/contests/editions", "{\"type\":\"RURAL\",\"year\":"
                + YEAR.incrementAndGet() + ",\"name\":\"" + name + "\",\"popularVote\":true,\"cityQuotas\":{\"510100\":3}}");
        assertEquals(201, created.statusCode(), created.body());
        return idOf(created.body());
    }

    private static void voteFor(Browser browser, String title) {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
            var buttons = d.findElements(By.xpath("//table[@id='entries']//tr[td[1]='" + title + "']//input[@type='submit']"));
            if (buttons.isEmpty()) {
                return false;
            }
            buttons.get(0).click();
            return true;
        });
    }

    private static long countOf(Browser browser, String title) {
        String row = browser.driver().findElement(By.xpath("//table[@id='counts']//tr[td[1]='" + title + "']")).getText();
        Matcher m = Pattern.compile("(\\d+)\\s*$").matcher(row);
        assertTrue(m.find(), row);
        return Long.parseLong(m.group(1));
    }

    /** Registers a rural entrant; returns the engine entry one votes for. */
    private static long register(long edition, String title, String entrant) throws Exception {
        HttpResponse<String> r = ADMIN.post("v1/contests/editions/" + edition + "/registrations", "{\"title\":\"" + title
                + "\",\"entrantName\":\"" + entrant + "\",\"countyCode\":\"510117\",\"track\":\"农产品加工\"}");
        assertEquals(201, r.statusCode(), r.body());
        Matcher entry = Pattern.compile("\"entryId\":(\\d+)").matcher(r.body());
        assertTrue(entry.find(), r.body());
        return Long.parseLong(entry.group(1));
    }
}
