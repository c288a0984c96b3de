package cn.scast.tianfu.it.account;

import cn.scast.tianfu.it.award.JsonObjects;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.launcher.RuntimeSettings;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-registration end to end against the real server and a real SMTP server: a 科技工作者 (成都) and a 企事业单位
 * (自贡) register over the public API, bad input is refused field by field and stores nothing, pending accounts
 * cannot sign in, the city staff of each city review only their own city's applications, approval creates the worker
 * record and tells the applicant (inbox and mail to the verified address), rejection keeps the account out and shows
 * the reason, the unverified address gets nothing but the verification mail, and the forgotten-password link works
 * once and not after it expired.
 */
@ClientTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfRegistrationIT {

    private static final String CHENGDU = "510100";
    private static final String ZIGONG = "510300";
    private static final String STAFF_PASSWORD = "CityStaff2026x";
    private static final String WORKER_PASSWORD = "Worker2026pass";
    private static final String ENTERPRISE_PASSWORD = "Company2026pass";

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final ApiCalls ANONYMOUS = ApiCalls.anonymous();
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));

    private static final String WORKER_MOBILE = "1390000" + RUN;
    private static final String WORKER_EMAIL = "worker" + RUN + "@example.cn";
    private static final String WORKER_ID = idNumber("510104199001011" + RUN.substring(0, 2));
    private static final String ENTERPRISE_MOBILE = "1380000" + RUN;
    private static final String ENTERPRISE_EMAIL = "company" + RUN + "@example.cn";
    private static final String CREDIT_CODE = creditCode("91510300MA6" + RUN + "00");

    private static long workerApplication;
    private static long enterpriseApplication;

    @Test
    @Order(1)
    void cityStaffOfTwoCitiesExist() throws Exception {
        String associations = ADMIN.get("v1/city-associations").body();
        for (String[] staff : new String[][]{{"reg.staff.cd", CHENGDU}, {"reg.staff.zg", ZIGONG}}) {
            long association = ApiCalls.idOf(JsonObjects.containing(associations, "\"cityCode\":\"" + staff[1] + "\""));
            HttpResponse<String> created = ADMIN.post("v1/staff", "{\"username\":\"" + staff[0] + "\",\"displayName\":\"审核员"
                    + staff[1] + "\",\"cityAssociationId\":" + association + ",\"initialPassword\":\"" + STAFF_PASSWORD + "\"}");
            assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.body());
        }
    }

    @Test
    @Order(2)
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String wrongCheckDigit = WORKER_ID.substring(0, 17) + (WORKER_ID.charAt(17) == '1' ? '2' : '1');
        HttpResponse<String> worker = ANONYMOUS.post("v1/registrations/workers", workerBody(wrongCheckDigit, "short1",
                "not-an-address"));
        assertEquals(400, worker.statusCode(), worker.body());
        assertTrue(worker.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertField(worker.body(), "idNumber", "校验");
        assertField(worker.body(), "password", "至少 10 个字符");
        assertField(worker.body(), "email", "电子邮箱格式不正确");

        String badCredit = CREDIT_CODE.substring(0, 17) + (CREDIT_CODE.charAt(17) == '0' ? '1' : '0');
        HttpResponse<String> enterprise = ANONYMOUS.post("v1/registrations/enterprises", enterpriseBody(badCredit));
        assertEquals(400, enterprise.statusCode(), enterprise.body());
        assertField(enterprise.body(), "creditCode", "统一社会信用代码校验位错误");

        String weakPassword = enterpriseBody(CREDIT_CODE).replace(ENTERPRISE_PASSWORD, "onlyletters");
        HttpResponse<String> weak = ANONYMOUS.post("v1/registrations/enterprises", weakPassword);
        assertEquals(400, weak.statusCode(), weak.body());
        assertField(weak.body(), "password", "字母和数字");

        assertFalse(ADMIN.get("v1/account-applications").body().contains(WORKER_MOBILE), "nothing stored");
        assertTrue(MailAwait.to(WORKER_EMAIL).isEmpty(), "no mail for a refused registration");
    }

    @Test
    @Order(3)
    void aWorkerAndAnEnterpriseRegisterAndWaitForReview() throws Exception {
        HttpResponse<String> worker = ANONYMOUS.post("v1/registrations/workers", workerBody(WORKER_ID, WORKER_PASSWORD,
                WORKER_EMAIL));
        assertEquals(201, worker.statusCode(), worker.body());
        assertTrue(worker.body().contains("\"status\":\"PENDING\"") && worker.body().contains(WORKER_MOBILE), worker.body());
        workerApplication = number(worker.body(), "applicationId");

        HttpResponse<String> enterprise = ANONYMOUS.post("v1/registrations/enterprises", enterpriseBody(CREDIT_CODE));
        assertEquals(201, enterprise.statusCode(), enterprise.body());
        enterpriseApplication = number(enterprise.body(), "applicationId");

        HttpResponse<String> sameMobile = ANONYMOUS.post("v1/registrations/workers",
                workerBody(idNumber("51010419850505" + RUN.substring(0, 3)), WORKER_PASSWORD, "other" + RUN + "@example.cn"));
        assertEquals(409, sameMobile.statusCode(), sameMobile.body());
        assertField(sameMobile.body(), "mobile", "该手机号码已注册");

        HttpResponse<String> sameId = ANONYMOUS.post("v1/registrations/workers",
                workerBody(WORKER_ID, WORKER_PASSWORD, WORKER_EMAIL).replace(WORKER_MOBILE, "1370000" + RUN));
        assertEquals(409, sameId.statusCode(), sameId.body());
        assertField(sameId.body(), "idNumber", "该身份证号码已注册");

        HttpResponse<String> sameCode = ANONYMOUS.post("v1/registrations/enterprises",
                enterpriseBody(CREDIT_CODE).replace(ENTERPRISE_MOBILE, "1360000" + RUN));
        assertEquals(409, sameCode.statusCode(), sameCode.body());
        assertField(sameCode.body(), "creditCode", "该统一社会信用代码已注册");

        HttpResponse<String> pending = ApiCalls.as(WORKER_MOBILE, WORKER_PASSWORD).get("v1/account/inbox");
        assertEquals(401, pending.statusCode(), "a pending account cannot sign in");
        assertTrue(pending.body().contains("等待所在市州科协审核"), pending.body());
        HttpResponse<String> status = ANONYMOUS.post("v1/registrations/status",
                "{\"mobile\":\"" + WORKER_MOBILE + "\",\"password\":\"" + WORKER_PASSWORD + "\"}");
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("\"status\":\"PENDING\"") && status.body().contains("等待"), status.body());
    }

    @Test
    @Order(4)
    void theVerificationLinkWorksOnce() throws Exception {
        MailAwait.Mail mail = MailAwait.awaitMail(WORKER_EMAIL, "请验证您的电子邮箱");
        assertTrue(mail.body().contains("/public/verify-email.xhtml?token="), mail.body());
        HttpResponse<String> verified = ANONYMOUS.post("v1/registrations/email-verification",
                "{\"token\":\"" + mail.token() + "\"}");
        assertEquals(200, verified.statusCode(), verified.body());
        HttpResponse<String> again = ANONYMOUS.post("v1/registrations/email-verification",
                "{\"token\":\"" + mail.token() + "\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertField(again.body(), "token", "已使用");
        MailAwait.awaitMail(ENTERPRISE_EMAIL, "请验证您的电子邮箱"); // the enterprise leaves its address unverified
    }

    @Test
    @Order(5)
    void cityStaffReviewOnlyTheirOwnCity() throws Exception {
        ApiCalls chengdu = ApiCalls.as("reg.staff.cd", STAFF_PASSWORD);
        ApiCalls zigong = ApiCalls.as("reg.staff.zg", STAFF_PASSWORD);

        String chengduList = chengdu.get("v1/account-applications?status=PENDING").body();
        assertTrue(chengduList.contains(WORKER_MOBILE), chengduList);
        assertFalse(chengduList.contains(ENTERPRISE_MOBILE), "another city's applicant is not listed: " + chengduList);
        assertFalse(chengduList.contains(WORKER_ID), "never the raw ID number");
        String all = ADMIN.get("v1/account-applications?status=PENDING").body();
        assertTrue(all.contains(WORKER_MOBILE) && all.contains(ENTERPRISE_MOBILE), "the province admin sees all");

        assertEquals(403, chengdu.post("v1/account-applications/" + enterpriseApplication + "/approval", "{}").statusCode());

        HttpResponse<String> noReason = zigong.post("v1/account-applications/" + enterpriseApplication + "/rejection", "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertField(noReason.body(), "reason", "请填写不通过的原因");

        HttpResponse<String> rejected = zigong.post("v1/account-applications/" + enterpriseApplication + "/rejection",
                "{\"reason\":\"营业执照信息与统一社会信用代码不符\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("\"status\":\"REJECTED\""), rejected.body());

        HttpResponse<String> approved = chengdu.post("v1/account-applications/" + workerApplication + "/approval", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"ACTIVE\"") && approved.body().contains("\"workerId\":"),
                approved.body());
        long workerId = number(approved.body(), "workerId");
        assertEquals(409, chengdu.post("v1/account-applications/" + workerApplication + "/approval", "{}").statusCode(),
                "reviewed once");

        String worker = ADMIN.get("v1/workers/" + workerId).body();
        assertTrue(worker.contains("\"idMasked\":\"" + WORKER_ID.substring(0, 6) + "********" + WORKER_ID.substring(14))
                && !worker.contains(WORKER_ID) && worker.contains("张科研"), "the new worker record, ID masked: " + worker);

        String trail = ADMIN.get("v1/account-applications/" + workerApplication).body();
        assertTrue(trail.contains("\"reviewedBy\":\"reg.staff.cd\""), trail);
    }

    @Test
    @Order(6)
    void theApprovedWorkerSignsInAndIsToldInTheInboxAndByMail() throws Exception {
        ApiCalls worker = ApiCalls.as(WORKER_MOBILE, WORKER_PASSWORD);
        HttpResponse<String> inbox = worker.get("v1/account/inbox");
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(inbox.body().contains("注册审核通过") && inbox.body().contains("\"unread\":1"), inbox.body());
        MailAwait.awaitMail(WORKER_EMAIL, "注册审核通过");

        long message = ApiCalls.idOf(inbox.body());
        assertEquals(200, worker.post("v1/account/inbox/" + message + "/read", "").statusCode());
        assertTrue(worker.get("v1/account/inbox").body().contains("\"unread\":0"));
        assertEquals(404, ADMIN.post("v1/account/inbox/" + message + "/read", "").statusCode(),
                "no one marks another account's message");
        assertEquals(403, worker.get("v1/account-applications").statusCode(), "applicants are no reviewers");
    }

    @Test
    @Order(7)
    void aListingCreatedByTheApprovedWorkerBelongsToItsAccount() throws Exception {
        HttpResponse<String> created = ApiCalls.as(WORKER_MOBILE, WORKER_PASSWORD).post("v1/listings",
                "{\"externalId\":null,\"side\":\"SUPPLY\",\"kind\":\"HIGH_TECH\",\"title\":\"注册用户发布的储能技术" + RUN
                        + "\",\"description\":\"全钒液流电池储能系统集成\",\"keywords\":\"储能;液流电池\",\"disciplineCode\":\"430\","
                        + "\"industryCode\":\"38\",\"cityCode\":\"510100\",\"amountWanYuan\":null,"
                        + "\"ownerName\":\"随便填写的名字\",\"publish\":true}");
        assertEquals(201, created.statusCode(), created.body());
        long listing = ApiCalls.idOf(created.body());
        RuntimeSettings db = RunningPlatform.platform().settings();
        try (Connection connection = DriverManager.getConnection(db.databaseUrl(), db.databaseUser(), db.databasePassword());
             PreparedStatement owner = connection.prepareStatement(
                     "SELECT owner_account, owner_name FROM listing WHERE id = ?")) {
            owner.setLong(1, listing);
            try (java.sql.ResultSet row = owner.executeQuery()) {
                assertTrue(row.next());
                assertEquals(WORKER_MOBILE, row.getString(1));
                assertEquals("张科研", row.getString(2), "the account's name, not the free text sent");
            }
        }
    }

    @Test
    @Order(8)
    void theRejectedEnterpriseCannotSignInSeesTheReasonAndGetsNoOtherMail() throws Exception {
        HttpResponse<String> refused = ApiCalls.as(ENTERPRISE_MOBILE, ENTERPRISE_PASSWORD).get("v1/account/inbox");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("未通过审核：营业执照信息与统一社会信用代码不符"), refused.body());
        HttpResponse<String> status = ANONYMOUS.post("v1/registrations/status",
                "{\"mobile\":\"" + ENTERPRISE_MOBILE + "\",\"password\":\"" + ENTERPRISE_PASSWORD + "\"}");
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("\"status\":\"REJECTED\"") && status.body().contains("营业执照信息与统一社会信用代码不符"),
                status.body());
        HttpResponse<String> wrong = ANONYMOUS.post("v1/registrations/status",
                "{\"mobile\":\"" + ENTERPRISE_MOBILE + "\",\"password\":\"guess-2026-x\"}");
        assertEquals(400, wrong.statusCode(), "the state is told only with the right password");

        assertEquals(202, ANONYMOUS.post("v1/password-reset", "{\"username\":\"" + ENTERPRISE_MOBILE + "\"}").statusCode());
        MailAwait.awaitMail(WORKER_EMAIL, "注册审核通过"); // mails of later events have gone out by now
        assertEquals(1, MailAwait.to(ENTERPRISE_EMAIL).size(),
                "the unverified address got nothing but the verification mail: " + MailAwait.to(ENTERPRISE_EMAIL));
    }

    @Test
    @Order(9)
    void aForgottenPasswordIsResetOnceByTheMailedLink() throws Exception {
        assertEquals(202, ANONYMOUS.post("v1/password-reset", "{\"username\":\"" + WORKER_MOBILE + "\"}").statusCode());
        String token = MailAwait.awaitMail(WORKER_EMAIL, "重置密码").token();

        HttpResponse<String> weak = ANONYMOUS.post("v1/password-reset/completion",
                "{\"token\":\"" + token + "\",\"newPassword\":\"weak\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertField(weak.body(), "newPassword", "至少 10 个字符");

        String newPassword = "Reset2026worker";
        HttpResponse<String> done = ANONYMOUS.post("v1/password-reset/completion",
                "{\"token\":\"" + token + "\",\"newPassword\":\"" + newPassword + "\"}");
        assertEquals(204, done.statusCode(), done.body());

        HttpResponse<String> reused = ANONYMOUS.post("v1/password-reset/completion",
                "{\"token\":\"" + token + "\",\"newPassword\":\"Another2026pw\"}");
        assertEquals(400, reused.statusCode(), reused.body());
        assertField(reused.body(), "token", "链接无效、已过期或已使用");

        assertEquals(401, ApiCalls.as(WORKER_MOBILE, WORKER_PASSWORD).get("v1/account/inbox").statusCode());
        HttpResponse<String> inbox = ApiCalls.as(WORKER_MOBILE, newPassword).get("v1/account/inbox");
        assertEquals(200, inbox.statusCode(), "the reused link changed nothing: " + inbox.body());
        assertTrue(inbox.body().contains("您的密码已重置"), inbox.body());
    }

    @Test
    @Order(10)
    void anExpiredLinkChangesNothing() throws Exception {
        assertEquals(202, ANONYMOUS.post("v1/password-reset", "{\"username\":\"" + WORKER_MOBILE + "\"}").statusCode());
        String token = MailAwait.awaitCount(WORKER_EMAIL, "重置密码", 2).get(1).token();
        RuntimeSettings db = RunningPlatform.platform().settings();
        try (Connection connection = DriverManager.getConnection(db.databaseUrl(), db.databaseUser(), db.databasePassword());
             PreparedStatement expire = connection.prepareStatement(
                     "UPDATE account_token SET expires_at = TIMESTAMP('2020-01-01 00:00:00') WHERE token_hash = ?")) {
            expire.setString(1, cn.scast.tianfu.platform.TokenHash.of(token));
            assertEquals(1, expire.executeUpdate());
        }
        HttpResponse<String> expired = ANONYMOUS.post("v1/password-reset/completion",
                "{\"token\":\"" + token + "\",\"newPassword\":\"Expired2026pw\"}");
        assertEquals(400, expired.statusCode(), expired.body());
        assertField(expired.body(), "token", "已过期");
        assertEquals(401, ApiCalls.as(WORKER_MOBILE, "Expired2026pw").get("v1/account/inbox").statusCode());
    }

    private static String workerBody(String idNumber, String password, String email) {
        return "{\"name\":\"张科研\",\"mobile\":\"" + WORKER_MOBILE + "\",\"idNumber\":\"" + idNumber
                + "\",\"disciplineCode\":null,\"cityCode\":\"" + CHENGDU + "\",\"countyCode\":\"510104\","
                + "\"unitName\":\"四川大学\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String enterpriseBody(String creditCode) {
        return "{\"creditCode\":\"" + creditCode + "\",\"name\":\"自贡灯彩科技有限公司" + RUN + "\",\"contactPerson\":\"李联络\","
                + "\"mobile\":\"" + ENTERPRISE_MOBILE + "\",\"email\":\"" + ENTERPRISE_EMAIL + "\",\"cityCode\":\"" + ZIGONG
                + "\",\"password\":\"" + ENTERPRISE_PASSWORD + "\"}";
    }

    private static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String creditCode(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static void assertField(String body, String field, String messagePart) {
        Matcher error = Pattern.compile("\\{[^{}]*\"field\":\"" + field + "\"[^{}]*}").matcher(body);
        boolean found = false;
        while (error.find()) {
            found |= error.group().contains(messagePart);
        }
        assertTrue(found, "field " + field + " with '" + messagePart + "' in " + body);
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
