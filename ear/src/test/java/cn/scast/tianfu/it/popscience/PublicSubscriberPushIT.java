package cn.scast.tianfu.it.popscience;

import cn.scast.tianfu.it.account.MailAwait;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.launcher.RuntimeSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 智慧科普 push to public subscribers without an account: e-mail subscribers confirm by the mailed link, mobile ones
 * by the SMS code (read from sms_outbox); only confirmed subscribers the audience rule reaches receive an item, once
 * however often the job runs; new choices of a subscribed address apply once they are confirmed; the editor's figures
 * count subscribers apart from accounts; the link in a push unsubscribes at once; five wrong codes lock a
 * confirmation; a fourth request within the hour is refused; a visitor subscribes on the public page.
 */
@ClientTest
class PublicSubscriberPushIT {

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final ApiCalls ANONYMOUS = ApiCalls.anonymous();
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    /** A town of its own, so that no other test's subscribers or items meet this one's. */
    private final String region = "\"cityCode\":\"510100\",\"countyCode\":\"510105\",\"town\":\"订阅测试社区" + run + "\"";

    @Test
    void confirmedMatchingSubscribersGetAnItemOnceAndTheLinkUnsubscribes() throws Exception {
        String matching = "kp.match" + run + "@example.cn";
        String otherTopic = "kp.other" + run + "@example.cn";
        String mobile = "135" + run;
        String unconfirmed = "136" + run;

        HttpResponse<String> first = subscribe("\"email\":\"" + matching.toUpperCase() + "\"", "SPACE");
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(202, subscribe("\"email\":\"" + otherTopic + "\"", "ENERGY").statusCode());
        assertEquals(202, subscribe("\"mobile\":\"+86 " + mobile + "\"", "SPACE\",\"HEALTH").statusCode());
        assertEquals(202, subscribe("\"mobile\":\"" + unconfirmed + "\"", "SPACE").statusCode());

        String manageToken = confirm("{\"token\":\"" + MailAwait.awaitMail(matching, "请确认您的科普订阅").token() + "\"}");
        confirm("{\"token\":\"" + MailAwait.awaitMail(otherTopic, "请确认您的科普订阅").token() + "\"}");
        confirm("{\"mobile\":\"" + mobile + "\",\"code\":\"" + smsCode(mobile) + "\"}");
        HttpResponse<String> reused = ANONYMOUS.post("v1/popscience/subscribers/confirmation",
                "{\"token\":\"" + MailAwait.awaitMail(matching, "请确认您的科普订阅").token() + "\"}");
        assertEquals(422, reused.statusCode(), "a confirmation link works once: " + reused.body());
        assertTrue(reused.body().contains("链接无效、已过期或已使用"), reused.body());

        // the answer does not tell whether an address is subscribed already; new choices wait for their confirmation
        HttpResponse<String> again = subscribe("\"email\":\"" + otherTopic + "\"", "SPACE");
        HttpResponse<String> fresh = subscribe("\"email\":\"kp.new" + run + "@example.cn\"", "ENERGY");
        assertEquals(fresh.statusCode(), again.statusCode());
        assertEquals(message(fresh.body()), message(again.body()));

        String title = "北斗卫星导航小知识" + run;
        long item = idOf(created(ADMIN.post("v1/popscience/items", "{\"kind\":\"ARTICLE\",\"title\":\"" + title
                + "\",\"summary\":\"北斗系统怎样为手机定位。\",\"topics\":[\"SPACE\"],\"audience\":\"PUBLIC\"," + region + "}")));
        assertEquals(2, figure(item, "subscriberAudience"), "the confirmed matching subscribers, before sending");
        assertEquals(0, figure(item, "accountAudience"));
        long audience = figure(item, "audience");
        assertEquals(2, audience);

        pushAndWait(item);
        assertEquals(audience, figure(item, "delivered"), "delivered after = audience before");
        assertEquals(2, figure(item, "subscriberDelivered"));
        MailAwait.Mail pushed = MailAwait.awaitMail(matching, title);
        assertTrue(pushed.body().contains("退订") && pushed.body().contains("popscience-subscription.xhtml?token="), pushed.body());
        assertTrue(smsTo(mobile).stream().anyMatch(sms -> sms.contains(title) && sms.contains("popscience-item.xhtml?id="
                + item) && sms.contains("退订")), "the mobile subscriber's SMS: " + smsTo(mobile));
        assertTrue(MailAwait.to(otherTopic).stream().noneMatch(m -> m.subject().contains(title)), "another topic");
        assertTrue(smsTo(unconfirmed).stream().noneMatch(sms -> sms.contains(title)), "an unconfirmed subscriber");

        assertEquals(0, figure(item, "subscriberRead"));
        Matcher read = Pattern.compile("(/public/popscience-item\\.xhtml\\?id=\\d+&t=[A-Za-z0-9_%-]+)").matcher(pushed.body());
        assertTrue(read.find(), pushed.body());
        assertEquals(200, page(read.group(1)).statusCode());
        assertEquals(1, figure(item, "subscriberRead"), "opening the item through the mailed link counts as read");

        pushAndWait(item);
        assertEquals(2, figure(item, "subscriberDelivered"), "a second run delivers nothing again");
        assertEquals(1, MailAwait.to(matching).stream().filter(m -> m.subject().contains(title)).count());
        assertEquals(1, smsTo(mobile).stream().filter(sms -> sms.contains(title)).count());

        HttpResponse<String> unsubscribed = ANONYMOUS.post("v1/popscience/subscribers/unsubscription",
                "{\"token\":\"" + pushed.token() + "\"}");
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        assertTrue(unsubscribed.body().contains("\"status\":\"UNSUBSCRIBED\""), unsubscribed.body());
        HttpResponse<String> manage = page("/public/popscience-subscription.xhtml?token=" + manageToken);
        assertTrue(manage.body().contains("已退订") && manage.body().contains("k***@example.cn"), manage.body());

        List<MailAwait.Mail> confirmations = MailAwait.awaitCount(otherTopic, "请确认您的科普订阅", 2);
        confirm("{\"token\":\"" + confirmations.get(confirmations.size() - 1).token() + "\"}");

        String next = "空间站里的一天" + run;
        long nextItem = idOf(created(ADMIN.post("v1/popscience/items", "{\"kind\":\"ARTICLE\",\"title\":\"" + next
                + "\",\"summary\":\"航天员怎样在轨生活。\",\"topics\":[\"SPACE\"],\"audience\":\"PUBLIC\"," + region + "}")));
        assertEquals(2, figure(nextItem, "audience"), "the unsubscribed address no longer counts, the re-confirmed one does");
        pushAndWait(nextItem);
        assertEquals(2, figure(nextItem, "subscriberDelivered"));
        assertTrue(smsTo(mobile).stream().anyMatch(sms -> sms.contains(next)));
        MailAwait.awaitMail(otherTopic, next);
        assertTrue(MailAwait.to(matching).stream().noneMatch(m -> m.subject().contains(next)), "unsubscribed");
    }

    @Test
    void fiveWrongCodesLockAndAFourthRequestWithinTheHourIsRefused() throws Exception {
        String mobile = "137" + run;
        assertEquals(202, subscribe("\"mobile\":\"" + mobile + "\"", "SPACE").statusCode());
        String code = smsCode(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> refused = confirmation(mobile, wrong);
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("验证码不正确，还可尝试 " + (5 - attempt) + " 次"), refused.body());
        }
        HttpResponse<String> locked = confirmation(mobile, wrong);
        assertTrue(locked.body().contains("验证码错误次数过多"), locked.body());
        HttpResponse<String> rightButLocked = confirmation(mobile, code);
        assertEquals(422, rightButLocked.statusCode());
        assertTrue(rightButLocked.body().contains("验证码错误次数过多"), rightButLocked.body());
        HttpResponse<String> unknown = confirmation("138" + run, "123456");
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("验证码无效或已过期"), "an unknown number answers like an expired code");

        assertEquals(202, subscribe("\"mobile\":\"" + mobile + "\"", "SPACE").statusCode());
        assertEquals(202, subscribe("\"mobile\":\"" + mobile + "\"", "SPACE").statusCode());
        HttpResponse<String> fourth = subscribe("\"mobile\":\"" + mobile + "\"", "SPACE");
        assertEquals(429, fourth.statusCode(), fourth.body());
        assertTrue(fourth.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(fourth.body().contains("每小时最多申请 3 次"), fourth.body());

        HttpResponse<String> badMobile = ANONYMOUS.post("v1/popscience/subscribers",
                "{\"mobile\":\"12345\",\"topics\":[\"SPACE\"]}");
        assertEquals(400, badMobile.statusCode(), badMobile.body());
        assertTrue(badMobile.body().contains("手机号应为 11 位中国大陆手机号码"), badMobile.body());
        HttpResponse<String> noTopic = ANONYMOUS.post("v1/popscience/subscribers", "{\"email\":\"a" + run + "@example.cn\"}");
        assertEquals(400, noTopic.statusCode(), noTopic.body());
        assertTrue(noTopic.body().contains("请至少选择一个关注的主题"), noTopic.body());
    }

    @Test
    void aVisitorSubscribesByMobileOnThePublicPageAndUnsubscribes() throws Exception {
        String mobile = "139" + run;
        try (Browser browser = new Browser()) {
            browser.open(Deployments.BASE_URL + "/public/popscience.xhtml");
            browser.click("subscribeWithoutAccount");
            browser.awaitText("pageTitle", "订阅智慧科普");
            browser.click("subscribeForm:channel:1");
            browser.type("subscribeForm:contact", mobile);
            browser.click("subscribeForm:topics:0");
            browser.select("subscribeForm:city", "成都市");
            browser.waitUpTo(Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(org.openqa.selenium.By.id("subscribeForm:county")).getText().contains("青羊区"));
            browser.select("subscribeForm:county", "青羊区");
            browser.click("subscribeForm:subscribe");
            browser.awaitText("codeForm:messages", "请在 10 分钟内填写短信验证码");
            browser.type("codeForm:code", smsCode(mobile));
            browser.click("codeForm:confirm");
            browser.awaitText("doneForm:messages", "订阅已确认");
            browser.click("doneForm:manage");
            browser.awaitText("manageForm:status", "已订阅");
            assertEquals(mobile.substring(0, 3) + "****" + mobile.substring(7), browser.textOf("manageForm:address"));
            assertTrue(browser.textOf("manageForm:region").contains("青羊区"));
            browser.click("manageForm:unsubscribe");
            browser.awaitText("manageForm:status", "已退订");
            browser.awaitText("manageForm:messages", "已退订，立即生效");
        }
    }

    private HttpResponse<String> subscribe(String address, String topics) throws Exception {
        return ANONYMOUS.post("v1/popscience/subscribers", "{" + address + ",\"topics\":[\"" + topics + "\"],"
                + "\"groups\":[\"ELDERLY\"]," + region + "}");
    }

    private static HttpResponse<String> confirmation(String mobile, String code) throws Exception {
        return ANONYMOUS.post("v1/popscience/subscribers/confirmation",
                "{\"mobile\":\"" + mobile + "\",\"code\":\"" + code + "\"}");
    }

    /** Confirms; returns the manage token of the answer. */
    private static String confirm(String body) throws Exception {
        HttpResponse<String> confirmed = ANONYMOUS.post("v1/popscience/subscribers/confirmation", body);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        Matcher token = Pattern.compile("\"manageToken\":\"([^\"]+)\"").matcher(confirmed.body());
        assertTrue(token.find(), confirmed.body());
        return token.group(1);
    }

    private static void pushAndWait(long item) throws Exception {
        HttpResponse<String> published = ADMIN.post("v1/popscience/items/" + item + "/publication", "{}");
        assertEquals(200, published.statusCode(), published.body());
        long execution = number(published.body(), "pushExecutionId");
        Await.until("push job " + execution + " completed", WAIT,
                () -> ADMIN.get("v1/imports/" + execution).body().contains("\"batchStatus\":\"COMPLETED\""));
    }

    /** The 6-digit code of the newest SMS to the number. */
    private static String smsCode(String mobile) throws Exception {
        List<String> sent = new ArrayList<>();
        Await.until("an SMS code to " + mobile, Duration.ofSeconds(30), () -> {
            sent.clear();
            sent.addAll(smsTo(mobile));
            return sent.stream().anyMatch(sms -> sms.contains("验证码"));
        });
        Matcher code = Pattern.compile("验证码为 (\\d{6})").matcher(sent.stream().filter(sms -> sms.contains("验证码"))
                .reduce((a, b) -> b).orElseThrow());
        assertTrue(code.find());
        return code.group(1);
    }

    /** The SMS kept in sms_outbox for a number, oldest first. */
    private static List<String> smsTo(String mobile) throws Exception {
        RuntimeSettings db = RunningPlatform.platform().settings();
        try (Connection connection = DriverManager.getConnection(db.databaseUrl(), db.databaseUser(), db.databasePassword());
             PreparedStatement query = connection.prepareStatement("SELECT body FROM sms_outbox WHERE mobile = ? ORDER BY id")) {
            query.setString(1, mobile);
            List<String> bodies = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bodies.add(rows.getString(1));
                }
            }
            return bodies;
        }
    }

    private static long figure(long item, String name) throws Exception {
        HttpResponse<String> figures = ADMIN.get("v1/popscience/items/" + item + "/push");
        assertEquals(200, figures.statusCode(), figures.body());
        return number(figures.body(), name);
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String message(String json) {
        Matcher m = Pattern.compile("\"message\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
