package cn.scast.tianfu.it.award;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A society officer account from end to end in Chromium: the province office opens it on the 学会工作人员 page, the
 * officer replaces the initial password, nominates on the own society's page within its quota, is refused one over
 * the quota in Chinese, and is answered 403 when nominating in another society's name.
 */
@ClientTest
class OfficerNominationIT {

    private static final ApiCalls ADMIN = ApiCalls.as("admin", "Tianfu@2026");
    private static final String INITIAL = "Initial2026pw";
    private static final String CHOSEN = "Officer2026pw";

    @Test
    void anOfficerNominatesForTheOwnSocietyWithinItsQuotaOnly() throws Exception {
        String tag = Long.toString(System.nanoTime() % 100_000);
        String own = "OF" + tag;
        String other = "OT" + tag;
        String ownName = "四川省推荐测试学会" + tag;
        String otherName = "四川省另一测试学会" + tag;
        society(own, ownName);
        society(other, otherName);
        int year = 2071; // this class's own year of the 学术活动 programme
        String editionName = "学会推荐测试学术活动" + tag;
        HttpResponse<String> created = ADMIN.post("v1/awards/editions", "{\"type\":\"EVENT\",\"year\":" + year
                + ",\"name\":\"" + editionName + "\",\"quotas\":[{\"unitCode\":\"" + own + "\",\"unitName\":\"" + ownName
                + "\",\"unitKind\":\"SOCIETY\",\"quota\":2},{\"unitCode\":\"" + other + "\",\"unitName\":\"" + otherName
                + "\",\"unitKind\":\"SOCIETY\",\"quota\":2}]}");
        assertEquals(201, created.statusCode(), created.body());
        long edition = idOf(created.body());
        String officer = "officer" + tag;

        try (Browser admin = new Browser()) {
            admin.signInAt("/admin/membership/society-officers.xhtml", "admin", "Tianfu@2026");
            admin.select("officerForm:societyId", ownName);
            admin.type("officerForm:username", officer);
            admin.type("officerForm:displayName", "钱秘书");
            admin.type("officerForm:initialPassword", INITIAL);
            admin.click("officerForm:create");
            admin.awaitText("officerForm:messages", "已为「" + ownName + "」开设账号 " + officer);
            admin.awaitText("officerListForm:officers", officer);
        }
        // The initial password must be replaced before anything else.
        assertEquals(403, ApiCalls.as(officer, INITIAL).get("v1/awards/editions/" + edition + "/quotas").statusCode());
        HttpResponse<String> changed = ApiCalls.as(officer, INITIAL).put("v1/account/password",
                "{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"" + CHOSEN + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());

        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/award/nominations.xhtml", officer, CHOSEN);
            browser.select("editionForm:edition", editionName);
            browser.awaitText("ownSociety", ownName);
            browser.awaitText("quotaForm:quotas", ownName);
            assertFalse(browser.textOf("quotaForm:quotas").contains(otherName), "only the own society's quota");

            nominate(browser, "川西学术论坛" + tag);
            browser.awaitText("nominationForm:messages", "已推荐");
            nominate(browser, "青年科学家沙龙" + tag);
            browser.awaitText("nominationForm:messages", "已推荐：《青年科学家沙龙" + tag);
            nominate(browser, "超出名额的会议" + tag);
            browser.awaitText("nominationForm:messages", "「" + ownName + "」本届推荐名额 2 个已用完");

            String list = browser.textOf("listForm:nominations");
            assertTrue(list.contains("川西学术论坛" + tag) && list.contains("青年科学家沙龙" + tag), list);
            assertFalse(list.contains("超出名额的会议" + tag), list);
        }

        HttpResponse<String> foreign = ApiCalls.as(officer, CHOSEN).post("v1/awards/editions/" + edition + "/nominations",
                "{\"unitCode\":\"" + other + "\",\"categoryCode\":\"CONF\",\"title\":\"替别的学会推荐" + tag
                        + "\",\"nomineeName\":\"某主办方\",\"nomineeUnit\":\"某学会\"}");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(foreign.body().contains("学会工作人员只能以本学会名义推荐"), foreign.body());
        String quotas = ADMIN.get("v1/awards/editions/" + edition + "/quotas").body();
        assertTrue(JsonObjects.containing(quotas, "\"unitCode\":\"" + other + "\"").contains("\"used\":0"), quotas);
        assertTrue(JsonObjects.containing(quotas, "\"unitCode\":\"" + own + "\"").contains("\"used\":2"), quotas);
    }

    private static void nominate(Browser browser, String title) {
        browser.type("nominationForm:title", title);
        browser.type("nominationForm:nomineeName", title + "主办方");
        browser.type("nominationForm:nomineeUnit", "四川省科协");
        browser.click("nominationForm:nominate");
    }

    private static void society(String code, String name) throws Exception {
        HttpResponse<String> r = ADMIN.post("v1/societies", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        assertEquals(201, r.statusCode(), r.body());
    }
}
