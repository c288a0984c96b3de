package cn.scast.tianfu.it.account;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member of the public (公众) registers without a staff review: the account cannot sign in until the mailed link
 * verifies its address, then it can at once ask a 科普 question; a second registration with the same mobile is refused.
 */
@ClientTest
class PublicRegistrationIT {

    private static final String PASSWORD = "Public2026pass";

    @Test
    void theVerifiedAddressActivatesAPublicAccountThatMayAskAtOnce() throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
        String mobile = "1370001" + run;
        String email = "public" + run + "@example.cn";
        String body = "{\"name\":\"蓉城市民" + run + "\",\"mobile\":\"" + mobile + "\",\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\"}";

        HttpResponse<String> registered = ApiCalls.anonymous().post("v1/registrations/public", body);
        assertEquals(201, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("\"status\":\"PENDING\""), registered.body());

        ApiCalls member = ApiCalls.as(mobile, PASSWORD);
        HttpResponse<String> beforeVerification = member.get("v1/account/inbox");
        assertTrue(beforeVerification.statusCode() == 401 || beforeVerification.statusCode() == 403,
                "not before the address is verified: " + beforeVerification.statusCode());

        String token = MailAwait.awaitMail(email, "请验证您的电子邮箱").token();
        HttpResponse<String> verified = ApiCalls.anonymous().post("v1/registrations/email-verification",
                "{\"token\":\"" + token + "\"}");
        assertEquals(200, verified.statusCode(), verified.body());

        HttpResponse<String> inbox = member.get("v1/account/inbox");
        assertEquals(200, inbox.statusCode(), inbox.body());
        HttpResponse<String> asked = member.post("v1/popscience/questions", "{\"title\":\"家里的老人总是失眠怎么办" + run
                + "\",\"text\":\"七十岁的老人晚上经常醒来，白天又没有精神，有什么科学的改善办法吗？\",\"topic\":\"HEALTH\","
                + "\"cityCode\":\"510100\",\"countyCode\":\"510107\"}");
        assertEquals(201, asked.statusCode(), asked.body());

        HttpResponse<String> again = ApiCalls.anonymous().post("v1/registrations/public", body);
        assertTrue(again.statusCode() == 400 || again.statusCode() == 409, again.statusCode() + " " + again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(again.body().contains("该手机号码已注册"), again.body());
    }
}
