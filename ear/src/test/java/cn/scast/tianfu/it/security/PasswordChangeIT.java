package cn.scast.tianfu.it.security;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.InitialAdministrator;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.platform.AuditEntry;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every account changes its own password (REST and page) under the policy; an account flagged must-change (the
 * seeded default admin) is held at the password page and refused by the API until it has changed it. Accounts are
 * created inside the server first; the browser test runs as a client.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasswordChangeIT {

    private static final String PASSWORD = "Initial2026pw";
    private static final String FORCED_IN_BROWSER = "pwforced.browser";
    private static final String FORCED_OVER_API = "pwforced.api";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PasswordChangeIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    @Test
    @Order(1)
    void accountsFlaggedForAChangeExistAndTheConfiguredAdminPasswordIsNotFlagged() {
        for (String name : List.of(FORCED_IN_BROWSER, FORCED_OVER_API)) {
            if (accounts.findByUsername(name).isEmpty()) {
                accounts.createAccount(name, "初始密码测试", PASSWORD.toCharArray(), EnumSet.of(Role.CITY_STAFF), true);
            }
            assertTrue(accounts.mustChangePassword(name));
        }
        assertFalse(accounts.mustChangePassword(InitialAdministrator.USERNAME),
                "the IT platform sets TFKJY_ADMIN_PASSWORD, so admin keeps Tianfu@2026 without a forced change");
    }

    @Test
    @Order(2)
    void wrongCurrentOrWeakNewPasswordsAreRefusedWithFieldMessages() throws Exception {
        String name = account();
        ApiCalls caller = ApiCalls.as(name, PASSWORD);

        HttpResponse<String> wrongCurrent = caller.put("v1/account/password", body("not-the-password", "NewSecret2027"));
        assertProblem(400, wrongCurrent);
        assertTrue(wrongCurrent.body().contains("\"field\":\"currentPassword\"")
                && wrongCurrent.body().contains("当前密码不正确"), wrongCurrent.body());

        assertFieldMessage(caller.put("v1/account/password", body(PASSWORD, "short1")), "newPassword", "至少 10 个字符");
        assertFieldMessage(caller.put("v1/account/password", body(PASSWORD, "onlyletters")), "newPassword", "字母和数字");
        assertFieldMessage(caller.put("v1/account/password", body(PASSWORD, "1234567890123")), "newPassword", "字母和数字");
        assertFieldMessage(caller.put("v1/account/password", body(PASSWORD, name)), "newPassword", "不能与用户名相同");
        assertFieldMessage(caller.put("v1/account/password", body(PASSWORD, PASSWORD)), "newPassword", "不能与当前密码相同");
        assertEquals(200, caller.get("v1/staff").statusCode(), "nothing changed: the old password still works");

        assertEquals(401, ApiCalls.anonymous().put("v1/account/password", body(PASSWORD, "NewSecret2027")).statusCode());
    }

    @Test
    @Order(3)
    void afterAChangeTheOldPasswordIsRefusedAndTheNewOneWorksAndTheChangeIsAudited() throws Exception {
        String name = account();
        String newPassword = "NewSecret2027x";

        HttpResponse<String> changed = ApiCalls.as(name, PASSWORD).put("v1/account/password", body(PASSWORD, newPassword));
        assertEquals(204, changed.statusCode(), changed.body());

        assertEquals(401, ApiCalls.as(name, PASSWORD).get("v1/staff").statusCode(), "old password refused");
        assertEquals(200, ApiCalls.as(name, newPassword).get("v1/staff").statusCode(), "new password works");

        List<AuditEntry> entries = audit.forTarget("UserAccount", name);
        AuditEntry entry = entries.stream().filter(e -> e.getAction().equals("account.password-change")).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry in " + entries));
        assertEquals(name, entry.getActor());
        String recorded = entry.getBeforeState() + entry.getAfterState() + entry.getDetail();
        assertFalse(recorded.contains(PASSWORD) || recorded.contains(newPassword), "no password in the audit: " + recorded);
    }

    @Test
    @Order(4)
    void wrongCurrentPasswordsCountTowardsTheThrottle() throws Exception {
        String name = account();
        ApiCalls caller = ApiCalls.as(name, PASSWORD);
        for (int i = 1; i <= 4; i++) {
            assertProblem(400, caller.put("v1/account/password", body("guess-" + i, "NewSecret2027")));
        }
        HttpResponse<String> blocked = caller.put("v1/account/password", body("guess-5", "NewSecret2027"));
        assertProblem(429, blocked);
        assertTrue(blocked.body().contains("密码错误次数过多"), blocked.body());
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        assertEquals(401, caller.get("v1/staff").statusCode(), "sign-in from this address is blocked as well");

        String blocks = admin().get("v1/accounts/" + name + "/login-blocks").body();
        assertTrue(blocks.contains("\"purpose\":\"PASSWORD_CHANGE\"") && blocks.contains("\"failures\":5"), blocks);
        assertEquals(200, admin().delete("v1/accounts/" + name + "/login-blocks").statusCode());
        assertEquals(200, caller.get("v1/staff").statusCode());
    }

    @Test
    @Order(5)
    void anAccountThatMustChangeItsPasswordIsRefusedByTheApiUntilItHas() throws Exception {
        ApiCalls before = ApiCalls.as(FORCED_OVER_API, PASSWORD);
        HttpResponse<String> refused = before.get("v1/staff");
        assertProblem(403, refused);
        assertTrue(refused.body().contains("请先修改初始密码"), refused.body());

        String newPassword = "Changed2027pw";
        HttpResponse<String> changed = before.put("v1/account/password", body(PASSWORD, newPassword));
        assertEquals(204, changed.statusCode(), changed.body());
        assertFalse(accounts.mustChangePassword(FORCED_OVER_API));
        assertEquals(200, ApiCalls.as(FORCED_OVER_API, newPassword).get("v1/staff").statusCode());
    }

    @Test
    @Order(6)
    @RunAsClient
    void anAccountThatMustChangeItsPasswordIsHeldAtThePasswordPageUntilItHas() {
        Browser browser = new Browser();
        try {
            browser.signIn(FORCED_IN_BROWSER, PASSWORD);
            browser.awaitText("pageTitle", "修改密码");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.textOf("requiredNotice").contains("初始密码"));

            browser.open(Deployments.BASE_URL + "/admin/dashboard.xhtml");
            browser.awaitText("pageTitle", "修改密码");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), "every page leads here");

            browser.type("passwordForm:currentPassword", "not-the-password");
            browser.type("passwordForm:newPassword", "Browser2027pw");
            browser.type("passwordForm:confirmation", "Browser2027pw");
            browser.click("passwordForm:submit");
            browser.awaitText("passwordForm:currentPasswordMessage", "当前密码不正确");

            browser.type("passwordForm:currentPassword", PASSWORD);
            browser.type("passwordForm:newPassword", "short1");
            browser.type("passwordForm:confirmation", "short1");
            browser.click("passwordForm:submit");
            browser.awaitText("passwordForm:newPasswordMessage", "至少 10 个字符");

            browser.type("passwordForm:currentPassword", PASSWORD);
            browser.type("passwordForm:newPassword", "Browser2027pw");
            browser.type("passwordForm:confirmation", "Browser2027pw");
            browser.click("passwordForm:submit");
            browser.awaitText("pageTitle", "数据看板");

            browser.open(Deployments.BASE_URL + "/admin/dashboard.xhtml");
            browser.awaitText("pageTitle", "数据看板");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/dashboard.xhtml"), "free after the change");
            assertEquals(200, statusOf(ApiCalls.as(FORCED_IN_BROWSER, "Browser2027pw")));
        } finally {
            browser.close();
        }
    }

    private static int statusOf(ApiCalls caller) {
        try {
            return caller.get("v1/staff").statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String account() {
        String name = "pwchange." + ThreadLocalRandom.current().nextInt(1_000_000);
        accounts.createAccount(name, "改密测试", PASSWORD.toCharArray(), EnumSet.of(Role.CITY_STAFF));
        return name;
    }

    private static ApiCalls admin() {
        return ApiCalls.as("admin", "Tianfu@2026");
    }

    private static String body(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static void assertFieldMessage(HttpResponse<String> response, String field, String message) {
        assertProblem(400, response);
        assertTrue(response.body().contains("\"field\":\"" + field + "\"") && response.body().contains(message),
                response.body());
    }
}
