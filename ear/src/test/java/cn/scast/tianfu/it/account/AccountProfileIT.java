package cn.scast.tianfu.it.account;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import cn.scast.tianfu.launcher.RuntimeSettings;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 个人资料: an approved 科技工作者 reads and edits the own profile over the API and on /account/profile.xhtml. Bad input
 * (a mobile number another account registered, a county of another city, a malformed address) is refused field by
 * field and changes nothing; a new address is unverified again and gets the verification mail; the worker record
 * follows; every change is audited. Staff have no such profile.
 */
@ClientTest
class AccountProfileIT {

    private static final String PASSWORD = "Profile2026pw";

    @Test
    void aWorkerEditsTheOwnProfile() throws Exception {
        String mobile = SelfRegisteredAccounts.approvedWorker("1370808", "19850808", "郑资料", PASSWORD);
        String other = SelfRegisteredAccounts.approvedWorker("1370909", "19840909", "冯别人", PASSWORD);
        ApiCalls worker = ApiCalls.as(mobile, PASSWORD);

        HttpResponse<String> read = worker.get("v1/account/profile");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"name\":\"郑资料\"") && read.body().contains("\"kind\":\"WORKER\"")
                && read.body().contains("\"idMasked\":\"510104"), read.body());

        HttpResponse<String> bad = worker.put("v1/account/profile", body("郑资料", other, "not-an-address", "510300", "510104"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bad.body().contains("该手机号码已注册") && bad.body().contains("电子邮箱格式不正确")
                && bad.body().contains("区县不属于所选市州"), bad.body());
        assertTrue(worker.get("v1/account/profile").body().contains("\"cityCode\":\"510100\""), "nothing changed");

        String newMobile = "1371010" + mobile.substring(7);
        String newEmail = "profile" + mobile + "@example.cn";
        HttpResponse<String> saved = worker.put("v1/account/profile", body("郑新名", newMobile, newEmail, "510100", "510105"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"name\":\"郑新名\"") && saved.body().contains("\"emailVerified\":false")
                && saved.body().contains("\"unitName\":\"四川省农业科学院\""), saved.body());
        MailAwait.awaitMail(newEmail, "请验证您的电子邮箱");
        assertTrue(ApiCalls.as(mobile, PASSWORD).get("v1/account/inbox").statusCode() == 200, "the sign-in name stays");

        RuntimeSettings db = RunningPlatform.platform().settings();
        try (Connection connection = DriverManager.getConnection(db.databaseUrl(), db.databaseUser(), db.databasePassword())) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, mobile, email, county_code FROM mem_worker WHERE account_username = ?")) {
                query.setString(1, mobile);
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals("郑新名", row.getString(1));
                    assertEquals(newMobile, row.getString(2));
                    assertEquals(newEmail, row.getString(3));
                    assertEquals("510105", row.getString(4));
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry "
                    + "WHERE action = 'account.profile' AND actor = ?")) {
                query.setString(1, mobile);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    assertEquals(1, row.getInt(1), "one audited change, none for the refused one");
                }
            }
        }
        assertEquals(403, ApiCalls.as("admin", "Tianfu@2026").get("v1/account/profile").statusCode());

        try (Browser browser = new Browser()) {
            browser.signInAt("/account/profile.xhtml", mobile, PASSWORD);
            browser.awaitText("pageTitle", "个人资料");
            assertTrue(browser.textOf("profileForm:emailState").contains("未验证"));
            browser.type("profileForm:unitName", "西南石油大学");
            browser.type("profileForm:mobile", other);
            browser.click("profileForm:save");
            browser.awaitText("profileForm", "该手机号码已注册");
            browser.type("profileForm:mobile", newMobile);
            browser.click("profileForm:save");
            browser.awaitText("profileForm:messages", "个人资料已保存");
        }
        String after = worker.get("v1/account/profile").body();
        assertTrue(after.contains("西南石油大学"), after);
        assertFalse(after.contains(other), after);
    }

    private static String body(String name, String mobile, String email, String city, String county) {
        return "{\"name\":\"" + name + "\",\"mobile\":\"" + mobile + "\",\"email\":\"" + email + "\",\"cityCode\":\""
                + city + "\",\"countyCode\":\"" + county + "\",\"disciplineCode\":null,\"unitName\":\"四川省农业科学院\"}";
    }
}
