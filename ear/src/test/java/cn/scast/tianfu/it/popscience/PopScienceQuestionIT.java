package cn.scast.tianfu.it.popscience;

import cn.scast.tianfu.it.account.MailAwait;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import cn.scast.tianfu.launcher.RuntimeSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 科普问答 end to end: an account of the public role asks about 武侯区; strangers cannot tell the question exists (404),
 * an unrelated 科技工作者 may not answer it (403), the 科普员 of 武侯区 whose registry entry the province office linked
 * to an account answers it from the queue; then it is public in the list and on its page (in Chromium too) with the
 * answerer's name and 科普员, and the asker has the notice in the inbox and by mail. Staff hiding it makes it 404 again.
 */
@ClientTest
class PopScienceQuestionIT {

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final String PASSWORD = "Wenda2026pw";
    private static final String WUHOU = "\"cityCode\":\"510100\",\"countyCode\":\"510107\"";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aQuestionOfThePublicIsAnsweredByTheCountysVolunteerAndBecomesPublic() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
        String asker = SelfRegisteredAccounts.approvedWorker("1371111", "19811111", "何提问", PASSWORD);
        String askerEmail = "u" + asker + "@example.cn";
        makePublicWithVerifiedEmail(asker);
        String volunteer = SelfRegisteredAccounts.approvedWorker("1371212", "19801212", "黄科普", PASSWORD);
        String stranger = SelfRegisteredAccounts.approvedWorker("1371313", "19790315", "罗路人", PASSWORD);

        HttpResponse<String> registered = ADMIN.post("v1/popscience/volunteers", "{" + WUHOU + ",\"town\":\"问答社区"
                + run + "\",\"name\":\"黄科普\",\"mobile\":\"" + volunteer + "\",\"accountUsername\":\"" + volunteer + "\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("\"accountUsername\":\"" + volunteer + "\""), registered.body());
        assertFalse(ApiCalls.anonymous().get("v1/popscience/volunteers/public?city=510100").body().contains(volunteer),
                "the public list shows neither mobile nor account");

        String title = "孩子发烧多少度需要去医院" + run;
        ApiCalls askerCalls = ApiCalls.as(asker, PASSWORD);
        HttpResponse<String> tooShort = askerCalls.post("v1/popscience/questions", "{\"title\":\"发烧\",\"text\":\"短\","
                + "\"topic\":\"HEALTH\"," + WUHOU + "}");
        assertEquals(422, tooShort.statusCode(), tooShort.body());
        assertTrue(tooShort.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && tooShort.body().contains("问题标题应为"), tooShort.body());
        HttpResponse<String> unknownTopic = askerCalls.post("v1/popscience/questions", "{\"title\":\"" + title
                + "\",\"text\":\"三岁孩子夜里发烧到三十八度五，精神还好，需要马上去医院吗？\",\"topic\":\"ASTROLOGY\"," + WUHOU + "}");
        assertEquals(400, unknownTopic.statusCode(), unknownTopic.body());
        assertTrue(unknownTopic.body().contains("无法识别"), unknownTopic.body());

        HttpResponse<String> asked = askerCalls.post("v1/popscience/questions", "{\"title\":\"" + title
                + "\",\"text\":\"三岁孩子夜里发烧到三十八度五，精神还好，需要马上去医院吗？\",\"topic\":\"HEALTH\"," + WUHOU + "}");
        assertEquals(201, asked.statusCode(), asked.body());
        long question = idOf(asked.body());
        assertTrue(askerCalls.get("v1/popscience/questions/mine").body().contains(title), "the asker sees it");
        assertEquals(200, askerCalls.get("v1/popscience/questions/" + question).statusCode());

        HttpResponse<String> hiddenFromStrangers = ApiCalls.anonymous().get("v1/popscience/questions/" + question);
        assertEquals(404, hiddenFromStrangers.statusCode(), hiddenFromStrangers.body());
        assertTrue(hiddenFromStrangers.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, page("/public/popscience-question.xhtml?id=" + question).statusCode(), "no page for strangers");
        assertEquals(404, ApiCalls.as(stranger, PASSWORD).get("v1/popscience/questions/" + question).statusCode(),
                "nor for an account that may not answer it");
        assertFalse(ApiCalls.anonymous().get("v1/popscience/questions?topic=HEALTH&city=510100&size=50").body().contains(title));

        HttpResponse<String> refused = ApiCalls.as(stranger, PASSWORD).post("v1/popscience/questions/" + question
                + "/answers", "{\"text\":\"多喝热水，睡一觉就好了，不用去医院。\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("科普员"), refused.body());

        ApiCalls volunteerCalls = ApiCalls.as(volunteer, PASSWORD);
        assertTrue(volunteerCalls.get("v1/popscience/questions/queue").body().contains(title), "in the 科普员's queue");
        String answerText = "体温超过三十九度，或精神差、抽搐、持续发烧超过三天，应及时就医；其余情况可先物理降温并观察。" + run;
        HttpResponse<String> answered = volunteerCalls.post("v1/popscience/questions/" + question + "/answers",
                "{\"text\":\"" + answerText + "\"}");
        assertEquals(201, answered.statusCode(), answered.body());

        String list = ApiCalls.anonymous().get("v1/popscience/questions?topic=HEALTH&city=510100&size=50").body();
        assertTrue(list.contains(title) && list.contains("\"total\":"), list);
        HttpResponse<String> one = ApiCalls.anonymous().get("v1/popscience/questions/" + question);
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains(answerText) && one.body().contains("黄科普") && one.body().contains("\"kindLabel\":\"科普员\"")
                && one.body().contains("成都市武侯区"), one.body());
        assertFalse(one.body().contains(asker), "the asker is not named in public");

        String listPage = page("/public/popscience-questions.xhtml?topic=HEALTH&city=510100").body();
        assertTrue(listPage.contains("name=\"viewport\"") && listPage.contains(title)
                && listPage.contains("popscience-question.xhtml?id=" + question), listPage);
        HttpResponse<String> questionPage = page("/public/popscience-question.xhtml?id=" + question);
        assertEquals(200, questionPage.statusCode());
        assertTrue(questionPage.body().contains(answerText) && questionPage.body().contains("科普员"), questionPage.body());

        String inbox = askerCalls.get("v1/account/inbox").body();
        assertTrue(inbox.contains("您的提问有了回答：" + title), inbox);
        MailAwait.Mail mail = MailAwait.awaitMail(askerEmail, "您的提问有了回答：" + title);
        assertTrue(mail.body().contains(answerText) && mail.body().contains("popscience-question.xhtml?id=" + question),
                mail.body());

        try (Browser browser = new Browser()) {
            browser.open(Deployments.BASE_URL + "/public/popscience-question.xhtml?id=" + question);
            browser.awaitText("pageTitle", title);
            String shown = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(shown.contains("孩子发烧") && shown.contains("科普员") && shown.contains("黄科普")
                    && shown.contains("成都市武侯区") && shown.contains(answerText), shown);
            browser.open(Deployments.BASE_URL + "/public/popscience-questions.xhtml?city=510100&topic="
                    + URLEncoder.encode("HEALTH", StandardCharsets.UTF_8));
            browser.awaitText("pageTitle", "科普问答");
        }

        HttpResponse<String> hidden = ADMIN.post("v1/popscience/questions/" + question + "/hiding", "{\"reason\":\"测试隐藏\"}");
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertEquals(404, ApiCalls.anonymous().get("v1/popscience/questions/" + question).statusCode(), "hidden by staff");
        assertEquals(403, volunteerCalls.post("v1/popscience/questions/" + question + "/hiding", "{}").statusCode(),
                "a 科普员 does not moderate");
    }

    @Test
    void onTheScreensAnAccountAsksAndATopicExpertAnswersFromTheQueue() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
        String asker = SelfRegisteredAccounts.approvedWorker("1371414", "19780416", "曹好奇", PASSWORD);
        String expert = SelfRegisteredAccounts.approvedWorker("1371515", "19770517", "袁专家", PASSWORD);
        String designation = "{\"username\":\"" + expert + "\",\"topic\":\"SPACE\"}";
        HttpResponse<String> designated = ADMIN.post("v1/popscience/experts", designation);
        assertEquals(201, designated.statusCode(), designated.body());
        assertEquals(409, ADMIN.post("v1/popscience/experts", designation).statusCode(), "an expert of a topic once");
        assertEquals(401, ApiCalls.anonymous().get("v1/popscience/experts").statusCode());

        String title = "空间站上的宇航员怎么睡觉" + run;
        try (Browser browser = new Browser()) {
            browser.signInAt("/account/popscience.xhtml", asker, PASSWORD);
            browser.click("myQuestions");
            browser.awaitText("pageTitle", "我的科普问答");
            browser.type("askForm:title", title);
            browser.type("askForm:text", "失重环境下宇航员睡觉时会不会飘来飘去？需要系安全带吗？");
            browser.select("askForm:topic", "航空航天");
            browser.select("askForm:city", "绵阳市");
            browser.click("askForm:ask");
            browser.awaitText("askForm:messages", "已提交问题");
            browser.awaitText("mine", title);
            assertTrue(browser.textOf("mine").contains("待回答"), browser.textOf("mine"));
        }
        long question = idOf(ApiCalls.as(asker, PASSWORD).get("v1/popscience/questions/mine").body());

        String answerText = "睡袋固定在舱壁上，宇航员钻进睡袋拉好拉链，就不会飘走了。" + run;
        try (Browser browser = new Browser()) {
            browser.signInAt("/account/popscience-answers.xhtml", expert, PASSWORD);
            browser.awaitText("queue", title);
            String card = "//li[.//a[normalize-space()='" + title + "']]";
            assertTrue(browser.driver().findElement(By.xpath(card)).getText().contains("专家"), "answers as 专家");
            browser.driver().findElement(By.xpath(card + "//textarea")).sendKeys(answerText);
            browser.driver().findElement(By.xpath(card + "//input[contains(@id,':send')]")).click();
            browser.awaitText("queueForm:messages", "已回答");
        }
        String one = ApiCalls.anonymous().get("v1/popscience/questions/" + question).body();
        assertTrue(one.contains(answerText) && one.contains("袁专家") && one.contains("\"kindLabel\":\"专家\"")
                && one.contains("绵阳市"), one);
        assertTrue(ApiCalls.as(asker, PASSWORD).get("v1/account/inbox").body().contains("您的提问有了回答：" + title));

        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/popscience/volunteers.xhtml", "admin", "Tianfu@2026");
            browser.awaitText("expertsTitle", "科普问答专家");
            browser.awaitText("expertForm:experts", "袁专家");
        }
    }

    /** There is no self-registration for the public role: the approved account is turned into one, its address verified. */
    private static void makePublicWithVerifiedEmail(String username) throws Exception {
        RuntimeSettings db = RunningPlatform.platform().settings();
        try (Connection connection = DriverManager.getConnection(db.databaseUrl(), db.databaseUser(), db.databasePassword());
             PreparedStatement role = connection.prepareStatement("UPDATE user_account_role SET role = 'PUBLIC' "
                     + "WHERE account_id = (SELECT id FROM user_account WHERE username = ?)");
             PreparedStatement verified = connection.prepareStatement(
                     "UPDATE user_account SET email_verified_at = NOW(6) WHERE username = ?")) {
            role.setString(1, username);
            assertEquals(1, role.executeUpdate());
            verified.setString(1, username);
            assertEquals(1, verified.executeUpdate());
        }
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
