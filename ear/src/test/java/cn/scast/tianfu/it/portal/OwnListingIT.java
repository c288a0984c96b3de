package cn.scast.tianfu.it.portal;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.it.support.SelfRegisteredAccounts;
import cn.scast.tianfu.it.support.SignedInPages;
import cn.scast.tianfu.launcher.RuntimeSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 我的所能 / 我的所需 in Chromium and over the API: a self-registered 科技工作者 saves a draft, edits it (a bad amount is
 * refused on its field), publishes and withdraws it, each change audited under the account; the status is shown in
 * Chinese. Another account may neither change the listing through the API (403 problem+json) nor open it on the portal
 * (the Chinese 403 page).
 */
@ClientTest
class OwnListingIT {

    private static final String PASSWORD = "Owner2026pass";

    @Test
    void anAccountManagesOnlyItsOwnListings() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000);
        String owner = SelfRegisteredAccounts.approvedWorker("1370606", "19860606", "周所能", PASSWORD);
        String other = SelfRegisteredAccounts.approvedWorker("1370707", "19870707", "吴他人", PASSWORD);
        String draft = "页岩气压裂返排液处理技术" + tag;
        String revised = "页岩气返排液膜法处理技术" + tag;

        try (Browser browser = new Browser()) {
            browser.signInAt("/account/market.xhtml", owner, PASSWORD);
            browser.select("publishForm:kind", "科技服务");
            browser.type("publishForm:title", draft);
            browser.type("publishForm:keywords", "页岩气;返排液" + tag);
            browser.select("publishForm:city", "自贡市");
            browser.click("publishForm:saveDraft");
            browser.awaitText("messages", "已存为草稿：" + draft);
            assertTrue(browser.textOf("matchesForm").contains("草稿"), browser.textOf("matchesForm"));

            browser.driver().findElement(By.linkText("编辑")).click();
            browser.awaitText("pageTitle", "编辑我的供需");
            assertEquals("草稿", browser.textOf("status"));
            browser.type("listingForm:title", revised);
            browser.type("listingForm:amountWanYuan", "很多");
            browser.click("listingForm:save");
            browser.awaitText("listingForm:amountWanYuanMessage", "金额须为数字");
            browser.type("listingForm:amountWanYuan", "-5");
            browser.click("listingForm:save");
            browser.awaitText("listingForm:amountWanYuanMessage", "金额");
            browser.type("listingForm:amountWanYuan", "80");
            browser.click("listingForm:save");
            browser.awaitText("messages", "已保存");
            browser.click("listingForm:publish");
            browser.awaitText("messages", "已发布");
            assertEquals("已发布", browser.textOf("status"));
        }

        long id = idOf(ApiCalls.as(owner, PASSWORD).get("v1/listings?title=" + tag).body());
        String stored = ApiCalls.as(owner, PASSWORD).get("v1/listings/" + id).body();
        assertTrue(stored.contains(revised) && stored.contains("\"status\":\"PUBLISHED\"") && stored.contains("周所能"), stored);

        ApiCalls intruder = ApiCalls.as(other, PASSWORD);
        HttpResponse<String> put = intruder.put("v1/listings/" + id, "{\"title\":\"改成别人的\",\"cityCode\":\"510300\"}");
        assertEquals(403, put.statusCode(), put.body());
        assertTrue(put.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(put.body().contains("只能修改自己发布的供需信息"), put.body());
        assertEquals(403, intruder.post("v1/listings/" + id + "/close", "").statusCode());
        assertEquals(403, intruder.post("v1/listings/" + id + "/publish", "").statusCode());
        HttpResponse<String> page = SignedInPages.signIn(other, PASSWORD).get("/account/listing.xhtml?id=" + id);
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("只能查看和修改自己发布的供需信息"), page.body());
        assertTrue(ApiCalls.as(owner, PASSWORD).get("v1/listings/" + id).body().contains(revised), "the refusals changed nothing");

        HttpResponse<String> ownPut = ApiCalls.as(owner, PASSWORD).put("v1/listings/" + id, "{\"title\":\"" + revised
                + "\",\"keywords\":\"页岩气;返排液" + tag + ";膜分离\",\"cityCode\":\"510300\",\"amountWanYuan\":80,"
                + "\"ownerName\":\"冒名\"}");
        assertEquals(200, ownPut.statusCode(), ownPut.body());
        assertTrue(ownPut.body().contains("周所能") && !ownPut.body().contains("冒名"), "the owner keeps its name: " + ownPut.body());

        try (Browser browser = new Browser()) {
            browser.signInAt("/account/listing.xhtml?id=" + id, owner, PASSWORD);
            browser.click("listingForm:withdraw");
            browser.awaitText("messages", "已撤回");
            assertEquals("已关闭", browser.textOf("status"));
            assertTrue(browser.driver().findElements(By.id("listingForm:save")).isEmpty(), "a closed listing is not edited");
        }

        List<String> trail = trail(id);
        assertEquals(List.of("listing.create " + owner, "listing.update " + owner, "listing.status " + owner,
                "listing.update " + owner, "listing.status " + owner), trail);
    }

    private static List<String> trail(long listing) throws Exception {
        RuntimeSettings db = RunningPlatform.platform().settings();
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.databaseUrl(), db.databaseUser(), db.databasePassword());
             PreparedStatement query = connection.prepareStatement("SELECT action, actor FROM audit_entry "
                     + "WHERE target_type = 'Listing' AND target_id = ? ORDER BY id")) {
            query.setString(1, Long.toString(listing));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + " " + row.getString(2));
                }
            }
        }
        return rows;
    }
}
